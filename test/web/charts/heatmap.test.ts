import { describe, expect, it } from 'vitest';
import { RF_CODES } from '../../../indicators/risk-factors.ts';
import {
  columnUnitFor,
  type FactorPoint,
  HEAT_CLASSES,
  heatClass,
  heatColumns,
  heatmapGeometry,
  PRESENCE_THRESHOLD,
  periodMaxima,
  weekStart,
} from '../../../web/src/charts/heatmap.ts';

/** WCAG relative luminance of a #rrggbb colour: what a greyscale print keeps. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

const point = (date: string, values: Partial<Record<(typeof RF_CODES)[number], number>>): FactorPoint => ({
  date,
  riskFactors: values,
});

describe('the heat map colour classes', () => {
  it('cover [0, 1] without gaps, starting at the presence threshold', () => {
    expect(HEAT_CLASSES[0]!.from).toBe(0);
    expect(HEAT_CLASSES[1]!.from).toBe(PRESENCE_THRESHOLD);
    expect(HEAT_CLASSES.at(-1)!.to).toBe(1);
    for (let i = 1; i < HEAT_CLASSES.length; i++) expect(HEAT_CLASSES[i]!.from).toBe(HEAT_CLASSES[i - 1]!.to);
  });

  it('get darker at every step, so they keep their order in greyscale', () => {
    const lums = HEAT_CLASSES.map((c) => luminance(c.fill));
    for (let i = 1; i < lums.length; i++) {
      // Neighbouring classes differ enough to tell apart on paper (a luminance ratio of at least 1.3).
      expect((lums[i - 1]! + 0.05) / (lums[i]! + 0.05), `class ${i}`).toBeGreaterThan(1.3);
    }
  });

  it('puts each value in its class, with the ends included', () => {
    expect(heatClass(0)).toBe(0);
    expect(heatClass(0.049)).toBe(0);
    expect(heatClass(0.05)).toBe(1);
    expect(heatClass(0.5)).toBe(3);
    expect(heatClass(1)).toBe(5);
    expect(heatClass(1.2)).toBe(5);
    expect(heatClass(-0.1)).toBe(0);
  });
});

describe('heatColumns', () => {
  it('groups days into ISO weeks (Monday to Sunday), each factor at its highest value', () => {
    expect(weekStart('2025-03-05')).toBe('2025-03-03'); // a Wednesday
    expect(weekStart('2025-03-03')).toBe('2025-03-03');
    expect(weekStart('2025-03-09')).toBe('2025-03-03'); // Sunday ends the week
    const columns = heatColumns(
      [
        point('2025-03-07', { RF1: 0.3 }),
        point('2025-03-09', { RF1: 0.2, RF11: 0.1 }),
        point('2025-03-10', { RF1: 0.05 }),
      ],
      'week',
    );
    expect(columns.map((c) => [c.key, c.from, c.to])).toEqual([
      ['2025-03-03', '2025-03-07', '2025-03-09'],
      ['2025-03-10', '2025-03-10', '2025-03-10'],
    ]);
    expect(columns[0]!.values.RF1).toBe(0.3);
    expect(columns[0]!.values.RF11).toBe(0.1);
    expect(columns[0]!.values.RF14).toBe(0);
    expect(columns[1]!.values.RF1).toBe(0.05);
  });

  it('groups by calendar month', () => {
    const columns = heatColumns(
      [
        point('2025-01-31', { RF2: 0.4 }),
        point('2025-02-01', { RF2: 0.1 }),
        point('2025-02-28', { RF2: 0.2 }),
      ],
      'month',
    );
    expect(columns.map((c) => [c.key, c.values.RF2])).toEqual([
      ['2025-01', 0.4],
      ['2025-02', 0.2],
    ]);
  });

  it('uses weeks up to about six months and months beyond', () => {
    expect(columnUnitFor({ from: '2025-01-01', to: '2025-06-01' })).toBe('week');
    expect(columnUnitFor({ from: '2025-01-01', to: '2025-12-31' })).toBe('month');
  });
});

describe('periodMaxima', () => {
  it('takes every factor at its highest value over the period', () => {
    const maxima = periodMaxima([
      point('2025-01-01', { RF3: 0.2 }),
      point('2025-01-02', { RF3: 0.1, RF9: 0.7 }),
    ]);
    expect(maxima.RF3).toBe(0.2);
    expect(maxima.RF9).toBe(0.7);
    expect(Object.keys(maxima)).toEqual([...RF_CODES]);
  });
});

describe('heatmapGeometry', () => {
  const columns = heatColumns(
    [point('2025-01-06', { RF1: 0.9 }), point('2025-01-13', { RF14: 0.3 }), point('2025-01-20', {})],
    'week',
  );

  it('lays 14 rows by one column per week, right of the labels and below the header', () => {
    const g = heatmapGeometry({ columns, width: 500, labelWidth: 200, rowHeight: 20, headerHeight: 30 });
    expect(g.rows.map((r) => r.code)).toEqual([...RF_CODES]);
    expect(g.height).toBe(30 + 14 * 20);
    expect(g.cells).toHaveLength(3 * 14);
    expect(g.columnWidth).toBe(100);
    const rf1 = g.cells.find((c) => c.code === 'RF1' && c.column === 0)!;
    expect([rf1.x, rf1.y, rf1.width, rf1.height, rf1.value]).toEqual([200, 30, 100, 20, 0.9]);
    expect(rf1.fill).toBe(HEAT_CLASSES[5]!.fill);
    const rf14 = g.cells.find((c) => c.code === 'RF14' && c.column === 1)!;
    expect([rf14.x, rf14.y]).toEqual([300, 30 + 13 * 20]);
    expect(rf14.fill).toBe(HEAT_CLASSES[2]!.fill);
  });

  it('thins out the column labels so they do not overlap', () => {
    const many = heatColumns(
      Array.from({ length: 52 }, (_, i) =>
        point(new Date(Date.UTC(2025, 0, 6 + 7 * i)).toISOString().slice(0, 10), {}),
      ),
      'week',
    );
    const g = heatmapGeometry({
      columns: many,
      width: 720,
      labelWidth: 200,
      rowHeight: 20,
      headerHeight: 30,
      minLabelWidth: 60,
    });
    expect(g.cells).toHaveLength(52 * 14);
    for (let i = 1; i < g.labels.length; i++)
      expect(g.labels[i]!.x - g.labels[i - 1]!.x).toBeGreaterThanOrEqual(60);
    expect(g.labels[0]!.column).toBe(0);
    // None runs past the right edge.
    for (const label of g.labels) expect(label.x + 60).toBeLessThanOrEqual(720);
    expect(g.labels.length).toBeGreaterThan(4);
  });

  it('draws nothing without data', () => {
    const g = heatmapGeometry({ columns: [], width: 500, labelWidth: 200, rowHeight: 20, headerHeight: 30 });
    expect(g.cells).toEqual([]);
    expect(g.labels).toEqual([]);
  });
});
