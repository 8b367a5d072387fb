import { describe, expect, it } from 'vitest';
import {
  filtersToParams,
  filtersToUrlParams,
  type ReportFilters,
  urlParamsToFilters,
} from '../../web/src/api/reports.ts';

const all: ReportFilters = {
  q: 'burned homes',
  country: 'SDN',
  from: '2026-01-01',
  to: '2026-03-31',
  lang: 'es',
  minScore: 40,
  riskFactor: 'RF11',
  crime: 'war_crimes',
};

describe('the reports list’s filters', () => {
  it('go to the API as its query, and to the page URL with `language` (the URL’s `lang` is the UI language)', () => {
    expect(filtersToParams(all).toString()).toBe(
      'q=burned+homes&country=SDN&from=2026-01-01&to=2026-03-31&lang=es&minScore=40&riskFactor=RF11&crime=war_crimes',
    );
    const url = filtersToUrlParams(all);
    expect(url.get('language')).toBe('es');
    expect(url.has('lang')).toBe(false);
    expect(filtersToParams({}).toString()).toBe('');
  });

  it('come back from the URL unchanged', () => {
    expect(urlParamsToFilters(filtersToUrlParams(all))).toEqual(all);
    expect(urlParamsToFilters(new URLSearchParams(''))).toEqual({});
  });

  it('ignore malformed values in a shared link instead of breaking the page', () => {
    const params = new URLSearchParams({
      q: '   ',
      country: 'Sudan',
      from: '1 March',
      language: 'Spanish',
      minScore: '250',
      riskFactor: 'RF15',
      crime: 'theft',
    });
    expect(urlParamsToFilters(params)).toEqual({});
    expect(urlParamsToFilters(new URLSearchParams('country=sdn&minScore=0'))).toEqual({ country: 'SDN' });
  });
});
