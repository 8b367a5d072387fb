import { describe, expect, it } from 'vitest';
import { conditionByDay } from '../../../indicators/risk/alert-rules.ts';
import {
  alertTrendGeometry,
  alertTrendPeriod,
  metricSeries,
  thresholdByDay,
} from '../../../web/src/charts/alert-trend.ts';
import { addDays } from '../../../web/src/charts/period.ts';
import type { TimePoint } from '../../../web/src/charts/trend.ts';

const days = (from: string, values: number[]): TimePoint[] =>
  values.map((value, i) => ({ date: addDays(from, i), value }));

// A 400 × 100 plot: x from 40 to 440 (11 days → 40px a day), y from 10 (top) to 110 (0).
const box = { width: 460, height: 140, margin: { top: 10, right: 20, bottom: 30, left: 40 } };

describe('metricSeries', () => {
  const series = [
    { date: '2025-01-01', score: 41.5, riskFactors: { RF10: 0.3 }, crimes: { genocide: 0.2 } },
    { date: '2025-01-02', score: 38, riskFactors: {}, crimes: { war_crimes: 0.7 } },
  ];

  it('picks the score, a risk factor or a crime out of each day, 0 where a day lacks it', () => {
    expect(metricSeries(series, 'score').map((p) => p.value)).toEqual([41.5, 38]);
    expect(metricSeries(series, 'RF10').map((p) => p.value)).toEqual([0.3, 0]);
    expect(metricSeries(series, 'genocide').map((p) => p.value)).toEqual([0.2, 0]);
    expect(metricSeries(series, 'war_crimes')).toEqual([
      { date: '2025-01-01', value: 0 },
      { date: '2025-01-02', value: 0.7 },
    ]);
  });
});

describe('alertTrendPeriod', () => {
  it('shows 90 days before the trigger to 30 after, and fetches a rise window more before that', () => {
    const { fetch, shown } = alertTrendPeriod(
      '2025-06-01',
      { kind: 'rise', value: 15, windowDays: 20 },
      '2026-01-01',
    );
    expect(shown).toEqual({ from: '2025-03-03', to: '2025-07-01' });
    expect(fetch).toEqual({ from: '2025-02-11', to: '2025-07-01' });
  });

  it('stops at today for a recent trigger, and needs no look-back for a level', () => {
    const { fetch, shown } = alertTrendPeriod('2025-06-01', { kind: 'level', value: 40 }, '2025-06-10');
    expect(shown).toEqual({ from: '2025-03-03', to: '2025-06-10' });
    expect(fetch).toEqual(shown);
  });

  it('never ends before the trigger day, even if the clock says otherwise', () => {
    expect(alertTrendPeriod('2025-06-01', { kind: 'level', value: 1 }, '2025-05-30').shown.to).toBe(
      '2025-06-01',
    );
  });
});

describe('thresholdByDay', () => {
  it('is the threshold itself for a level', () => {
    expect(thresholdByDay([1, 50, 3], { kind: 'level', value: 40 })).toEqual([40, 40, 40]);
  });

  it('is the lowest value of the window before each day plus the rise, as the engine measures it', () => {
    const values = [10, 8, 12, 20, 30, 31];
    const rule = { kind: 'rise' as const, value: 15, windowDays: 2 };
    expect(thresholdByDay(values, rule)).toEqual([25, 23, 23, 23, 27, 35]);
    // The chart's line and the engine agree: the condition holds exactly where the value reaches the line.
    const holds = conditionByDay(values, rule);
    expect(values.map((v, i) => v >= thresholdByDay(values, rule)[i]!)).toEqual(holds);
  });
});

describe('alertTrendGeometry', () => {
  const domain = { from: '2025-01-01', to: '2025-01-11' };

  it('draws a level threshold as a flat line across the plot, at its value', () => {
    const g = alertTrendGeometry({
      ...box,
      points: days('2025-01-01', [10, 20, 30, 40, 50, 60, 50, 40, 30, 20, 10]),
      rule: { kind: 'level', value: 40 },
      yMax: 100,
      domain,
      triggeredAt: '2025-01-04',
      clearedAt: '2025-01-09',
    });
    expect(g.plot).toEqual({ left: 40, top: 10, width: 400, height: 100 });
    expect(g.thresholdLine).toBe('M40,70L440,70');
    expect(g.days[0]).toMatchObject({ x: 40, y: 100, value: 10, threshold: 40, holds: false });
    expect(g.days[5]).toMatchObject({ x: 240, y: 50, holds: true });
    expect(g.valueLine.startsWith('M40,100L80,90L120,80')).toBe(true);
    expect(g.trigger).toEqual({ x: 160, date: '2025-01-04' });
    expect(g.cleared).toEqual({ x: 360, date: '2025-01-09' });
  });

  it('shades each stretch of days the condition held, half a day either side of its days', () => {
    const g = alertTrendGeometry({
      ...box,
      points: days('2025-01-01', [50, 10, 10, 45, 46, 47, 10, 10, 10, 10, 60]),
      rule: { kind: 'level', value: 40 },
      yMax: 100,
      domain,
      triggeredAt: '2025-01-04',
    });
    // Clipped at the plot's edges: the first and last days have only half a day inside.
    expect(g.held).toEqual([
      { x: 40, width: 20, from: '2025-01-01', to: '2025-01-01' },
      { x: 140, width: 120, from: '2025-01-04', to: '2025-01-06' },
      { x: 420, width: 20, from: '2025-01-11', to: '2025-01-11' },
    ]);
    expect(g.cleared).toBeUndefined();
  });

  it('follows a rise window day by day, using the look-back before the first day shown', () => {
    const g = alertTrendGeometry({
      ...box,
      // Two look-back days (0, 0) before the domain: the first shown day's window reaches them.
      points: days('2024-12-30', [0, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]),
      rule: { kind: 'rise', value: 5, windowDays: 2 },
      yMax: 100,
      domain,
      triggeredAt: '2025-01-01',
    });
    expect(g.days).toHaveLength(11);
    expect(g.days.slice(0, 4).map((d) => [d.threshold, d.holds])).toEqual([
      [5, true],
      [5, true],
      [10, false],
      [10, false],
    ]);
    expect(g.thresholdLine.startsWith('M40,105L80,105L120,100')).toBe(true);
    expect(g.held).toEqual([{ x: 40, width: 60, from: '2025-01-01', to: '2025-01-02' }]);
  });

  it('keeps values and a threshold above the scale inside the plot', () => {
    const g = alertTrendGeometry({
      ...box,
      points: days('2025-01-01', [0.9, 1.4]),
      rule: { kind: 'rise', value: 0.5, windowDays: 5 },
      yMax: 1,
      domain: { from: '2025-01-01', to: '2025-01-02' },
      triggeredAt: '2025-01-02',
    });
    expect(g.days.map((d) => d.y)).toEqual([20, 10]);
    expect(g.thresholdLine).toBe('M40,10L440,10');
    expect(g.days.map((d) => d.holds)).toEqual([false, true]);
  });

  it('leaves out markers outside the days shown', () => {
    const g = alertTrendGeometry({
      ...box,
      points: days('2025-01-01', [1, 2]),
      rule: { kind: 'level', value: 1 },
      yMax: 100,
      domain,
      triggeredAt: '2024-12-01',
      clearedAt: '2025-02-01',
    });
    expect(g.trigger).toBeUndefined();
    expect(g.cleared).toBeUndefined();
  });
});
