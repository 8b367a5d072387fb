// Geometry of the trend around an alert's trigger: the metric's daily line, the line it had to reach (the
// threshold value for a level; the lowest value of the window plus the rise for a rise), the days on which the
// condition held, and the trigger and clearing days. Pure: no DOM.
//
// The condition comes from the same pure rules the server's alert engine and backtest use
// (indicators/risk/alert-rules.ts), so what the chart shades is what the engine saw.
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { type AlertRule, conditionByDay, DEFAULT_RISE_WINDOW } from '../../../indicators/risk/alert-rules.ts';
import { addDays, daysBetween, isoDay, type Period, toDate } from './period.ts';
import type { Margin, TimePoint } from './trend.ts';

/** A day of a country's risk series, as `GET /api/countries/:iso3/risk` gives it. */
export interface RiskDay {
  date: string;
  score: number;
  riskFactors: Partial<Record<string, number>>;
  crimes: Partial<Record<string, number>>;
}

/** One metric's values (`score`, `RF1`…`RF14` or a crime code) out of a risk series, oldest first. */
export function metricSeries(series: readonly RiskDay[], metric: string): TimePoint[] {
  const pick = (day: RiskDay): number => {
    if (metric === 'score') return day.score;
    if (/^RF\d+$/.test(metric)) return day.riskFactors[metric] ?? 0;
    return day.crimes[metric] ?? 0;
  };
  return series.map((day) => ({ date: day.date, value: pick(day) }));
}

/**
 * The days to fetch for an alert: `before` days up to the trigger and `after` days past it (never past today),
 * plus the rule's look-back before that, so the first shown day's rise is measured over a full window.
 */
export function alertTrendPeriod(
  triggeredAt: string,
  rule: AlertRule,
  today: string,
  before = 90,
  after = 30,
): { fetch: Period; shown: Period } {
  const end = addDays(triggeredAt, after) < today ? addDays(triggeredAt, after) : today;
  const shown = { from: addDays(triggeredAt, -before), to: end < triggeredAt ? triggeredAt : end };
  const lookback = rule.kind === 'rise' ? (rule.windowDays ?? DEFAULT_RISE_WINDOW) : 0;
  return { fetch: { from: addDays(shown.from, -lookback), to: shown.to }, shown };
}

/**
 * The value the metric had to reach on each day for the condition to hold: the threshold itself for a level,
 * the lowest value within the window before the day plus the rise for a rise (the rule's own definition).
 */
export function thresholdByDay(values: readonly number[], rule: AlertRule): number[] {
  if (rule.kind === 'level') return values.map(() => rule.value);
  const window = rule.windowDays ?? DEFAULT_RISE_WINDOW;
  return values.map((_, i) => {
    let low = Number.POSITIVE_INFINITY;
    for (let j = Math.max(0, i - window); j <= i; j++) low = Math.min(low, values[j]!);
    return low + rule.value;
  });
}

export interface AlertTrendInput {
  /** Daily values, oldest first; may start before `domain.from` (the look-back a rise needs). */
  points: readonly TimePoint[];
  rule: AlertRule;
  /** Top of the value axis: 100 for the score, 1 for risk factors and crimes. */
  yMax: number;
  /** The days shown. */
  domain: Period;
  triggeredAt: string;
  clearedAt?: string | null | undefined;
  width: number;
  height: number;
  margin?: Partial<Margin>;
}

/** A shown day with what the table alternative lists. */
export interface AlertTrendDay {
  date: string;
  value: number;
  /** The value it had to reach that day. */
  threshold: number;
  holds: boolean;
  x: number;
  y: number;
}

export interface AlertTrendGeometry {
  plot: { left: number; top: number; width: number; height: number };
  days: AlertTrendDay[];
  /** SVG path of the metric. */
  valueLine: string;
  /** SVG path of the value to reach (a flat line for a level). */
  thresholdLine: string;
  /** Where the threshold line's label sits (its right end). */
  thresholdLabelY: number;
  /** Stretches of days on which the condition held, as pixel spans. */
  held: Array<{ x: number; width: number; from: string; to: string }>;
  trigger: { x: number; date: string } | undefined;
  cleared: { x: number; date: string } | undefined;
  xTicks: Array<{ x: number; date: string }>;
  yTicks: Array<{ y: number; value: number }>;
}

const DEFAULT_MARGIN: Margin = { top: 28, right: 16, bottom: 28, left: 44 };

export function alertTrendGeometry(input: AlertTrendInput): AlertTrendGeometry {
  const margin = { ...DEFAULT_MARGIN, ...input.margin };
  const width = Math.max(0, input.width - margin.left - margin.right);
  const height = Math.max(0, input.height - margin.top - margin.bottom);
  const { domain, yMax } = input;
  const start = toDate(domain.from);
  const end = domain.to > domain.from ? toDate(domain.to) : new Date(start.getTime() + 86_400_000);
  const x = scaleUtc()
    .domain([start, end])
    .range([margin.left, margin.left + width]);
  const y = scaleLinear()
    .domain([0, yMax])
    .range([margin.top + height, margin.top]);
  const clampY = (value: number) => y(Math.min(yMax, Math.max(0, value)));

  const values = input.points.map((p) => p.value);
  const holds = conditionByDay(values, input.rule);
  const thresholds = thresholdByDay(values, input.rule);
  const days: AlertTrendDay[] = [];
  input.points.forEach((p, i) => {
    if (p.date < domain.from || p.date > domain.to) return;
    const threshold = thresholds[i]!;
    days.push({
      date: p.date,
      value: p.value,
      threshold,
      holds: holds[i]!,
      x: x(toDate(p.date)),
      y: clampY(p.value),
    });
  });

  const path = line<{ x: number; y: number }>()
    .x((d) => d.x)
    .y((d) => d.y);
  const valueLine = path(days) ?? '';
  // A level's line spans the whole plot even where there is no data; a rise's follows its window day by day.
  const thresholdPoints =
    input.rule.kind === 'level'
      ? [
          { x: margin.left, y: clampY(input.rule.value) },
          { x: margin.left + width, y: clampY(input.rule.value) },
        ]
      : days.map((d) => ({ x: d.x, y: clampY(d.threshold) }));
  const thresholdLine = path(thresholdPoints) ?? '';

  const dayWidth = width / Math.max(1, daysBetween(domain.from, domain.to));
  const left = margin.left;
  const right = margin.left + width;
  const held: AlertTrendGeometry['held'] = [];
  for (let i = 0; i < days.length; i++) {
    if (!days[i]!.holds) continue;
    let j = i;
    while (j + 1 < days.length && days[j + 1]!.holds && days[j + 1]!.date === addDays(days[j]!.date, 1)) j++;
    const x0 = Math.max(left, days[i]!.x - dayWidth / 2);
    const x1 = Math.min(right, days[j]!.x + dayWidth / 2);
    held.push({ x: x0, width: Math.max(1, x1 - x0), from: days[i]!.date, to: days[j]!.date });
    i = j;
  }

  const marker = (date: string | null | undefined) =>
    date && date >= domain.from && date <= domain.to ? { x: x(toDate(date)), date } : undefined;

  return {
    plot: { left: margin.left, top: margin.top, width, height },
    days,
    valueLine,
    thresholdLine,
    thresholdLabelY: thresholdPoints.at(-1)?.y ?? clampY(input.rule.value),
    held,
    trigger: marker(input.triggeredAt),
    cleared: marker(input.clearedAt),
    xTicks: x.ticks(Math.max(2, Math.floor(width / 110))).map((date) => ({ x: x(date), date: isoDay(date) })),
    yTicks: y.ticks(5).map((value) => ({ y: y(value), value })),
  };
}
