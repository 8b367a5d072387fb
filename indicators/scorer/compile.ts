import type { Indicator } from '../catalog-schema.ts';
import { CUES, type LanguageCues } from './cues.ts';
import { ALPHABET_SIZE, symbolOf } from './fold.ts';
import { groupTerms } from './protected-groups.ts';
import type { GroupMention } from './types.ts';

export type MatchLanguage = 'en' | 'es';
export type CueKind =
  | 'negation'
  | 'denial'
  | 'neutralizer'
  | 'historical'
  | 'fiction'
  | 'quantity'
  | 'multiplier'
  | 'scale'
  | 'place'
  | 'place-counter'
  | 'unit'
  | 'conflict'
  | 'not-conflict'
  | 'clause'
  | 'conjunction';
export type GroupKind = GroupMention['kind'];

/** What a matched term means: part of a rule's group, a rule's exclusion, or a context cue. */
export type TermRole =
  | { kind: 'group'; rule: number; group: number }
  | { kind: 'none'; rule: number }
  | { kind: 'cue'; cue: CueKind; value?: number }
  | { kind: 'protected-group'; group: GroupKind };

export interface CompiledRule {
  indicator: number;
  groups: number;
  window: number | undefined;
  /** The chosen matches must lie in one clause of the sentence (catalog `clause`). */
  clause: boolean;
}

/**
 * One language's catalog compiled into a single matcher: a trie over folded characters whose nodes say which
 * token patterns ("killed", "massacr*") a word matches, and the terms (sequences of patterns) built on them.
 * Scanning a text walks this trie once per character, whatever the size of the catalog.
 */
export interface CompiledMatcher {
  lang: MatchLanguage;
  /** Child of (node, symbol) at node * ALPHABET_SIZE + symbol, or -1. Node 0 is the root. */
  next: Int32Array;
  /** Patterns matched by a word that ends at this node. */
  exact: Array<number[] | undefined>;
  /** Patterns matched by any word that passes through this node (prefix patterns, `massacr*`). */
  prefix: Array<number[] | undefined>;
  /** Terms whose first pattern is this pattern. */
  termsByFirstPattern: Array<number[] | undefined>;
  termPatterns: number[][];
  termText: string[];
  termRoles: TermRole[][];
  /** 1 when the term belongs to a rule group: only sentences with such a term need evaluating. */
  termFiresRule: Uint8Array;
  rules: CompiledRule[];
  indicators: readonly Indicator[];
  /** Per indicator, the indexes of the indicators that subsume it (catalog `subsumedBy`). */
  subsumedBy: number[][];
}

class Builder {
  private next: number[] = new Array(ALPHABET_SIZE).fill(-1);
  private exact: Array<number[] | undefined> = [undefined];
  private prefix: Array<number[] | undefined> = [undefined];
  private patternIds = new Map<string, number>();
  private termIds = new Map<string, number>();
  readonly termPatterns: number[][] = [];
  readonly termText: string[] = [];
  readonly termRoles: TermRole[][] = [];
  readonly termsByFirstPattern: Array<number[] | undefined> = [];

  private pattern(token: string): number {
    const known = this.patternIds.get(token);
    if (known !== undefined) return known;
    const id = this.patternIds.size;
    this.patternIds.set(token, id);
    const isPrefix = token.endsWith('*');
    const stem = isPrefix ? token.slice(0, -1) : token;
    let node = 0;
    for (const ch of stem) {
      const slot = node * ALPHABET_SIZE + symbolOf(ch);
      let child = this.next[slot]!;
      if (child === -1) {
        child = this.exact.length;
        this.exact.push(undefined);
        this.prefix.push(undefined);
        for (let i = 0; i < ALPHABET_SIZE; i++) this.next.push(-1);
        this.next[slot] = child;
      }
      node = child;
    }
    const list = isPrefix ? this.prefix : this.exact;
    const ids = list[node] ?? [];
    ids.push(id);
    list[node] = ids;
    return id;
  }

  /** Registers `term` (space-separated tokens) with a role, and returns its id. */
  add(term: string, role: TermRole): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termText.length;
      this.termIds.set(term, id);
      const patterns = term.split(' ').map((token) => this.pattern(token));
      this.termText.push(term);
      this.termPatterns.push(patterns);
      this.termRoles.push([]);
      const first = patterns[0]!;
      const starting = this.termsByFirstPattern[first] ?? [];
      starting.push(id);
      this.termsByFirstPattern[first] = starting;
    }
    this.termRoles[id]!.push(role);
    return id;
  }

  finish() {
    return { next: Int32Array.from(this.next), exact: this.exact, prefix: this.prefix };
  }
}

function addCues(builder: Builder, cues: LanguageCues): void {
  for (const term of cues.negation) builder.add(term, { kind: 'cue', cue: 'negation' });
  for (const term of cues.denial) builder.add(term, { kind: 'cue', cue: 'denial' });
  for (const term of cues.neutralizers) builder.add(term, { kind: 'cue', cue: 'neutralizer' });
  for (const term of cues.historical) builder.add(term, { kind: 'cue', cue: 'historical' });
  for (const term of cues.fiction) builder.add(term, { kind: 'cue', cue: 'fiction' });
  for (const [term, value] of Object.entries(cues.quantities))
    builder.add(term, { kind: 'cue', cue: 'quantity', value });
  for (const [term, value] of Object.entries(cues.multipliers)) {
    builder.add(term, { kind: 'cue', cue: 'multiplier', value });
  }
  for (const term of cues.scale) builder.add(term, { kind: 'cue', cue: 'scale' });
  for (const term of cues.places) builder.add(term, { kind: 'cue', cue: 'place' });
  for (const term of cues.placeCounters) builder.add(term, { kind: 'cue', cue: 'place-counter' });
  for (const term of cues.units) builder.add(term, { kind: 'cue', cue: 'unit' });
  for (const term of cues.conflict) builder.add(term, { kind: 'cue', cue: 'conflict' });
  for (const term of cues.notConflict) builder.add(term, { kind: 'cue', cue: 'not-conflict' });
  for (const term of cues.clauseBreaks) builder.add(term, { kind: 'cue', cue: 'clause' });
  for (const term of cues.conjunctions) builder.add(term, { kind: 'cue', cue: 'conjunction' });
}

export function compileLanguage(indicators: readonly Indicator[], lang: MatchLanguage): CompiledMatcher {
  const builder = new Builder();
  const rules: CompiledRule[] = [];
  indicators.forEach((indicator, indicatorIndex) => {
    for (const rule of indicator.rules[lang]) {
      const ruleIndex = rules.length;
      rules.push({
        indicator: indicatorIndex,
        groups: rule.all.length,
        window: rule.window,
        clause: rule.clause === true,
      });
      rule.all.forEach((group, groupIndex) => {
        for (const term of group) builder.add(term, { kind: 'group', rule: ruleIndex, group: groupIndex });
      });
      for (const term of rule.none ?? []) builder.add(term, { kind: 'none', rule: ruleIndex });
    }
  });
  addCues(builder, CUES[lang]);
  for (const [term, group] of groupTerms(lang)) builder.add(term, { kind: 'protected-group', group });
  const trie = builder.finish();
  return {
    lang,
    ...trie,
    termsByFirstPattern: builder.termsByFirstPattern,
    termPatterns: builder.termPatterns,
    termText: builder.termText,
    termRoles: builder.termRoles,
    termFiresRule: Uint8Array.from(builder.termRoles, (roles) =>
      roles.some((r) => r.kind === 'group') ? 1 : 0,
    ),
    rules,
    indicators,
    subsumedBy: indicators.map((indicator) =>
      (indicator.subsumedBy ?? []).map((id) => indicators.findIndex((other) => other.id === id)),
    ),
  };
}

const cache = new WeakMap<readonly Indicator[], Record<MatchLanguage, CompiledMatcher>>();

/** Compiles the catalog once per indicator list (the catalog is immutable), for both languages. */
export function compileCatalog(indicators: readonly Indicator[]): Record<MatchLanguage, CompiledMatcher> {
  let compiled = cache.get(indicators);
  if (!compiled) {
    compiled = { en: compileLanguage(indicators, 'en'), es: compileLanguage(indicators, 'es') };
    cache.set(indicators, compiled);
  }
  return compiled;
}
