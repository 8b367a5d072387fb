import { describe, expect, it } from 'vitest';
import {
  addMonths,
  clampPeriod,
  intervalFor,
  isIsoDate,
  matchingPreset,
  periodFromQuery,
  presetPeriod,
  withPeriod,
} from '../../web/src/charts/period.ts';

const bounds = { from: '2024-06-15', to: '2025-12-31' };

describe('the period helpers of the country and compare pages', () => {
  it('accept only real calendar days', () => {
    expect(isIsoDate('2025-02-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-01', '20250101', '', null, undefined, 20250101]) {
      expect(isIsoDate(bad), String(bad)).toBe(false);
    }
  });

  it('move by months without spilling into the next month', () => {
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2025-01-15', -12)).toBe('2024-01-15');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('turn presets into calendar spans ending on the last day, and "all" into the span of the data', () => {
    expect(presetPeriod('3m', bounds)).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(presetPeriod('1y', bounds)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('all', bounds)).toEqual(bounds);
    // Data that started in June: a year is still a year (the months before show as empty, not hidden).
    expect(presetPeriod('1y', { from: '2025-06-01', to: '2025-12-31' })).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
  });

  it('recognise which preset a period is', () => {
    expect(matchingPreset({ from: '2025-10-01', to: '2025-12-31' }, bounds)).toBe('3m');
    expect(matchingPreset(bounds, bounds)).toBe('all');
    expect(matchingPreset({ from: '2025-10-02', to: '2025-12-31' }, bounds)).toBeUndefined();
  });

  it('read a period from the URL only when both ends are days in order', () => {
    expect(periodFromQuery(new URLSearchParams('from=2025-01-01&to=2025-03-01'))).toEqual({
      from: '2025-01-01',
      to: '2025-03-01',
    });
    expect(periodFromQuery(new URLSearchParams('from=2025-03-01&to=2025-01-01'))).toBeUndefined();
    expect(periodFromQuery(new URLSearchParams('from=2025-01-01'))).toBeUndefined();
    expect(periodFromQuery(new URLSearchParams('from=yesterday&to=2025-01-01'))).toBeUndefined();
  });

  it('write the period into the query and keep the other parameters', () => {
    const query = withPeriod(new URLSearchParams('countries=SDN,MMR&from=2020-01-01'), {
      from: '2025-01-01',
      to: '2025-02-01',
    });
    expect(query.get('countries')).toBe('SDN,MMR');
    expect(query.get('from')).toBe('2025-01-01');
    expect(query.get('to')).toBe('2025-02-01');
  });

  it('clamp a period into bounds, collapsing one that lies outside', () => {
    expect(clampPeriod({ from: '2020-01-01', to: '2025-01-01' }, bounds)).toEqual({
      from: '2024-06-15',
      to: '2025-01-01',
    });
    expect(clampPeriod({ from: '2026-02-01', to: '2026-03-01' }, bounds)).toEqual({
      from: '2025-12-31',
      to: '2025-12-31',
    });
  });

  it('ask for daily points up to about a year and weekly ones beyond', () => {
    expect(intervalFor({ from: '2025-01-01', to: '2025-12-31' })).toBe('day');
    expect(intervalFor({ from: '2023-01-01', to: '2025-12-31' })).toBe('week');
  });
});
