import { describe, expect, it } from 'vitest';
import { DIMENSION_COUNT, DIMENSIONS, fromVector, toVector } from '../../../indicators/risk/dimensions.ts';
import {
  addDays,
  addToDay,
  daysBetween,
  decay,
  levelOf,
  reliabilityWeight,
  scoreOf,
  valuesOf,
} from '../../../indicators/risk/risk-model.ts';

describe('risk model', () => {
  it('tracks 17 dimensions in a fixed order: RF1–RF14 then the three crimes', () => {
    expect(DIMENSION_COUNT).toBe(17);
    expect(DIMENSIONS[0]).toBe('RF1');
    expect(DIMENSIONS.slice(14)).toEqual(['genocide', 'crimes_against_humanity', 'war_crimes']);
    const v = toVector({ RF3: 0.5 }, { war_crimes: 0.25 });
    expect(fromVector(v)).toMatchObject({ riskFactors: { RF3: 0.5, RF1: 0 }, crimes: { war_crimes: 0.25 } });
  });

  it('weighs reliable sources more, and treats "cannot be judged" as neutral rather than worst', () => {
    expect(reliabilityWeight('A1')).toBe(1);
    expect(reliabilityWeight('A1')).toBeGreaterThan(reliabilityWeight('B2'));
    expect(reliabilityWeight('B2')).toBeGreaterThan(reliabilityWeight('F6'));
    expect(reliabilityWeight('F6')).toBeGreaterThan(reliabilityWeight('E5'));
  });

  it('combines the reports of one day by noisy-OR, so repeated coverage saturates', () => {
    const report = toVector({ RF11: 0.6 }, {});
    let day = new Array(DIMENSION_COUNT).fill(0);
    for (let i = 0; i < 50; i++) day = addToDay(day, report, 1);
    expect(day[10]).toBeLessThanOrEqual(1);
    expect(addToDay(new Array(DIMENSION_COUNT).fill(0), report, 0.5)[10]).toBeCloseTo(0.3);
    const twice = addToDay(addToDay(new Array(DIMENSION_COUNT).fill(0), report, 1), report, 1)[10]!;
    expect(twice).toBeCloseTo(1 - 0.4 * 0.4);
  });

  it('halves evidence every half-life', () => {
    expect(decay(30)).toBeCloseTo(0.5);
    expect(decay(60)).toBeCloseTo(0.25);
    expect(decay(10, { halfLifeDays: 10 })).toBeCloseTo(0.5);
  });

  it('maps evidence to bounded values and a monotone score with documented level bands', () => {
    const small = valuesOf(toVector({ RF1: 0.5 }, {}));
    const large = valuesOf(toVector({ RF1: 5, RF11: 5, RF13: 5 }, {}));
    expect(small[0]).toBeGreaterThan(0);
    expect(Math.max(...large)).toBeLessThan(1);
    expect(scoreOf(large)).toBeGreaterThan(scoreOf(small));
    expect([0, 19.99, 20, 39.99, 40, 59.99, 60, 100].map(levelOf)).toEqual([
      'low',
      'low',
      'moderate',
      'moderate',
      'high',
      'high',
      'very_high',
      'very_high',
    ]);
  });

  it('does calendar arithmetic in UTC days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2025-12-25', '2026-01-24')).toBe(30);
  });
});
