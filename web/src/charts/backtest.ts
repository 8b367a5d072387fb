// Geometry and summary of a threshold backtest: alerts per calendar month as bars (every month of the period,
// the empty ones included, so quiet stretches show as quiet), and the headline numbers. Pure: no DOM.
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Margin } from './trend.ts';

/** `YYYY-MM` of every calendar month from `from` to `to` (days `YYYY-MM-DD`, both included). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  if (!(year > 0 && month >= 1 && month <= 12) || from.slice(0, 7) > last) return months;
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}

export interface MonthCount {
  /** `YYYY-MM` (a longer date is cut to its month). */
  month: string;
  alerts: number;
}

/** Every month of the period with its count (0 where the server listed none), oldest first. */
export function fillMonths(byMonth: readonly MonthCount[], from: string, to: string): MonthCount[] {
  const counts = new Map<string, number>();
  for (const m of byMonth) counts.set(m.month.slice(0, 7), (counts.get(m.month.slice(0, 7)) ?? 0) + m.alerts);
  const months = monthsBetween(from, to);
  // Counts outside the period (should not happen) are kept rather than silently dropped.
  for (const key of counts.keys()) if (!months.includes(key)) months.push(key);
  months.sort();
  return months.map((month) => ({ month, alerts: counts.get(month) ?? 0 }));
}

export interface BacktestBarsInput {
  months: readonly MonthCount[];
  width: number;
  height: number;
  margin?: Partial<Margin>;
  /** Horizontal room one tick label needs, in pixels (about 7px a character at 12px). */
  labelWidth?: number;
}

export interface Bar {
  month: string;
  alerts: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BacktestBars {
  plot: { left: number; top: number; width: number; height: number };
  bars: Bar[];
  /** Labelled months: every k-th (k = 1, 2, 3, 6 or 12) so labels never overlap, January first when k ≥ 3. */
  xTicks: Array<{ x: number; month: string }>;
  /** Whole numbers of alerts only. */
  yTicks: Array<{ y: number; value: number }>;
}

const DEFAULT_MARGIN: Margin = { top: 12, right: 12, bottom: 28, left: 36 };
const STEPS = [1, 2, 3, 6, 12, 24, 60];

export function backtestBars(input: BacktestBarsInput): BacktestBars {
  const margin = { ...DEFAULT_MARGIN, ...input.margin };
  const width = Math.max(0, input.width - margin.left - margin.right);
  const height = Math.max(0, input.height - margin.top - margin.bottom);
  const x = scaleBand<string>()
    .domain(input.months.map((m) => m.month))
    .range([margin.left, margin.left + width])
    .paddingInner(input.months.length > 24 ? 0.15 : 0.25)
    .paddingOuter(0.1);
  const max = Math.max(0, ...input.months.map((m) => m.alerts));
  // At least 0–4, so one alert is not a full-height bar that reads like many.
  const y = scaleLinear()
    .domain([0, Math.max(4, max)])
    .nice()
    .range([margin.top + height, margin.top]);
  const bottom = margin.top + height;
  const bars = input.months.map((m) => {
    const top = y(m.alerts);
    return {
      month: m.month,
      alerts: m.alerts,
      x: x(m.month) ?? 0,
      y: top,
      width: x.bandwidth(),
      height: bottom - top,
    };
  });

  const step = x.step() || 1;
  const every = STEPS.find((k) => k * step >= (input.labelWidth ?? 56)) ?? STEPS.at(-1)!;
  const labelled = (m: MonthCount, i: number) => {
    if (every < 3) return i % every === 0;
    const month = Number(m.month.slice(5, 7)) - 1;
    if (every < 12) return month % every === 0;
    return month === 0 && Number(m.month.slice(0, 4)) % (every / 12) === 0;
  };
  const xTicks = input.months
    .filter(labelled)
    .map((m) => ({ x: (x(m.month) ?? 0) + x.bandwidth() / 2, month: m.month }));
  const yTicks = y
    .ticks(Math.min(5, Math.max(1, y.domain()[1]!)))
    .filter((value) => Number.isInteger(value))
    .map((value) => ({ y: y(value), value }));

  return { plot: { left: margin.left, top: margin.top, width, height }, bars, xTicks, yTicks };
}

export interface BacktestAlert {
  country: string;
  triggeredAt: string;
  clearedAt: string | null;
}

export interface BacktestSummary {
  total: number;
  /** Countries with at least one alert. */
  countries: number;
  /** Alerts whose condition still held on the last day. */
  stillHolding: number;
  /** The busiest month, if any alert was raised. */
  peakMonth: MonthCount | undefined;
}

export function backtestSummary(
  total: number,
  alerts: readonly BacktestAlert[],
  byCountry: ReadonlyArray<{ country: string; alerts: number }>,
  byMonth: readonly MonthCount[],
): BacktestSummary {
  let peakMonth: MonthCount | undefined;
  for (const m of byMonth) if (m.alerts > 0 && (!peakMonth || m.alerts > peakMonth.alerts)) peakMonth = m;
  return {
    total,
    countries: byCountry.filter((c) => c.alerts > 0).length,
    stillHolding: alerts.filter((a) => a.clearedAt === null).length,
    peakMonth,
  };
}
