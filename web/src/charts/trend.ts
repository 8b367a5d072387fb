// Geometry of a time chart: one or more lines over calendar days, with the level bands behind them, alert
// markers and direct labels. Used by the country trend, the crime lines and the compare chart. Pure: no DOM.
import { type ScaleTime, scaleLinear, scaleUtc } from 'd3-scale';
import {
  line,
  type SymbolType,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
} from 'd3-shape';
import { LEVEL_FILL, levelBands, type RiskLevel } from './levels.ts';
import { isoDay, type Period, toDate } from './period.ts';

/** One value on one day (`YYYY-MM-DD`). */
export interface TimePoint {
  date: string;
  value: number;
}

export interface LineSeries {
  id: string;
  /** Shown at the line's end and in the table: never only a colour. */
  label: string;
  points: readonly TimePoint[];
}

/** Something that happened on a day (an alert): a labelled tick on the time axis. */
export interface ChartMarker {
  date: string;
  label: string;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * How each line looks, in order. Lines differ by dash pattern and point symbol as well as by colour, so they
 * stay apart in greyscale and for colour-blind readers; the colours are dark enough for 3:1 on every band.
 */
export interface SeriesStyle {
  stroke: string;
  /** `stroke-dasharray`; empty for a solid line. */
  dash: string;
  symbol: SymbolType;
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { stroke: '#1d4f91', dash: '', symbol: symbolCircle },
  { stroke: '#1a1a1a', dash: '8 4', symbol: symbolSquare },
  { stroke: '#00665a', dash: '2 3', symbol: symbolTriangle },
  { stroke: '#6a2c8a', dash: '10 3 2 3', symbol: symbolDiamond },
  { stroke: '#7a3d00', dash: '14 4 4 4 4 4', symbol: symbolCross },
];

export interface TrendInput {
  series: readonly LineSeries[];
  width: number;
  height: number;
  margin?: Partial<Margin>;
  /** Top of the value axis (100 for scores, 1 for risk factors and crimes). */
  yMax?: number;
  /** The days the time axis spans; the span of the data when absent. Points outside it are dropped. */
  domain?: Period | undefined;
  /** Draw the risk level bands behind the lines (scores only). */
  bands?: boolean;
  markers?: readonly ChartMarker[];
}

export interface PlottedPoint {
  x: number;
  y: number;
  date: string;
  value: number;
}

export interface PlottedLine {
  id: string;
  label: string;
  /** SVG path data of the line. */
  d: string;
  points: PlottedPoint[];
  style: SeriesStyle;
  /** SVG path data of the point symbol, centred on 0,0. */
  symbol: string;
  /** Where the direct label sits (at the line's end, moved apart from the other labels). */
  labelY: number;
}

export interface PlottedBand {
  level: RiskLevel;
  y: number;
  height: number;
  fill: string;
}

export interface TrendGeometry {
  plot: { left: number; top: number; width: number; height: number };
  lines: PlottedLine[];
  bands: PlottedBand[];
  xTicks: Array<{ x: number; date: string }>;
  yTicks: Array<{ y: number; value: number }>;
  markers: Array<{ x: number; date: string; label: string }>;
  /** The time scale, for turning brush pixels back into days. */
  x: ScaleTime<number, number>;
  domain: Period;
}

const DEFAULT_MARGIN: Margin = { top: 16, right: 16, bottom: 28, left: 40 };
/** Vertical room a direct label needs (its font is about 12px). */
export const LABEL_GAP = 14;

/** The span of all points, or undefined when there are none. */
export function dataSpan(series: readonly LineSeries[]): Period | undefined {
  let from: string | undefined;
  let to: string | undefined;
  for (const s of series) {
    for (const p of s.points) {
      if (from === undefined || p.date < from) from = p.date;
      if (to === undefined || p.date > to) to = p.date;
    }
  }
  return from && to ? { from, to } : undefined;
}

export function trendGeometry(input: TrendInput): TrendGeometry {
  const margin = { ...DEFAULT_MARGIN, ...input.margin };
  const yMax = input.yMax ?? 100;
  const width = Math.max(0, input.width - margin.left - margin.right);
  const height = Math.max(0, input.height - margin.top - margin.bottom);
  const domain = input.domain ??
    dataSpan(input.series) ?? { from: isoDay(new Date(0)), to: isoDay(new Date(0)) };
  const start = toDate(domain.from);
  // A one-day domain would make a zero-width scale: widen it by a day so its point sits at the left edge.
  const end = domain.to > domain.from ? toDate(domain.to) : new Date(start.getTime() + 86_400_000);
  const x = scaleUtc()
    .domain([start, end])
    .range([margin.left, margin.left + width]);
  const y = scaleLinear()
    .domain([0, yMax])
    .range([margin.top + height, margin.top]);

  const path = line<PlottedPoint>()
    .x((p) => p.x)
    .y((p) => p.y);
  const lines = input.series.map((s, i) => {
    const style = SERIES_STYLES[i % SERIES_STYLES.length]!;
    const points = s.points
      .filter((p) => p.date >= domain.from && p.date <= domain.to)
      .map((p) => ({ x: x(toDate(p.date)), y: y(clamp(p.value, 0, yMax)), date: p.date, value: p.value }));
    return {
      id: s.id,
      label: s.label,
      d: path(points) ?? '',
      points,
      style,
      symbol: symbol(style.symbol, 36)() ?? '',
      labelY: points.at(-1)?.y ?? y(0),
    };
  });
  const placed = placeLabels(
    lines.map((l) => l.labelY),
    LABEL_GAP,
    margin.top + LABEL_GAP / 2,
    margin.top + height,
  );
  lines.forEach((l, i) => {
    l.labelY = placed[i]!;
  });

  const bands = input.bands
    ? levelBands()
        .filter((band) => band.from < yMax)
        .map((band) => {
          const top = y(Math.min(band.to, yMax));
          return { level: band.level, y: top, height: y(band.from) - top, fill: LEVEL_FILL[band.level] };
        })
    : [];

  const xTicks = x
    .ticks(Math.max(2, Math.floor(width / 110)))
    .map((date) => ({ x: x(date), date: isoDay(date) }));
  const yTicks = y.ticks(5).map((value) => ({ y: y(value), value }));
  const markers = (input.markers ?? [])
    .filter((m) => m.date >= domain.from && m.date <= domain.to)
    .map((m) => ({ x: x(toDate(m.date)), date: m.date, label: m.label }));

  return {
    plot: { left: margin.left, top: margin.top, width, height },
    lines,
    bands,
    xTicks,
    yTicks,
    markers,
    x,
    domain,
  };
}

/** The days a brush selection `[x0, x1]` (pixels) covers, rounded to whole days and kept in the domain. */
export function periodAt(geometry: TrendGeometry, [x0, x1]: readonly [number, number]): Period {
  const day = (px: number) => {
    const date = geometry.x.invert(px);
    const rounded = new Date(Math.round(date.getTime() / 86_400_000) * 86_400_000);
    const iso = isoDay(rounded);
    if (iso < geometry.domain.from) return geometry.domain.from;
    if (iso > geometry.domain.to) return geometry.domain.to;
    return iso;
  };
  const [a, b] = [day(Math.min(x0, x1)), day(Math.max(x0, x1))];
  return { from: a, to: b };
}

/** The pixels of a period on the time axis (for drawing the brush where the period is). */
export function pixelsOf(geometry: TrendGeometry, period: Period): [number, number] {
  const left = geometry.plot.left;
  const right = left + geometry.plot.width;
  const px = (day: string) => clamp(geometry.x(toDate(day)), left, right);
  return [px(period.from), px(period.to)];
}

/**
 * Vertical positions for labels that want to sit at `wanted`, at least `gap` apart and inside [top, bottom],
 * in the order given. Labels keep their vertical order, so each stays beside its own line.
 */
export function placeLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => clamp(o.y, top, bottom));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  // Pushed past the bottom: move the stack up from there (a tall stack may then start above `top`).
  const overflow = (placed.at(-1) ?? bottom) - bottom;
  if (overflow > 0) {
    placed[placed.length - 1] = bottom;
    for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - gap);
  }
  const result = new Array<number>(wanted.length);
  order.forEach((o, k) => {
    result[o.i] = placed[k]!;
  });
  return result;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
