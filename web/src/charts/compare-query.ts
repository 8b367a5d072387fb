// The compare page's URL: `?countries=SDN,MMR&from=&to=`. Pure: no DOM.
import { findCountry } from '../../../indicators/countries.ts';

/** How many countries one chart compares at most (more lines would no longer be told apart). */
export const MAX_COUNTRIES = 5;

/** `?countries=SDN,mmr` read back: known codes only, upper case, each once, at most five, in the given order. */
export function countriesFromQuery(search: URLSearchParams): string[] {
  const codes = (search.get('countries') ?? '')
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => findCountry(code) !== undefined);
  return [...new Set(codes)].slice(0, MAX_COUNTRIES);
}

/** The query string with the countries written as the contract does ("SDN,MMR", the comma unescaped). */
export function compareQuery(search: URLSearchParams, countries: readonly string[]): string {
  const next = new URLSearchParams(search);
  if (countries.length) next.set('countries', countries.join(','));
  else next.delete('countries');
  return queryString(next);
}

/** `search` as a string, keeping commas readable (they need no escaping in a query). */
export function queryString(search: URLSearchParams): string {
  return search.toString().replaceAll('%2C', ',');
}
