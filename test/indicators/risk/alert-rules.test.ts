import { describe, expect, it } from 'vitest';
import { changeAt, conditionByDay, lookbackDays, runsOf } from '../../../indicators/risk/alert-rules.ts';

describe('alert rules', () => {
  it('holds a level condition on the days the metric reaches the value', () => {
    expect(conditionByDay([10, 39.99, 40, 55, 20], { kind: 'level', value: 40 })).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it('measures a rise from the lowest value inside the window, not only from the window start', () => {
    // 0 → 30 → 10 → 26: from the dip at 10 the metric rose 16 within 3 days.
    const values = [0, 30, 10, 26];
    expect(conditionByDay(values, { kind: 'rise', value: 15, windowDays: 3 })).toEqual([
      false,
      true,
      false,
      true,
    ]);
    // With a window of 1 day only the last step (10 → 26) counts.
    expect(conditionByDay(values, { kind: 'rise', value: 17, windowDays: 1 })).toEqual([
      false,
      true,
      false,
      false,
    ]);
    // Old lows drop out of the window.
    expect(conditionByDay([0, 20, 20, 20], { kind: 'rise', value: 15, windowDays: 1 })).toEqual([
      false,
      true,
      false,
      false,
    ]);
  });

  it('triggers only runs that last the persistence, on the day they have lasted it', () => {
    const values = [50, 10, 50, 50, 50, 10, 50, 50];
    const rule = { kind: 'level' as const, value: 40, persistenceDays: 2 };
    expect(runsOf(values, rule)).toEqual([
      { start: 2, trigger: 3, end: 5, peak: 50 },
      { start: 6, trigger: 7, end: null, peak: 50 },
    ]);
    expect(runsOf(values, { ...rule, persistenceDays: 3 })).toEqual([
      { start: 2, trigger: 4, end: 5, peak: 50 },
    ]);
    expect(runsOf(values, { ...rule, persistenceDays: 4 })).toEqual([]);
  });

  it('records the peak of a run', () => {
    expect(runsOf([0, 45, 70, 41, 0], { kind: 'level', value: 40 })).toEqual([
      { start: 1, trigger: 1, end: 4, peak: 70 },
    ]);
  });

  it('gives the change that goes with an alert and the look-back a rule needs', () => {
    const values = Array.from({ length: 40 }, (_, i) => i);
    expect(changeAt(values, 35, { kind: 'level', value: 30 })).toBe(30);
    expect(changeAt([5, 1, 9], 2, { kind: 'rise', value: 5, windowDays: 2 })).toBe(8);
    expect(lookbackDays({ kind: 'rise', value: 1, windowDays: 30, persistenceDays: 3 })).toBe(32);
    expect(lookbackDays({ kind: 'level', value: 1 })).toBe(0);
  });
});
