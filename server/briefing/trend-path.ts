import { scaleLinear, scaleUtc } from 'd3-scale';
import { area, line } from 'd3-shape';
import { LEVEL_BANDS, type RiskLevel } from '../../indicators/risk/risk-model.ts';

/**
 * The briefing's trend chart as pure geometry: SVG path strings and positions in points, which the HTML
 * renderer draws as inline SVG and the PDF renderer feeds to pdfkit's path API, so both are vector and agree.
 */

/**
 * ColorBrewer 4-class OrRd, the dashboard's level palette (web/src/charts/levels.ts; the server may not import
 * web/): colour-blind safe and ordered in greyscale. The bands are also labelled in words on the chart.
 */
export const LEVEL_FILL: Readonly<Record<RiskLevel, string>> = {
  low: '#fef0d9',
  moderate: '#fdcc8a',
  high: '#fc8d59',
  very_high: '#b30000',
};

export interface TrendPoint {
  date: string;
  score: number;
}

export interface TrendGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** The score line; empty when there are no points. */
  line: string;
  /** The area under the line, lightly filled so the shape survives greyscale printing. */
  area: string;
  bands: Array<{ level: RiskLevel; y: number; height: number; fill: string; labelY: number }>;
  xTicks: Array<{ x: number; date: string }>;
  yTicks: Array<{ y: number; value: number }>;
  last: { x: number; y: number; score: number } | null;
}

const MARGIN = { top: 8, right: 12, bottom: 22, left: 30 };

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** The chart of `points` (oldest first) over the period `from`–`to`, in a `width`×`height` box. */
export function trendGeometry(
  points: readonly TrendPoint[],
  period: { from: string; to: string },
  size: { width: number; height: number },
  tickCount = 5,
): TrendGeometry {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: size.width - MARGIN.right,
    bottom: size.height - MARGIN.bottom,
  };
  const x = scaleUtc()
    .domain([utc(period.from), utc(period.to)])
    .range([plot.left, plot.right]);
  const y = scaleLinear().domain([0, 100]).range([plot.bottom, plot.top]);
  const px = (p: TrendPoint) => round(x(utc(p.date)));
  const py = (p: TrendPoint) => round(y(Math.max(0, Math.min(100, p.score))));
  const ascending = [...LEVEL_BANDS].reverse();
  const bands = ascending.map((band, i) => {
    const top = y(ascending[i + 1]?.from ?? 100);
    const bottom = y(band.from);
    return {
      level: band.level,
      y: round(top),
      height: round(bottom - top),
      fill: LEVEL_FILL[band.level],
      labelY: round((top + bottom) / 2),
    };
  });
  const last = points.at(-1);
  return {
    width: size.width,
    height: size.height,
    plot,
    line: points.length ? (line<TrendPoint>().x(px).y(py)(points) ?? '') : '',
    area: points.length ? (area<TrendPoint>().x(px).y0(plot.bottom).y1(py)(points) ?? '') : '',
    bands,
    xTicks: x
      .ticks(tickCount)
      .map((d) => ({ x: round(x(d)), date: d.toISOString().slice(0, 10) }))
      .filter((t) => t.date >= period.from && t.date <= period.to),
    yTicks: [0, 20, 40, 60, 80, 100].map((value) => ({ y: round(y(value)), value })),
    last: last ? { x: px(last), y: py(last), score: last.score } : null,
  };
}

const round = (v: number) => Math.round(v * 100) / 100;
