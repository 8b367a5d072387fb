// A sparkline's geometry: a small score line without axes. Pure: no DOM.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface SparklineGeometry {
  /** SVG path data of the line. */
  d: string;
  /** The last point, drawn as a dot: "where it is now" is what a reader looks for first. */
  last: { x: number; y: number } | undefined;
  /** The score range the height spans. */
  domain: readonly [number, number];
}

/**
 * Smallest score range a sparkline spans. Fitting each line to its own min–max would make a drift from 30.0
 * to 30.4 fill the cell like a surge from 10 to 80; a fixed 0–100 would flatten every real change into the
 * cell's 24 pixels. A floor of 20 points (one level band) keeps changes visible and small ones small.
 */
export const MIN_SPAN = 20;

/** The y-range of a series: its min and max, widened around their middle to MIN_SPAN, kept inside 0–100. */
export function sparklineDomain(values: readonly number[]): readonly [number, number] {
  if (values.length === 0) return [0, MIN_SPAN];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (high - low < MIN_SPAN) {
    const middle = (low + high) / 2;
    low = middle - MIN_SPAN / 2;
    high = middle + MIN_SPAN / 2;
    if (low < 0) [low, high] = [0, MIN_SPAN];
    if (high > 100) [low, high] = [100 - MIN_SPAN, 100];
  }
  return [low, high];
}

/** The line of `values` (evenly spaced in time) in a `width` × `height` box, with `pad` pixels kept free. */
export function sparkline(
  values: readonly number[],
  width: number,
  height: number,
  pad = 2,
): SparklineGeometry {
  const domain = sparklineDomain(values);
  const x = scaleLinear()
    .domain([0, Math.max(1, values.length - 1)])
    .range([pad, width - pad]);
  const y = scaleLinear()
    .domain(domain)
    .range([height - pad, pad]);
  const path = line<number>()
    .x((_, i) => x(i))
    .y((v) => y(v))
    .digits(1);
  const lastIndex = values.length - 1;
  const lastValue = values[lastIndex];
  return {
    d: values.length ? (path(values as number[]) ?? '') : '',
    last: lastValue === undefined ? undefined : { x: round(x(lastIndex)), y: round(y(lastValue)) },
    domain,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** What a sparkline shows, in numbers, for its accessible name: first, last, lowest and highest score. */
export function sparklineSummary(
  values: readonly number[],
): { first: number; last: number; min: number; max: number } | undefined {
  if (values.length === 0) return undefined;
  return {
    first: values[0]!,
    last: values[values.length - 1]!,
    min: Math.min(...values),
    max: Math.max(...values),
  };
}
