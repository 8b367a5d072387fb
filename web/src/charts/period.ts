// Periods of calendar days (`YYYY-MM-DD`, UTC) chosen on the country and compare pages: presets, URL query,
// and the series interval that keeps a request small. Pure: no DOM.

/** Both ends included. */
export interface Period {
  from: string;
  to: string;
}

export type PeriodPreset = '3m' | '1y' | 'all';
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['3m', '1y', 'all'];

const DAY_MS = 86_400_000;

/** A real calendar day written `YYYY-MM-DD` ("2025-02-30" is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

export const toDate = (day: string): Date => new Date(`${day}T00:00:00Z`);
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
export const addDays = (day: string, n: number): string =>
  isoDay(new Date(toDate(day).getTime() + n * DAY_MS));
export const daysBetween = (from: string, to: string): number =>
  Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);

/** The same day `n` months earlier or later, kept inside the month (31 March − 1 month = 28/29 February). */
export function addMonths(day: string, n: number): string {
  const date = toDate(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + n, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return isoDay(target);
}

/** Today in UTC, the day the server's "today" is counted in. */
export const todayUtc = (): string => isoDay(new Date());

/** `period` moved inside `bounds`; a period wholly outside them collapses onto the nearer end. */
export function clampPeriod(period: Period, bounds: Period): Period {
  const clamp = (day: string) => (day < bounds.from ? bounds.from : day > bounds.to ? bounds.to : day);
  const from = clamp(period.from);
  const to = clamp(period.to);
  return from <= to ? { from, to } : { from: to, to };
}

/**
 * The period a preset stands for, ending on the last day of `bounds`: "all" is `bounds` (the span of the data);
 * 3 months and 1 year are calendar spans even when the data starts later, so months without reports show as
 * empty rather than the period silently shrinking.
 */
export function presetPeriod(preset: PeriodPreset, bounds: Period): Period {
  if (preset === 'all') return { ...bounds };
  const from = addDays(addMonths(bounds.to, preset === '3m' ? -3 : -12), 1);
  return { from, to: bounds.to };
}

/** The preset `period` is exactly, if any (to show which preset button is pressed). */
export function matchingPreset(period: Period, bounds: Period): PeriodPreset | undefined {
  return PERIOD_PRESETS.find((preset) => {
    const candidate = presetPeriod(preset, bounds);
    return candidate.from === period.from && candidate.to === period.to;
  });
}

/** `?from=&to=` read back, or undefined when either is missing or not a day, or they are in the wrong order. */
export function periodFromQuery(search: URLSearchParams): Period | undefined {
  const from = search.get('from');
  const to = search.get('to');
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) return undefined;
  return { from, to };
}

/** `search` with the period written in (other parameters kept), for a shareable URL. */
export function withPeriod(search: URLSearchParams, period: Period): URLSearchParams {
  const next = new URLSearchParams(search);
  next.set('from', period.from);
  next.set('to', period.to);
  return next;
}

/**
 * The series interval for a period: daily points up to about a year (at most ~400 points), weekly beyond, so
 * a request stays small however long the period is.
 */
export function intervalFor(period: Period): 'day' | 'week' {
  return daysBetween(period.from, period.to) <= 400 ? 'day' : 'week';
}
