import { afterEach, describe, expect, it } from 'vitest';
import { alertFiltersToParams, paramsToAlertFilters } from '../../web/src/api/alerts.ts';
import {
  bandAt,
  conditionText,
  formatChange,
  formatMetric,
  metricLabel,
  persistenceText,
} from '../../web/src/components/alert-labels.ts';
import { locale } from '../../web/src/i18n/index.ts';

describe('conditions in words', () => {
  afterEach(() => locale.set('en'));

  it('names a score level by its band when the value starts one', () => {
    expect(bandAt(40)).toBe('high');
    expect(bandAt(60)).toBe('very_high');
    expect(bandAt(45)).toBeUndefined();
    expect(bandAt(0)).toBeUndefined();
    expect(conditionText({ metric: 'score', kind: 'level', value: 40 }, 'event')).toBe(
      'Score reached high (≥ 40)',
    );
    expect(conditionText({ metric: 'score', kind: 'level', value: 45 }, 'rule')).toBe('Score reaches 45');
  });

  it('writes risk factors and crimes on their 0–1 scale, with the window of a rise', () => {
    expect(conditionText({ metric: 'RF10', kind: 'rise', value: 0.2, windowDays: 30 }, 'event')).toBe(
      'Risk factor RF10 rose by at least 0.20 within 30 days',
    );
    expect(conditionText({ metric: 'genocide', kind: 'level', value: 0.5 }, 'rule')).toBe(
      'Genocide risk reaches 0.50',
    );
    expect(conditionText({ metric: 'score', kind: 'rise', value: 15, windowDays: 1 }, 'rule')).toBe(
      'Score rises by at least 15 within a day',
    );
    // A rise without a window uses the contract's default of 30 days.
    expect(conditionText({ metric: 'score', kind: 'rise', value: 15, windowDays: null }, 'rule')).toBe(
      'Score rises by at least 15 within 30 days',
    );
  });

  it('reads naturally in Spanish, with a decimal comma', () => {
    locale.set('es');
    expect(conditionText({ metric: 'score', kind: 'level', value: 40 }, 'event')).toBe(
      'El puntaje llegó a nivel alto (≥ 40)',
    );
    expect(conditionText({ metric: 'RF10', kind: 'rise', value: 0.2, windowDays: 30 }, 'event')).toBe(
      'El factor de riesgo RF10 subió al menos 0,20 en 30 días',
    );
    expect(persistenceText(3)).toBe('3 días seguidos');
    expect(metricLabel('war_crimes')).toBe('Crímenes de guerra');
  });

  it('formats values and signed changes on each metric’s scale', () => {
    expect(formatMetric('score', 41.26)).toBe('41.3');
    expect(formatMetric('RF3', 0.5)).toBe('0.50');
    expect(formatChange('score', 15.04)).toBe('+15');
    expect(formatChange('RF3', -0.123)).toBe('-0.12');
    expect(formatChange('score', 0)).toBe('0');
    expect(metricLabel('score')).toBe('Score');
    expect(metricLabel('RF10')).toMatch(/^RF10 · /);
  });
});

describe('the inbox filters in the URL', () => {
  it('read back what they wrote, and ignore anything malformed', () => {
    const params = alertFiltersToParams({ status: 'open', country: 'SDN' });
    expect(params.toString()).toBe('status=open&country=SDN');
    expect(paramsToAlertFilters(params)).toEqual({ status: 'open', country: 'SDN' });
    expect(paramsToAlertFilters(new URLSearchParams('status=closed&country=sudan'))).toEqual({});
    expect(paramsToAlertFilters(new URLSearchParams('country=mmr'))).toEqual({ country: 'MMR' });
  });
});
