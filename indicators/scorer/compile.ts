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
  exact: PatternLists;
  /** Patterns matched by any word that passes through this node (prefix patterns, `massacr*`). */
  prefix: PatternLists;
  /**
   * Terms as a trie over words (a phrase trie): its node 0 is the root, and a term's words lead from the root
   * to the node where the term ends. A word's patterns move every phrase in progress one step, so the cost per
   * word is the number of phrases in progress (a few), not the number of terms that share a first word.
   */
  phrases: PhraseTrie;
  termPatterns: number[][];
  termText: string[];
  termRoles: TermRole[][];
  /** Per term, its group roles packed as rule × 32 + group (a tight loop for the scorer's hottest step). */
  termGroupRoles: Int32Array[];
  /** Per term, its other roles (exclusions, cues, protected groups). */
  termOtherRoles: Array<Array<Exclude<TermRole, { kind: 'group' }>>>;
  /** 1 when the term belongs to a rule group: only sentences with such a term need evaluating. */
  termFiresRule: Uint8Array;
  rules: CompiledRule[];
  indicators: readonly Indicator[];
  /** Per indicator, the indexes of the indicators that subsume it (catalog `subsumedBy`). */
  subsumedBy: number[][];
}

/** Pattern ids per trie node, flat: node n's are ids[start[n]] … ids[start[n + 1] - 1]. */
export interface PatternLists {
  start: Int32Array;
  ids: Int32Array;
}

function patternLists(lists: ReadonlyArray<readonly number[] | undefined>): PatternLists {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, node) => {
    start[node + 1] = start[node]! + (list?.length ?? 0);
  });
  return { start, ids: Int32Array.from(lists.flatMap((list) => list ?? [])) };
}

export interface PhraseTrie {
  /** Child of the root by the pattern of a first word, or -1. */
  first: Int32Array;
  /** Child of a node other than the root, keyed node * patternCount + pattern. */
  next: Map<number, number>;
  patternCount: number;
  /** The terms that end at each node. */
  terms: Array<number[] | undefined>;
  /** 1 when a node has children: only then can a phrase in progress continue. */
  continues: Uint8Array;
  /** 1 when a pattern is the second or later word of some term: only such a pattern can continue a phrase. */
  inner: Uint8Array;
}

/** Builds the phrase trie of the terms (each a sequence of pattern ids). */
function phraseTrie(termPatterns: readonly number[][], patternCount: number): PhraseTrie {
  const first = new Int32Array(patternCount).fill(-1);
  const next = new Map<number, number>();
  const terms: Array<number[] | undefined> = [undefined];
  const continues: number[] = [0];
  const inner = new Uint8Array(patternCount);
  termPatterns.forEach((patterns, term) => {
    let node = 0;
    for (const pattern of patterns) {
      if (node !== 0) inner[pattern] = 1;
      let child = node === 0 ? first[pattern]! : (next.get(node * patternCount + pattern) ?? -1);
      if (child === -1) {
        child = terms.length;
        terms.push(undefined);
        continues.push(0);
        if (node === 0) first[pattern] = child;
        else next.set(node * patternCount + pattern, child);
      }
      continues[node] = 1;
      node = child;
    }
    const ending = terms[node] ?? [];
    ending.push(term);
    terms[node] = ending;
  });
  return { first, next, patternCount, terms, continues: Uint8Array.from(continues), inner };
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
    }
    this.termRoles[id]!.push(role);
    return id;
  }

  finish() {
    return {
      next: Int32Array.from(this.next),
      exact: patternLists(this.exact),
      prefix: patternLists(this.prefix),
      phrases: phraseTrie(this.termPatterns, this.patternIds.size),
    };
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
    termPatterns: builder.termPatterns,
    termText: builder.termText,
    termRoles: builder.termRoles,
    termGroupRoles: builder.termRoles.map((roles) =>
      Int32Array.from(roles.flatMap((r) => (r.kind === 'group' ? [r.rule * 32 + r.group] : []))),
    ),
    termOtherRoles: builder.termRoles.map((roles) =>
      roles.filter((r): r is Exclude<TermRole, { kind: 'group' }> => r.kind !== 'group'),
    ),
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
