import { describe, expect, it } from 'vitest';
import { catalog } from '../../indicators/catalog.ts';
import { scoreText } from '../../indicators/scorer/score.ts';
import { crimeExamples } from './examples/crimes.ts';
import { frameworkCommonExamples } from './examples/framework-common.ts';
import { frameworkSpecificExamples } from './examples/framework-specific.ts';
import { nearMisses } from './examples/near-misses.ts';
import { ruleExamples } from './examples/rule-additions.ts';
import { warCrimeExamples } from './examples/war-crimes.ts';

/**
 * The compiled single-pass matcher must agree with the rule semantics the catalog is written against
 * (reference-matcher.ts): every indicator fires on its own example sentences, and no near miss fires.
 */
const examples = {
  ...crimeExamples,
  ...warCrimeExamples,
  ...frameworkCommonExamples,
  ...frameworkSpecificExamples,
};
const fired = (text: string, lang: 'en' | 'es') =>
  new Set(scoreText(catalog, text, { lang }).hits.map((h) => h.indicatorId));

describe('the compiled scorer on the catalog examples', () => {
  it('fires every indicator on its English and Spanish example', () => {
    const missing: string[] = [];
    for (const indicator of catalog.indicators) {
      const example = examples[indicator.id]!;
      for (const lang of ['en', 'es'] as const) {
        if (!fired(example[lang], lang).has(indicator.id))
          missing.push(`${indicator.id} (${lang}): ${example[lang]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('fires every indicator on the examples of the rules added to it', () => {
    const missing: string[] = [];
    for (const example of ruleExamples) {
      for (const lang of ['en', 'es'] as const) {
        if (!fired(example[lang], lang).has(example.id))
          missing.push(`${example.id} (${lang}): ${example[lang]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('fires none of the indicators a near miss must not trigger', () => {
    const wrong: string[] = [];
    for (const miss of nearMisses) {
      const hits = fired(miss.text, miss.lang);
      for (const id of miss.notFor) if (hits.has(id)) wrong.push(`${id}: ${miss.text}`);
    }
    expect(wrong).toEqual([]);
  });
});
