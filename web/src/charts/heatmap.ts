// Geometry of the risk-factor × time heat map: 14 rows (RF1–RF14), one column per week or month, and the
// colour classes of its values. Pure: no DOM.
import { RF_CODES, type RFCode } from '../../../indicators/risk-factors.ts';
import { addDays, daysBetween, type Period, toDate } from './period.ts';

/** A day of a country's series, as far as the heat map and the checklist need it. */
export interface FactorPoint {
  date: string;
  riskFactors: Readonly<Partial<Record<RFCode, number>>>;
}

/** A factor counts as present in a period when it reaches this value (the ranking's "top factors" use it too). */
export const PRESENCE_THRESHOLD = 0.05;

export interface HeatClass {
  /** `[from, to)`; the last class includes 1. */
  from: number;
  to: number;
  fill: string;
}

/**
 * Below the presence threshold, white; above it, five steps of ColorBrewer's YlGnBu (its 9-class steps 3, 4, 6,
 * 7 and 9): safe for the common colour-vision deficiencies, and each step is clearly darker than the one
 * before, so the classes keep their order in greyscale (the unit tests check the luminance). A blue scale on
 * purpose: it must not be read as the levels' reds.
 */
export const HEAT_CLASSES: readonly HeatClass[] = [
  { from: 0, to: PRESENCE_THRESHOLD, fill: '#ffffff' },
  { from: PRESENCE_THRESHOLD, to: 0.2, fill: '#c7e9b4' },
  { from: 0.2, to: 0.4, fill: '#7fcdbb' },
  { from: 0.4, to: 0.6, fill: '#1d91c0' },
  { from: 0.6, to: 0.8, fill: '#225ea8' },
  { from: 0.8, to: 1, fill: '#0c2c84' },
];

/** The index of the class `value` falls in (values outside [0, 1] go to the nearest end). */
export function heatClass(value: number): number {
  const index = HEAT_CLASSES.findIndex((c) => value < c.to);
  return index < 0 ? HEAT_CLASSES.length - 1 : index;
}

export type ColumnUnit = 'week' | 'month';

/** Weeks for periods up to about six months, months beyond, so columns stay wide enough to point at. */
export function columnUnitFor(period: Period): ColumnUnit {
  return daysBetween(period.from, period.to) <= 183 ? 'week' : 'month';
}

export interface HeatColumn {
  /** The Monday of the week, or `YYYY-MM`. */
  key: string;
  /** The first and last day of the column that the data covers. */
  from: string;
  to: string;
  /** Each factor's highest value in the column: "was it present that week", not where it ended. */
  values: Record<RFCode, number>;
}

/** The Monday of the ISO week of `day`. */
export function weekStart(day: string): string {
  const weekday = (toDate(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

const zeros = (): Record<RFCode, number> =>
  Object.fromEntries(RF_CODES.map((code) => [code, 0])) as Record<RFCode, number>;

/** Points (in date order) grouped into weeks or months, each factor taking its highest value in the column. */
export function heatColumns(points: readonly FactorPoint[], unit: ColumnUnit): HeatColumn[] {
  const columns: HeatColumn[] = [];
  for (const point of points) {
    const key = unit === 'week' ? weekStart(point.date) : point.date.slice(0, 7);
    let column = columns.at(-1);
    if (column?.key !== key) {
      column = { key, from: point.date, to: point.date, values: zeros() };
      columns.push(column);
    }
    column.to = point.date;
    for (const code of RF_CODES) {
      column.values[code] = Math.max(column.values[code], point.riskFactors[code] ?? 0);
    }
  }
  return columns;
}

/** Each factor's highest value over all points: what the checklist reports as present or not. */
export function periodMaxima(points: readonly FactorPoint[]): Record<RFCode, number> {
  const values = zeros();
  for (const point of points) {
    for (const code of RF_CODES) values[code] = Math.max(values[code], point.riskFactors[code] ?? 0);
  }
  return values;
}

export interface HeatCell {
  code: RFCode;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  fill: string;
}

export interface HeatmapInput {
  columns: readonly HeatColumn[];
  width: number;
  /** Room for the row labels on the left. */
  labelWidth: number;
  rowHeight: number;
  /** Room for the column labels on top. */
  headerHeight: number;
  /** A column label needs about this many pixels; labels are thinned out to fit. */
  minLabelWidth?: number;
}

export interface HeatmapGeometry {
  width: number;
  height: number;
  rows: Array<{ code: RFCode; y: number }>;
  cells: HeatCell[];
  /** The columns whose label is drawn, with the x of the label (the column's left edge). */
  labels: Array<{ column: number; x: number }>;
  columnWidth: number;
}

export function heatmapGeometry(input: HeatmapInput): HeatmapGeometry {
  const count = input.columns.length;
  const plotWidth = Math.max(0, input.width - input.labelWidth);
  const columnWidth = count ? plotWidth / count : 0;
  const rows = RF_CODES.map((code, i) => ({ code, y: input.headerHeight + i * input.rowHeight }));
  const cells: HeatCell[] = [];
  input.columns.forEach((column, c) => {
    for (const row of rows) {
      const value = column.values[row.code];
      cells.push({
        code: row.code,
        column: c,
        x: input.labelWidth + c * columnWidth,
        y: row.y,
        width: columnWidth,
        height: input.rowHeight,
        value,
        fill: HEAT_CLASSES[heatClass(value)]!.fill,
      });
    }
  });
  const minLabelWidth = input.minLabelWidth ?? 64;
  const every = columnWidth > 0 ? Math.max(1, Math.ceil(minLabelWidth / columnWidth)) : 1;
  // Every k-th column, and none so close to the right edge that its label would be cut off.
  const labels = input.columns
    .map((_, c) => ({ column: c, x: input.labelWidth + c * columnWidth }))
    .filter((label) => label.column % every === 0 && label.x + minLabelWidth <= input.width);
  return {
    width: input.width,
    height: input.headerHeight + RF_CODES.length * input.rowHeight,
    rows,
    cells,
    labels,
    columnWidth,
  };
}
