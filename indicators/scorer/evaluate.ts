import type { CompiledMatcher, GroupKind } from './compile.ts';
import { NEGATION_WINDOW } from './cues.ts';
import type { ScannedSentence, TermMatch } from './scan.ts';

/** How near (in words) a number must stand to a trigger to count as its magnitude. */
const MAGNITUDE_WINDOW = 4;
/** At most this many candidate matches per group are tried when satisfying a rule (keeps evaluation linear). */
const MAX_CANDIDATES = 8;

export type HitContext = 'current' | 'historical' | 'fiction';

/** An indicator that fired in one sentence, before it is shaped for the API. */
export interface SentenceHit {
  indicator: number;
  triggers: TermMatch[];
  negated: boolean;
  context: HitContext;
  /** The largest number of people near a trigger ("at least 37 killed"), if any. */
  magnitude: number | undefined;
  /** Protected groups named in the sentence (art. 6): who is targeted matters for RF9/RF10. */
  groups: Array<{ match: TermMatch; kind: GroupKind }>;
}

/** Per-matcher scratch arrays, reused across sentences (stamped, never cleared): no allocation per sentence. */
interface Scratch {
  stamp: Int32Array;
  mask: Int32Array;
  excludedStamp: Int32Array;
  generation: number;
  touched: number[];
}
const scratches = new WeakMap<CompiledMatcher, Scratch>();
function scratchFor(m: CompiledMatcher): Scratch {
  let scratch = scratches.get(m);
  if (!scratch) {
    const n = m.rules.length;
    scratch = {
      stamp: new Int32Array(n),
      mask: new Int32Array(n),
      excludedStamp: new Int32Array(n),
      generation: 0,
      touched: [],
    };
    scratches.set(m, scratch);
  }
  return scratch;
}

/** A year the sentence dates its events to: "in 1994", "during 2003", "en 1985", "durante 1999", "since 1990". */
const DATED =
  /(?:^|[^\p{L}])(?:in|during|since|by|en|durante|desde|de|del)\s+(?:the\s+|el\s+|los\s+anos\s+|los\s+años\s+)?$/iu;

/** Whether the sentence dates what it reports to years before the report itself (less a year of slack). */
function datedToThePast(text: string, s: ScannedSentence, referenceYear: number | undefined): boolean {
  if (referenceYear === undefined) return false;
  return s.numbers.some(
    (n) =>
      n.yearLike &&
      n.value <= referenceYear - 2 &&
      DATED.test(text.slice(Math.max(0, n.start - 16), n.start)),
  );
}

/**
 * Turns a scanned sentence into the hits of the indicators whose rules it satisfies. `referenceYear` is the year
 * of the report: events the sentence dates to earlier years are history, not current events.
 */
export function evaluateSentence(
  m: CompiledMatcher,
  s: ScannedSentence,
  text: string,
  referenceYear?: number,
): SentenceHit[] {
  const scratch = scratchFor(m);
  const generation = ++scratch.generation;
  const { stamp, mask, excludedStamp } = scratch;
  const touched = scratch.touched;
  touched.length = 0;
  const negations: number[] = [];
  const neutralized: Array<[number, number]> = [];
  const quantities: Array<{ tok: number; value: number }> = [];
  const multipliers: Array<{ tok: number; value: number }> = [];
  let denialAt = Number.POSITIVE_INFINITY;
  let context: HitContext = datedToThePast(text, s, referenceYear) ? 'historical' : 'current';
  const groups: SentenceHit['groups'] = [];

  // First pass: which groups of which rules are present (a bit mask per rule), and the context cues.
  for (const match of s.matches) {
    for (const role of m.termRoles[match.term]!) {
      if (role.kind === 'group') {
        if (stamp[role.rule] !== generation) {
          stamp[role.rule] = generation;
          mask[role.rule] = 0;
          touched.push(role.rule);
        }
        mask[role.rule]! |= 1 << role.group;
      } else if (role.kind === 'none') excludedStamp[role.rule] = generation;
      else if (role.kind === 'protected-group') {
        if (!groups.some((g) => g.match.start === match.start)) groups.push({ match, kind: role.group });
      } else if (role.cue === 'negation') negations.push(match.tokStart);
      else if (role.cue === 'neutralizer') neutralized.push([match.tokStart, match.tokEnd]);
      else if (role.cue === 'denial') denialAt = Math.min(denialAt, match.tokStart);
      else if (role.cue === 'historical') context = 'historical';
      else if (role.cue === 'fiction' && context === 'current') context = 'fiction';
      else if (role.cue === 'quantity') quantities.push({ tok: match.tokStart, value: role.value ?? 0 });
      else if (role.cue === 'multiplier') multipliers.push({ tok: match.tokStart, value: role.value ?? 1 });
    }
  }

  const activeNegations = negations.filter((t) => !neutralized.some(([a, b]) => t >= a && t <= b));
  const negatedAt = (match: TermMatch) =>
    activeNegations.some((t) => t < match.tokStart && match.tokStart - t <= NEGATION_WINDOW);

  // Second pass, only for rules with every group present: pick one non-overlapping match per group,
  // trying un-negated matches first ("no civilians were killed in A, but soldiers killed villagers in B").
  const byIndicator = new Map<number, TermMatch[]>();
  for (const ruleIndex of touched) {
    const rule = m.rules[ruleIndex]!;
    if (mask[ruleIndex] !== (1 << rule.groups) - 1 || excludedStamp[ruleIndex] === generation) continue;
    const candidates: TermMatch[][] = Array.from({ length: rule.groups }, () => []);
    for (const match of s.matches) {
      for (const role of m.termRoles[match.term]!) {
        if (
          role.kind === 'group' &&
          role.rule === ruleIndex &&
          candidates[role.group]!.length < MAX_CANDIDATES
        ) {
          candidates[role.group]!.push(match);
        }
      }
    }
    for (const list of candidates) list.sort((a, b) => Number(negatedAt(a)) - Number(negatedAt(b)));
    const chosen = satisfy(candidates, rule.window);
    if (!chosen) continue;
    const triggers = byIndicator.get(rule.indicator) ?? [];
    for (const t of chosen) if (!triggers.includes(t)) triggers.push(t);
    byIndicator.set(rule.indicator, triggers);
  }

  const hits: SentenceHit[] = [];
  for (const [indicator, triggers] of byIndicator) {
    triggers.sort((a, b) => a.start - b.start);
    // Negated by a denial before the act, or by a negation just before a trigger word; a negation that is itself
    // part of the matched words ("no access" as a trigger) negates nothing.
    const insideTrigger = (t: number) => triggers.some((y) => t >= y.tokStart && t <= y.tokEnd);
    const negated =
      denialAt < triggers[0]!.tokStart ||
      triggers.some((x) =>
        activeNegations.some((t) => t < x.tokStart && x.tokStart - t <= NEGATION_WINDOW && !insideTrigger(t)),
      );
    const magnitude = magnitudeNear(triggers, s, quantities, multipliers);
    hits.push({ indicator, triggers, negated, context, magnitude, groups });
  }
  return hits;
}

/**
 * Picks one match per group so that no two overlap and, with a window, all start within `window` words.
 * Groups are few and candidates capped, so a depth-first search is cheap.
 */
function satisfy(groups: TermMatch[][], window: number | undefined): TermMatch[] | undefined {
  const chosen: TermMatch[] = [];
  const search = (g: number): boolean => {
    if (g === groups.length) return true;
    for (const candidate of groups[g]!) {
      if (chosen.some((c) => c.tokStart <= candidate.tokEnd && candidate.tokStart <= c.tokEnd)) continue;
      if (window !== undefined && chosen.some((c) => Math.abs(c.tokStart - candidate.tokStart) > window))
        continue;
      chosen.push(candidate);
      if (search(g + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  return search(0) ? chosen : undefined;
}

function magnitudeNear(
  triggers: TermMatch[],
  s: ScannedSentence,
  quantities: Array<{ tok: number; value: number }>,
  multipliers: Array<{ tok: number; value: number }>,
): number | undefined {
  const near = (tok: number) =>
    triggers.some((t) => tok >= t.tokStart - MAGNITUDE_WINDOW && tok <= t.tokEnd + MAGNITUDE_WINDOW);
  let best: number | undefined;
  for (const number of s.numbers) {
    if (number.yearLike || !near(number.tok)) continue;
    const multiplier = multipliers.find((x) => x.tok === number.tok + 1)?.value ?? 1;
    const value = number.value * multiplier;
    if (best === undefined || value > best) best = value;
  }
  for (const q of quantities) {
    const isMultiplier = s.numbers.some((nb) => nb.tok === q.tok - 1); // "2 mil": already counted above
    if (near(q.tok) && !isMultiplier && (best === undefined || q.value > best)) {
      best = q.value;
    }
  }
  return best;
}
