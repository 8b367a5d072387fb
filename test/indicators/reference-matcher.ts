import type { Rule } from '../../indicators/catalog-schema.ts';

/**
 * A deliberately naive reading of the rule language, used as a test oracle for the catalog's example
 * sentences. It is not the scorer (the lead's compiled matcher is); it states the semantics the catalog
 * is written against, so a difference between the two is a bug in one of them.
 */

/** Lower-cases, strips accents and splits into a–z/0–9 tokens, as term-syntax.ts describes. */
export function tokens(text: string): string[] {
  const folded = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return folded.match(/[a-z0-9]+/g) ?? [];
}

/** Sentences: split after . ! ? and at blank lines (a single line break is hard-wrapped text). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n\s*\n/).filter((s) => s.trim().length > 0);
}

function matchesAt(words: string[], at: number, term: string): boolean {
  return term.split(' ').every((token, j) => {
    const word = words[at + j];
    if (word === undefined) return false;
    return token.endsWith('*') ? word.startsWith(token.slice(0, -1)) : word === token;
  });
}

interface Span {
  start: number;
  end: number;
}

/** Every occurrence of any of the terms, as token spans. */
function spans(words: string[], terms: string[]): Span[] {
  const found: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const term of terms) {
      if (matchesAt(words, i, term)) found.push({ start: i, end: i + term.split(' ').length });
    }
  }
  return found;
}

const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

// One match per group, no two overlapping (a phrase cannot satisfy two groups at once), and with a
// window every pair of starts at most `window` tokens apart. Depth-first: groups and sentences are small.
function choose(groups: Span[][], window: number | undefined, chosen: Span[] = []): boolean {
  const group = groups[chosen.length];
  if (group === undefined) return true;
  return group.some(
    (candidate) =>
      chosen.every(
        (c) =>
          !overlap(c, candidate) && (window === undefined || Math.abs(c.start - candidate.start) <= window),
      ) && choose(groups, window, [...chosen, candidate]),
  );
}

/** Whether the rule fires on one sentence. */
export function ruleFires(rule: Rule, sentence: string): boolean {
  const words = tokens(sentence);
  if (rule.none && spans(words, rule.none).length > 0) return false;
  return choose(
    rule.all.map((group) => spans(words, group)),
    rule.window,
  );
}

/** Whether any of the rules fires on any sentence of the text. */
export function anyRuleFires(rules: Rule[], text: string): boolean {
  return sentences(text).some((sentence) => rules.some((rule) => ruleFires(rule, sentence)));
}
