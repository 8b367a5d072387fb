import type { CompiledMatcher, GroupKind } from './compile.ts';
import { NEGATION_WINDOW } from './cues.ts';
import { SCORING } from './parameters.ts';
import type { ScannedSentence, TermMatch } from './scan.ts';

/** How near (in words) a number must stand to a trigger to count as its magnitude. */
const MAGNITUDE_WINDOW = 4;
/**
 * How near (in words) a count of people must stand to a trigger to give the scale of that act (RF11). Wider
 * than the magnitude window ("killing 48 people, most of whom were shot"), narrower than a long sentence, so
 * that the population of a town named in passing does not make one incident in it a mass atrocity.
 */
const SCALE_WINDOW = 20;
/** How near before a plural locality its count must stand: "in at least six cities", "31 aldeas". */
const PLACE_COUNT_WINDOW = 3;
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
  /** How large the events of the sentence are: the largest count of people anywhere in it, and pattern words. */
  scale: SentenceScale;
}

/** The signs of scale that RF11 (a widespread or systematic attack) reads, for one hit. */
export interface SentenceScale {
  /**
   * The largest count of people near the hit's trigger words (SCALE_WINDOW): a number that is not a year, a
   * date, a duration or another unit, or a word such as "hundreds".
   */
  people: number | undefined;
  /** "systematic", "pattern", "in 27 villages", "each time": many places, repeated incidents, or said to be a pattern. */
  pattern: boolean;
  /** A party to an armed conflict or hostilities is named: acts against persons are then also RF13. */
  conflict: boolean;
}

/** Per-matcher scratch arrays, reused across sentences (stamped, never cleared): no allocation per sentence. */
interface Scratch {
  stamp: Int32Array;
  mask: Int32Array;
  excludedStamp: Int32Array;
  /**
   * Per rule, the sentence's matches that fill one of its groups, as a linked list in typed arrays (no
   * allocation per sentence): first[rule] and last[rule] index `value` (match index × 32 + group) and `link`.
   */
  first: Int32Array;
  last: Int32Array;
  value: Int32Array;
  link: Int32Array;
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
      first: new Int32Array(n),
      last: new Int32Array(n),
      value: new Int32Array(1024),
      link: new Int32Array(1024),
      generation: 0,
      touched: [],
    };
    scratches.set(m, scratch);
  }
  return scratch;
}

function growEntries(scratch: Scratch): void {
  const value = new Int32Array(scratch.value.length * 2);
  value.set(scratch.value);
  const link = new Int32Array(scratch.link.length * 2);
  link.set(scratch.link);
  scratch.value = value;
  scratch.link = link;
}

/**
 * A year the sentence dates its events to: "in 1994", "during 2003", "en 1985", "durante 1999". Not "since" or
 * "desde": "held since 2020" is still going on.
 */
const DATED =
  /(?:^|[^\p{L}])(?:in|during|by|of|en|durante|de|del)\s+(?:the\s+|el\s+|los\s+anos\s+|los\s+años\s+)?$/iu;

/**
 * Whether the sentence dates what it reports to years before the report itself (less a year of slack). Without
 * the report's date, only years before SCORING.undatedHistoryBefore are read as history ("fusilados en 1936").
 */
function datedToThePast(text: string, s: ScannedSentence, referenceYear: number | undefined): boolean {
  const before = referenceYear === undefined ? SCORING.undatedHistoryBefore : referenceYear - 1;
  return s.numbers.some(
    (n) => n.yearLike && n.value < before && DATED.test(text.slice(Math.max(0, n.start - 16), n.start)),
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
  const { stamp, mask, excludedStamp, first, last } = scratch;
  let entryCount = 0;
  const touched = scratch.touched;
  touched.length = 0;
  const negations: number[] = [];
  const neutralized: Array<[number, number]> = [];
  const quantities: Array<{ tok: number; value: number }> = [];
  const multipliers: Array<{ tok: number; value: number }> = [];
  const units: number[] = [];
  const places: number[] = [];
  const placeCounters: number[] = [];
  let pattern = false;
  const conflicts: number[] = [];
  let notConflict = false;
  const clauseStarts: number[] = s.breaks.slice();
  const denials: number[] = [];
  let context: HitContext = datedToThePast(text, s, referenceYear) ? 'historical' : 'current';
  const groups: SentenceHit['groups'] = [];

  // First pass: which groups of which rules are present (a bit mask per rule), and the context cues.
  for (let index = 0; index < s.matches.length; index++) {
    const match = s.matches[index]!;
    const groupRoles = m.termGroupRoles[match.term]!;
    for (let k = 0; k < groupRoles.length; k++) {
      const packed = groupRoles[k]!;
      const rule = packed >> 5;
      if (stamp[rule] !== generation) {
        stamp[rule] = generation;
        mask[rule] = 0;
        first[rule] = -1;
        touched.push(rule);
      }
      mask[rule]! |= 1 << (packed & 31);
      if (entryCount === scratch.value.length) growEntries(scratch);
      scratch.value[entryCount] = index * 32 + (packed & 31);
      scratch.link[entryCount] = -1;
      if (first[rule] === -1) first[rule] = entryCount;
      else scratch.link[last[rule]!] = entryCount;
      last[rule] = entryCount++;
    }
    for (const role of m.termOtherRoles[match.term]!) {
      if (role.kind === 'none') excludedStamp[role.rule] = generation;
      else if (role.kind === 'protected-group') {
        if (!groups.some((g) => g.match.start === match.start)) groups.push({ match, kind: role.group });
      } else if (role.cue === 'negation') negations.push(match.tokStart);
      else if (role.cue === 'neutralizer') neutralized.push([match.tokStart, match.tokEnd]);
      else if (role.cue === 'denial') denials.push(match.tokStart);
      else if (role.cue === 'historical') context = 'historical';
      else if (role.cue === 'fiction' && context === 'current') context = 'fiction';
      else if (role.cue === 'quantity') quantities.push({ tok: match.tokStart, value: role.value ?? 0 });
      else if (role.cue === 'multiplier') multipliers.push({ tok: match.tokStart, value: role.value ?? 1 });
      else if (role.cue === 'scale') pattern = true;
      else if (role.cue === 'place') places.push(match.tokStart);
      else if (role.cue === 'place-counter') placeCounters.push(match.tokEnd);
      else if (role.cue === 'unit') units.push(match.tokStart);
      else if (role.cue === 'conflict') conflicts.push(match.tokStart);
      else if (role.cue === 'clause') clauseStarts.push(match.tokStart);
      else if (role.cue === 'conjunction') {
        if (s.commas.includes(match.tokStart)) clauseStarts.push(match.tokStart);
      } else if (role.cue === 'not-conflict') notConflict = true;
    }
  }

  const activeNegations = negations.filter((t) => !insideAny(t, neutralized));
  // "were denied any" deprives, it does not deny: a passive denial is a neutralizer, like "not only".
  const activeDenials = denials.filter((t) => !insideAny(t, neutralized));

  // Second pass, only for rules with every group present: pick one non-overlapping match per group,
  // trying un-negated matches first ("no civilians were killed in A, but soldiers killed villagers in B").
  const byIndicator = new Map<number, TermMatch[]>();
  for (const ruleIndex of touched) {
    const rule = m.rules[ruleIndex]!;
    if (mask[ruleIndex] !== (1 << rule.groups) - 1 || excludedStamp[ruleIndex] === generation) continue;
    const candidates: TermMatch[][] = [];
    for (let g = 0; g < rule.groups; g++) candidates.push([]);
    for (let e = first[ruleIndex]!; e !== -1; e = scratch.link[e]!) {
      const entry = scratch.value[e]!;
      const list = candidates[entry & 31]!;
      if (list.length < MAX_CANDIDATES) list.push(s.matches[entry >> 5]!);
    }
    if (activeNegations.length > 0) for (const list of candidates) putNegatedLast(list, activeNegations);
    const chosen = satisfy(candidates, rule.window, rule.clause ? clauseStarts : []);
    if (!chosen) continue;
    const triggers = byIndicator.get(rule.indicator) ?? [];
    for (const t of chosen) if (!triggers.includes(t)) triggers.push(t);
    byIndicator.set(rule.indicator, triggers);
  }

  const hits: SentenceHit[] = [];
  if (byIndicator.size === 0) return hits;
  // Plural localities are a pattern only when counted: "in at least six cities", "several villages".
  const counted = (place: number) =>
    placeCounters.some((t) => t < place && place - t <= PLACE_COUNT_WINDOW) ||
    s.numbers.some(
      (n) => !n.yearLike && n.value >= 2 && n.tok < place && place - n.tok <= PLACE_COUNT_WINDOW,
    );
  if (!pattern && places.some(counted)) pattern = true;
  const people = peopleIn(s, units, quantities, multipliers);
  for (const [indicator, triggers] of byIndicator) {
    if (m.subsumedBy[indicator]!.some((other) => byIndicator.has(other))) continue;
    triggers.sort((a, b) => a.start - b.start);
    // Negated by a denial before the act, or by a negation just before a trigger word; a negation that is itself
    // part of the matched words ("no access" as a trigger) negates nothing.
    const insideTrigger = (t: number) => triggers.some((y) => t >= y.tokStart && t <= y.tokEnd);
    // A denial word that is itself the trigger ("denied access to the ICRC") denies nothing.
    const negated =
      activeDenials.some((t) => t < triggers[0]!.tokStart && !insideTrigger(t)) ||
      triggers.some((x) =>
        activeNegations.some((t) => t < x.tokStart && x.tokStart - t <= NEGATION_WINDOW && !insideTrigger(t)),
      );
    const magnitude = magnitudeNear(triggers, s, quantities, multipliers);
    const near = (tok: number) =>
      triggers.some((t) => tok >= t.tokStart - SCALE_WINDOW && tok <= t.tokEnd + SCALE_WINDOW);
    let largest: number | undefined;
    for (const p of people)
      if (near(p.tok) && (largest === undefined || p.value > largest)) largest = p.value;
    // A party named in another clause committed another act: RF13 is read from the act's own clause.
    const conflict =
      !notConflict &&
      conflicts.length > 0 &&
      (clauseStarts.length === 0 ||
        conflicts.some((c) =>
          triggers.some((t) => clauseIndex(c, clauseStarts) === clauseIndex(t.tokStart, clauseStarts)),
        ));
    const scale: SentenceScale = { people: largest, pattern, conflict };
    hits.push({ indicator, triggers, negated, context, magnitude, groups, scale });
  }
  return hits;
}

/**
 * Picks one match per group so that no two overlap, with a window all start within `window` words, and with
 * clause starts all lie in one clause. Groups are few and candidates capped, so a depth-first search is cheap.
 */
function satisfy(
  groups: TermMatch[][],
  window: number | undefined,
  clauseStarts: readonly number[],
): TermMatch[] | undefined {
  const chosen: TermMatch[] = [];
  return extend(groups, window, clauseStarts, chosen) ? chosen : undefined;
}

function extend(
  groups: TermMatch[][],
  window: number | undefined,
  clauseStarts: readonly number[],
  chosen: TermMatch[],
): boolean {
  const g = chosen.length;
  if (g === groups.length) return true;
  const clause = g > 0 && clauseStarts.length > 0 ? clauseIndex(chosen[0]!.tokStart, clauseStarts) : -1;
  for (const candidate of groups[g]!) {
    if (!fits(candidate, chosen, window)) continue;
    if (clause >= 0 && clauseIndex(candidate.tokStart, clauseStarts) !== clause) continue;
    chosen.push(candidate);
    if (extend(groups, window, clauseStarts, chosen)) return true;
    chosen.pop();
  }
  return false;
}

/** Whether a candidate overlaps none of the chosen matches and, with a window, starts within it of each. */
function fits(candidate: TermMatch, chosen: readonly TermMatch[], window: number | undefined): boolean {
  for (const c of chosen) {
    if (c.tokStart <= candidate.tokEnd && candidate.tokStart <= c.tokEnd) return false;
    if (window !== undefined && Math.abs(c.tokStart - candidate.tokStart) > window) return false;
  }
  return true;
}

/** Clause reading: a long sentence is cut into clauses, a clause being the span between two starts. */
function clauseIndex(tok: number, clauseStarts: readonly number[]): number {
  let c = 0;
  for (const b of clauseStarts) if (b <= tok) c++;
  return c;
}

/** Whether a word lies inside one of the spans. */
function insideAny(tok: number, spans: ReadonlyArray<readonly [number, number]>): boolean {
  for (const [a, b] of spans) if (tok >= a && tok <= b) return true;
  return false;
}

/** Moves the candidates a negation just before makes negated to the end, keeping the order of each part. */
function putNegatedLast(list: TermMatch[], negations: readonly number[]): void {
  const negated: TermMatch[] = [];
  let kept = 0;
  for (const match of list) {
    let isNegated = false;
    for (const t of negations)
      if (t < match.tokStart && match.tokStart - t <= NEGATION_WINDOW) {
        isNegated = true;
        break;
      }
    if (isNegated) negated.push(match);
    else list[kept++] = match;
  }
  for (const match of negated) list[kept++] = match;
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

/** The counts of people the sentence gives: numbers not followed by a unit ("48 hours"), or words ("hundreds"). */
function peopleIn(
  s: ScannedSentence,
  units: number[],
  quantities: Array<{ tok: number; value: number }>,
  multipliers: Array<{ tok: number; value: number }>,
): Array<{ tok: number; value: number }> {
  const found: Array<{ tok: number; value: number }> = [];
  for (const number of s.numbers) {
    if (number.yearLike) continue;
    const multiplier = multipliers.find((x) => x.tok === number.tok + 1);
    const after = multiplier ? number.tok + 2 : number.tok + 1;
    // "48 hours", "August 9", "9 de agosto"
    if (units.includes(after) || units.includes(number.tok - 1)) continue;
    if (number.value <= 31 && units.includes(after + 1)) continue;
    found.push({ tok: number.tok, value: number.value * (multiplier?.value ?? 1) });
  }
  for (const q of quantities) {
    if (s.numbers.some((nb) => nb.tok === q.tok - 1)) continue;
    found.push(q);
  }
  return found;
}
