import { describe, expect, it } from 'vitest';
import {
  backtestBars,
  backtestSummary,
  fillMonths,
  type MonthCount,
  monthsBetween,
} from '../../../web/src/charts/backtest.ts';

describe('monthsBetween', () => {
  it('lists every calendar month of the period, across years, both ends included', () => {
    expect(monthsBetween('2024-11-15', '2025-02-03')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2025-03-01', '2025-03-31')).toEqual(['2025-03']);
  });

  it('is empty for a reversed or malformed period', () => {
    expect(monthsBetween('2025-03-01', '2025-01-01')).toEqual([]);
    expect(monthsBetween('nonsense', '2025-01-01')).toEqual([]);
  });

  it('gives 37 months for three years', () => {
    expect(monthsBetween('2023-03-04', '2026-03-04')).toHaveLength(37);
  });
});

describe('fillMonths', () => {
  it('puts zero in the months the server did not list, and accepts full dates as months', () => {
    expect(
      fillMonths(
        [
          { month: '2025-02', alerts: 3 },
          { month: '2025-04-01', alerts: 1 },
        ],
        '2025-01-10',
        '2025-04-20',
      ),
    ).toEqual([
      { month: '2025-01', alerts: 0 },
      { month: '2025-02', alerts: 3 },
      { month: '2025-03', alerts: 0 },
      { month: '2025-04', alerts: 1 },
    ]);
  });

  it('keeps a count outside the period rather than dropping alerts', () => {
    expect(fillMonths([{ month: '2024-12', alerts: 2 }], '2025-01-01', '2025-01-31')).toEqual([
      { month: '2024-12', alerts: 2 },
      { month: '2025-01', alerts: 0 },
    ]);
  });
});

describe('backtestBars', () => {
  const months: MonthCount[] = [
    { month: '2025-01', alerts: 0 },
    { month: '2025-02', alerts: 8 },
    { month: '2025-03', alerts: 2 },
    { month: '2025-04', alerts: 4 },
  ];
  // Plot: x 40–440, y 10 (top) – 110 (0).
  const box = { width: 460, height: 140, margin: { top: 10, right: 20, bottom: 30, left: 40 } };

  it('draws one bar a month, as tall as its count on a 0-based scale, in order', () => {
    const g = backtestBars({ ...box, months });
    expect(g.plot).toEqual({ left: 40, top: 10, width: 400, height: 100 });
    expect(g.bars.map((b) => b.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    expect(g.bars.map((b) => b.height)).toEqual([0, 100, 25, 50]);
    for (const bar of g.bars) expect(bar.y + bar.height).toBeCloseTo(110);
    const xs = g.bars.map((b) => b.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(g.bars[0]!.x).toBeGreaterThanOrEqual(40);
    expect(g.bars[3]!.x + g.bars[3]!.width).toBeLessThanOrEqual(440);
    // Bars do not touch: there is a gap between neighbours.
    expect(g.bars[1]!.x - (g.bars[0]!.x + g.bars[0]!.width)).toBeGreaterThan(0);
  });

  it('does not make a single alert look like many: the scale goes to at least 4', () => {
    const g = backtestBars({ ...box, months: [{ month: '2025-01', alerts: 1 }] });
    expect(g.bars[0]!.height).toBe(25);
    expect(g.yTicks.map((tick) => tick.value)).toEqual([0, 1, 2, 3, 4]);
  });

  it('labels only whole numbers of alerts', () => {
    const g = backtestBars({ ...box, months: [{ month: '2025-01', alerts: 7 }] });
    expect(g.yTicks.every((tick) => Number.isInteger(tick.value))).toBe(true);
    expect(g.bars[0]!.height).toBe(100);
    // The ticks sit on the bars' scale: 7 at the top of the plot, 0 at its bottom.
    for (const tick of g.yTicks) expect(tick.y).toBeCloseTo(110 - (tick.value / 7) * 100);
  });

  it('labels every month when there is room, and only every 6, 12 or 24 months when there is not', () => {
    expect(backtestBars({ ...box, months }).xTicks.map((tick) => tick.month)).toEqual(
      months.map((m) => m.month),
    );
    const three = Array.from({ length: 37 }, (_, i) => {
      const date = new Date(Date.UTC(2023, 2 + i, 1));
      return { month: date.toISOString().slice(0, 7), alerts: i % 3 };
    });
    const narrow = backtestBars({ ...box, months: three });
    const labels = narrow.xTicks.map((tick) => tick.month);
    // 37 bars in 400px leave ~10px a month: every 6 months (January and July) fits 56px labels.
    expect(labels).toEqual(['2023-07', '2024-01', '2024-07', '2025-01', '2025-07', '2026-01']);
    // 140px for 37 months: one label every two years, on Januaries of even years.
    const tiny = backtestBars({ ...box, width: 200, months: three });
    expect(tiny.xTicks.map((tick) => tick.month)).toEqual(['2024-01', '2026-01']);
  });

  it('centres each label on its bar', () => {
    const g = backtestBars({ ...box, months });
    for (const [i, tick] of g.xTicks.entries())
      expect(tick.x).toBeCloseTo(g.bars[i]!.x + g.bars[i]!.width / 2);
  });
});

describe('backtestSummary', () => {
  it('counts countries with alerts, alerts still holding, and the busiest month', () => {
    const summary = backtestSummary(
      3,
      [
        { country: 'SDN', triggeredAt: '2025-01-02', clearedAt: '2025-01-09' },
        { country: 'SDN', triggeredAt: '2025-02-02', clearedAt: null },
        { country: 'MMR', triggeredAt: '2025-02-12', clearedAt: '2025-03-01' },
      ],
      [
        { country: 'SDN', alerts: 2 },
        { country: 'MMR', alerts: 1 },
        { country: 'HTI', alerts: 0 },
      ],
      [
        { month: '2025-01', alerts: 1 },
        { month: '2025-02', alerts: 2 },
      ],
    );
    expect(summary).toEqual({
      total: 3,
      countries: 2,
      stillHolding: 1,
      peakMonth: { month: '2025-02', alerts: 2 },
    });
  });

  it('has no busiest month when nothing fired', () => {
    expect(backtestSummary(0, [], [], [{ month: '2025-01', alerts: 0 }]).peakMonth).toBeUndefined();
  });
});
