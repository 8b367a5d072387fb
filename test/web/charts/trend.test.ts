import { describe, expect, it } from 'vitest';
import { LEVEL_FILL } from '../../../web/src/charts/levels.ts';
import {
  dataSpan,
  type LineSeries,
  periodAt,
  pixelsOf,
  placeLabels,
  SERIES_STYLES,
  trendGeometry,
} from '../../../web/src/charts/trend.ts';

const margin = { top: 10, right: 20, bottom: 30, left: 40 };
// A 400 × 140 plot: x from 40 to 440, y from 10 (100) to 150 (0).
const box = { width: 460, height: 180, margin };

const score: LineSeries = {
  id: 'SDN',
  label: 'Sudan',
  points: [
    { date: '2025-01-01', value: 0 },
    { date: '2025-01-11', value: 50 },
    { date: '2025-01-21', value: 100 },
  ],
};

describe('trendGeometry', () => {
  it('places points on a day axis and a 0–100 value axis', () => {
    const g = trendGeometry({ ...box, series: [score] });
    expect(g.plot).toEqual({ left: 40, top: 10, width: 400, height: 140 });
    expect(g.lines[0]!.points.map((p) => [p.x, p.y])).toEqual([
      [40, 150],
      [240, 80],
      [440, 10],
    ]);
    expect(g.lines[0]!.d).toBe('M40,150L240,80L440,10');
    expect(g.domain).toEqual({ from: '2025-01-01', to: '2025-01-21' });
  });

  it('draws the four level bands stacked from 0 to 100, each with the shared level fill', () => {
    const g = trendGeometry({ ...box, series: [score], bands: true });
    expect(g.bands.map((b) => b.level)).toEqual(['low', 'moderate', 'high', 'very_high']);
    expect(g.bands.map((b) => [b.y, b.height])).toEqual([
      [122, 28],
      [94, 28],
      [66, 28],
      [10, 56],
    ]);
    expect(g.bands[3]!.fill).toBe(LEVEL_FILL.very_high);
    expect(trendGeometry({ ...box, series: [score] }).bands).toEqual([]);
  });

  it('clamps values to the axis and drops points outside the domain', () => {
    const g = trendGeometry({
      ...box,
      series: [{ ...score, points: [...score.points, { date: '2025-02-01', value: 140 }] }],
      domain: { from: '2025-01-11', to: '2025-01-21' },
    });
    expect(g.lines[0]!.points.map((p) => p.date)).toEqual(['2025-01-11', '2025-01-21']);
    expect(g.lines[0]!.points[0]!.x).toBe(40);
    const high = trendGeometry({
      ...box,
      series: [{ id: 'x', label: 'x', points: [{ date: '2025-01-01', value: 140 }] }],
    });
    expect(high.lines[0]!.points[0]!.y).toBe(10);
  });

  it('uses a 0–1 axis for risk factors and crimes', () => {
    const g = trendGeometry({
      ...box,
      yMax: 1,
      series: [{ id: 'genocide', label: 'Genocide', points: [{ date: '2025-01-01', value: 0.5 }] }],
    });
    expect(g.lines[0]!.points[0]!.y).toBe(80);
    expect(g.yTicks.at(-1)).toEqual({ y: 10, value: 1 });
  });

  it('keeps alert markers inside the domain at their day, with their labels', () => {
    const g = trendGeometry({
      ...box,
      series: [score],
      markers: [
        { date: '2025-01-11', label: 'Score above 40' },
        { date: '2024-12-01', label: 'Before the chart' },
        { date: '2025-03-01', label: 'After the chart' },
      ],
    });
    expect(g.markers).toEqual([{ x: 240, date: '2025-01-11', label: 'Score above 40' }]);
  });

  it('gives every line its own dash pattern and symbol, and a label beside its last point', () => {
    const series = SERIES_STYLES.map((_, i) => ({
      id: `c${i}`,
      label: `Country ${i}`,
      points: [
        { date: '2025-01-01', value: 10 * i },
        { date: '2025-01-21', value: 20 + i },
      ],
    }));
    const g = trendGeometry({ ...box, series });
    expect(new Set(g.lines.map((l) => l.style.dash)).size).toBe(SERIES_STYLES.length);
    expect(new Set(g.lines.map((l) => l.symbol)).size).toBe(SERIES_STYLES.length);
    const ys = g.lines.map((l) => l.labelY).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(14);
  });

  it('widens a single-day domain instead of dividing by zero', () => {
    const g = trendGeometry({
      ...box,
      series: [{ id: 'a', label: 'a', points: [{ date: '2025-01-01', value: 30 }] }],
    });
    expect(Number.isFinite(g.lines[0]!.points[0]!.x)).toBe(true);
    expect(g.lines[0]!.points[0]!.x).toBe(40);
  });

  it('has ticks inside the plot, fewer on a narrow chart', () => {
    const year: LineSeries = {
      id: 'y',
      label: 'y',
      points: [
        { date: '2024-01-01', value: 1 },
        { date: '2024-12-31', value: 2 },
      ],
    };
    const wide = trendGeometry({ width: 1000, height: 200, series: [year] });
    const narrow = trendGeometry({ width: 300, height: 200, series: [year] });
    expect(narrow.xTicks.length).toBeLessThan(wide.xTicks.length);
    for (const tick of wide.xTicks) {
      expect(tick.x).toBeGreaterThanOrEqual(wide.plot.left);
      expect(tick.x).toBeLessThanOrEqual(wide.plot.left + wide.plot.width);
      expect(tick.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('dataSpan', () => {
  it('spans every series, and is undefined without points', () => {
    expect(dataSpan([score, { id: 'b', label: 'b', points: [{ date: '2024-12-25', value: 1 }] }])).toEqual({
      from: '2024-12-25',
      to: '2025-01-21',
    });
    expect(dataSpan([{ id: 'a', label: 'a', points: [] }])).toBeUndefined();
  });
});

describe('periodAt and pixelsOf', () => {
  const g = trendGeometry({ ...box, series: [score] });

  it('turn a brush selection into whole days and back', () => {
    expect(periodAt(g, [240, 440])).toEqual({ from: '2025-01-11', to: '2025-01-21' });
    expect(periodAt(g, [440, 240])).toEqual({ from: '2025-01-11', to: '2025-01-21' });
    // 19 px is just under one day (20 px): rounds to the nearest day.
    expect(periodAt(g, [59, 81])).toEqual({ from: '2025-01-02', to: '2025-01-03' });
    expect(pixelsOf(g, { from: '2025-01-11', to: '2025-01-21' })).toEqual([240, 440]);
  });

  it('keep the selection inside the chart', () => {
    expect(periodAt(g, [0, 1000])).toEqual({ from: '2025-01-01', to: '2025-01-21' });
    expect(pixelsOf(g, { from: '2024-01-01', to: '2026-01-01' })).toEqual([40, 440]);
  });
});

describe('placeLabels', () => {
  it('leaves labels that do not collide where they are', () => {
    expect(placeLabels([100, 20, 60], 14, 0, 200)).toEqual([100, 20, 60]);
  });

  it('pushes colliding labels apart and keeps their order', () => {
    expect(placeLabels([50, 52, 51], 10, 0, 200)).toEqual([50, 70, 60]);
  });

  it('stays above the bottom by pushing the stack upward', () => {
    expect(placeLabels([195, 198, 199], 10, 0, 200)).toEqual([180, 190, 200]);
  });

  it('keeps labels below the top', () => {
    expect(placeLabels([-5, 3], 10, 7, 200)).toEqual([7, 17]);
  });
});
