import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_SPAN, sparkline, sparklineDomain, sparklineSummary } from '../../../web/src/charts/sparkline.ts';

/** The points of an "M…L…L…" path. */
const points = (d: string) =>
  [...d.matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

describe('sparklineDomain', () => {
  it("keeps a series' own range when it spans at least one level band", () => {
    expect(sparklineDomain([10, 80, 45])).toEqual([10, 80]);
  });

  it('widens a nearly flat series around its middle, so a drift of 0.4 points stays a drift', () => {
    expect(sparklineDomain([30, 30.4])).toEqual([20.2, 40.2]);
  });

  it('widens inside 0–100', () => {
    expect(sparklineDomain([5, 6])).toEqual([0, MIN_SPAN]);
    expect(sparklineDomain([95, 99])).toEqual([100 - MIN_SPAN, 100]);
  });
});

describe('sparkline', () => {
  it('draws one point per value, left to right across the box, higher scores higher up', () => {
    const { d, last } = sparkline([10, 40, 25, 70], 96, 24, 2);
    const drawn = points(d);
    expect(drawn).toHaveLength(4);
    expect(drawn[0]![0]).toBe(2);
    expect(drawn[3]![0]).toBe(94);
    expect(drawn[3]![1]).toBe(2); // the maximum touches the top padding
    expect(drawn[0]![1]).toBe(22); // the minimum the bottom one
    expect(drawn[1]![1]).toBeLessThan(drawn[2]![1]);
    expect(last).toEqual({ x: 94, y: 2 });
  });

  it('draws nothing for an empty series and a single point for one value', () => {
    expect(sparkline([], 96, 24)).toMatchObject({ d: '', last: undefined });
    const one = sparkline([50], 96, 24);
    expect(points(one.d)).toHaveLength(1);
    expect(one.last).toEqual({ x: 2, y: 12 });
  });

  it('keeps every point inside the box for any scores', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 36 }),
        (values) => {
          for (const [x, y] of points(sparkline(values, 96, 24, 2).d)) {
            expect(x).toBeGreaterThanOrEqual(2 - 0.05);
            expect(x).toBeLessThanOrEqual(94 + 0.05);
            expect(y).toBeGreaterThanOrEqual(2 - 0.05);
            expect(y).toBeLessThanOrEqual(22 + 0.05);
          }
        },
      ),
    );
  });
});

describe('sparklineSummary', () => {
  it('gives first, last, lowest and highest, or nothing for an empty series', () => {
    expect(sparklineSummary([20, 5, 60, 30])).toEqual({ first: 20, last: 30, min: 5, max: 60 });
    expect(sparklineSummary([])).toBeUndefined();
  });
});
