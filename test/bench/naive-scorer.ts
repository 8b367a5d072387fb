import type { Indicator } from '../../indicators/catalog-schema.ts';

/**
 * The baseline the compiled matcher is measured against: the obvious implementation, one regular expression per
 * rule group per indicator, run over every sentence of a folded copy of the text. It finds the same rule
 * matches (without negation or offsets into the original), so the comparison is of matching strategies only.
 */
const termSource = (term: string) =>
  term
    .split(' ')
    .map((token) => (token.endsWith('*') ? `${token.slice(0, -1)}[a-z0-9]*` : token))
    .join('[^a-z0-9]+');

const groupRegex = (terms: string[]) =>
  new RegExp(`(?<![a-z0-9])(?:${terms.map(termSource).join('|')})(?![a-z0-9])`);

interface NaiveRule {
  groups: RegExp[];
  none: RegExp | undefined;
}

export function compileNaive(indicators: readonly Indicator[], lang: 'en' | 'es') {
  return indicators.map((indicator) => ({
    id: indicator.id,
    rules: indicator.rules[lang].map(
      (rule): NaiveRule => ({
        groups: rule.all.map(groupRegex),
        none: rule.none ? groupRegex(rule.none) : undefined,
      }),
    ),
  }));
}

export function naiveScore(compiled: ReturnType<typeof compileNaive>, text: string): number {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let hits = 0;
  for (const sentence of folded.split(/(?<=[.!?])\s+|\n\s*\n/)) {
    for (const indicator of compiled) {
      for (const rule of indicator.rules) {
        if (rule.groups.every((g) => g.test(sentence)) && !rule.none?.test(sentence)) {
          hits++;
          break;
        }
      }
    }
  }
  return hits;
}

/** The floor for any scorer: one pass that folds case and accents, and nothing else. */
export function normaliseOnly(text: string): number {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().length;
}
