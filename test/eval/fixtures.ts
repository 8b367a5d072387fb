import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LabelledSentence } from './metrics.ts';

const DIR = fileURLToPath(new URL('../fixtures/eval/', import.meta.url));

/** The team's labelled evaluation set, both languages. */
export function loadEvalSet(): LabelledSentence[] {
  return (['en', 'es'] as const).flatMap((lang) =>
    readFileSync(`${DIR}${lang}.jsonl`, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as LabelledSentence),
  );
}
