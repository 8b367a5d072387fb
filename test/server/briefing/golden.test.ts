import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { buildBriefing, TEXTS } from '../../../server/briefing/briefing-model.ts';
import { renderMarkdown } from '../../../server/briefing/render-markdown.ts';
import { renderPdf } from '../../../server/briefing/render-pdf.ts';
import { FACTS } from './briefing-facts.ts';

/**
 * Golden files keep the briefing's layout from changing silently: the Markdown whole, and the PDF's structure
 * (page count and the section headings in order, as a reader's PDF tool extracts them). After an intended
 * change, regenerate them with `UPDATE_GOLDEN=1 npx vitest run test/server/briefing/golden.test.ts` and review
 * the diff before committing.
 */
const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'briefings');
const update = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const file = join(DIR, name);
  if (update || !existsSync(file)) {
    if (!update) throw new Error(`missing golden file ${file}: run with UPDATE_GOLDEN=1`);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('briefing golden files', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`keeps the ${lang} Markdown as approved`, () => {
      const doc = buildBriefing(FACTS, { lang, variant: 'full', redactSources: true });
      golden(`mmr-full-${lang}.golden.md`, renderMarkdown(doc));
    });

    it(`keeps the ${lang} PDF's pages and section headings as approved`, async () => {
      const doc = buildBriefing(FACTS, { lang, variant: 'full', redactSources: true });
      const { text, totalPages } = await extractText(new Uint8Array(await renderPdf(doc)), {
        mergePages: true,
      });
      const flat = text.replace(/\s+/g, ' ');
      const headings = Object.values(TEXTS[lang].sections)
        .map((h) => ({ h, at: flat.indexOf(h) }))
        .filter((x) => x.at >= 0)
        .sort((a, b) => a.at - b.at)
        .map((x) => x.h);
      const structure = `${JSON.stringify({ pages: totalPages, title: doc.title, headings }, null, 2)}\n`;
      golden(`mmr-full-${lang}.pdf-structure.golden.json`, structure);
    });
  }
});
