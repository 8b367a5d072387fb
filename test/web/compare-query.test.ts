import { describe, expect, it } from 'vitest';
import { compareQuery, countriesFromQuery, queryString } from '../../web/src/charts/compare-query.ts';

describe('the compare page URL', () => {
  it('reads known codes in order, upper-cased, each once, at most five', () => {
    expect(countriesFromQuery(new URLSearchParams('countries=SDN,MMR'))).toEqual(['SDN', 'MMR']);
    expect(countriesFromQuery(new URLSearchParams('countries=sdn, mmr ,XX,SDN,,COL'))).toEqual([
      'SDN',
      'MMR',
      'COL',
    ]);
    expect(countriesFromQuery(new URLSearchParams('countries=SDN,MMR,COL,UKR,BRA,ARG'))).toEqual([
      'SDN',
      'MMR',
      'COL',
      'UKR',
      'BRA',
    ]);
    expect(countriesFromQuery(new URLSearchParams(''))).toEqual([]);
  });

  it('writes the list with plain commas and keeps the period', () => {
    const search = new URLSearchParams('countries=SDN&from=2025-01-01&to=2025-03-31');
    expect(compareQuery(search, ['SDN', 'MMR'])).toBe('countries=SDN,MMR&from=2025-01-01&to=2025-03-31');
    expect(compareQuery(search, [])).toBe('from=2025-01-01&to=2025-03-31');
    expect(queryString(new URLSearchParams({ countries: 'A,B', q: 'x y' }))).toBe('countries=A,B&q=x+y');
  });
});
