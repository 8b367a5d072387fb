// When does a threshold's condition hold, and for how long? Pure: the live alert engine and the backtest
// both run these functions over a daily series, so a backtest shows exactly what the engine would have raised.

/** A threshold's condition, on one metric of one country's daily series. */
export interface AlertRule {
  kind: 'level' | 'rise';
  /** level: the metric reaches `value`; rise: it rose by at least `value` within `windowDays`. */
  value: number;
  /** For rise (default 30). */
  windowDays?: number | null | undefined;
  /** The condition must hold this many consecutive days before it triggers (default 1). */
  persistenceDays?: number | null | undefined;
}

/** A stretch of consecutive days on which the condition held long enough to trigger. */
export interface Run {
  /** Index of the first day the condition held. */
  start: number;
  /** Index of the day it had held `persistenceDays` days: the alert's trigger day. */
  trigger: number;
  /** Index of the first day it no longer held; null when it still holds on the last day. */
  end: number | null;
  /** The highest value of the metric during the run. */
  peak: number;
}

export const DEFAULT_RISE_WINDOW = 30;

/** Days of series a rule needs before the first day it is evaluated on. */
export function lookbackDays(rule: AlertRule): number {
  const window = rule.kind === 'rise' ? (rule.windowDays ?? DEFAULT_RISE_WINDOW) : 0;
  return window + (rule.persistenceDays ?? 1) - 1;
}

/**
 * Whether the condition holds on each day. A rise is measured from the lowest value within the window before
 * the day (not only from the day `windowDays` ago), so a climb that starts inside the window counts in full.
 */
export function conditionByDay(values: readonly number[], rule: AlertRule): boolean[] {
  const holds = new Array<boolean>(values.length).fill(false);
  if (rule.kind === 'level') {
    for (let i = 0; i < values.length; i++) holds[i] = values[i]! >= rule.value - 1e-9;
    return holds;
  }
  const window = rule.windowDays ?? DEFAULT_RISE_WINDOW;
  // Sliding-window minimum with a monotonic deque of indices: O(n) whatever the window.
  const deque: number[] = [];
  let head = 0;
  for (let i = 0; i < values.length; i++) {
    while (deque.length > head && values[deque.at(-1)!]! >= values[i]!) deque.pop();
    deque.push(i);
    while (deque[head]! < i - window) head++;
    holds[i] = values[i]! - values[deque[head]!]! >= rule.value - 1e-9;
  }
  return holds;
}

/** The runs of a condition that lasted at least `persistenceDays` days, oldest first. */
export function runsOf(values: readonly number[], rule: AlertRule): Run[] {
  const persistence = rule.persistenceDays ?? 1;
  const holds = conditionByDay(values, rule);
  const runs: Run[] = [];
  let start = -1;
  for (let i = 0; i <= holds.length; i++) {
    if (i < holds.length && holds[i]) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= persistence) {
      let peak = Number.NEGATIVE_INFINITY;
      for (let j = start; j < i; j++) peak = Math.max(peak, values[j]!);
      runs.push({ start, trigger: start + persistence - 1, end: i < holds.length ? i : null, peak });
    }
    start = -1;
  }
  return runs;
}

/**
 * The change that goes with an alert raised on day `index`: for a rise, the rise over the window; for a level,
 * the change over the 30 days before (what an analyst asks next: "and how fast did it get there?").
 */
export function changeAt(values: readonly number[], index: number, rule: AlertRule): number {
  const window = rule.kind === 'rise' ? (rule.windowDays ?? DEFAULT_RISE_WINDOW) : 30;
  const from = Math.max(0, index - window);
  if (rule.kind === 'rise') {
    let low = Number.POSITIVE_INFINITY;
    for (let j = from; j <= index; j++) low = Math.min(low, values[j]!);
    return values[index]! - low;
  }
  return values[index]! - values[from]!;
}
