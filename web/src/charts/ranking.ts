// What the ranking table shows: its filters and its sort orders. Pure: no DOM, unit-tested without a browser.
import type { CrimeCode } from '../../../indicators/crimes.ts';
import type { RankingItem, Region } from '../api/overview.ts';
import type { RiskLevel } from './levels.ts';

export type SortKey = 'country' | 'score' | 'change30d' | 'lastReportDate' | 'structuralRisk' | 'crime';
export type SortDirection = 'ascending' | 'descending';

export interface RankingSort {
  key: SortKey;
  direction: SortDirection;
}

/** Empty string = no filter on that field. */
export interface RankingFilters {
  region: Region | '';
  level: RiskLevel | '';
  crime: CrimeCode | '';
}

export const NO_FILTERS: RankingFilters = { region: '', level: '', crime: '' };

/**
 * The crime filter keeps countries whose value for that crime category (0–1: the decayed evidence of recent
 * reports, see docs/SCORING.md) is at least this much. "Above zero" would keep nearly every country with a
 * report, since any faded mention leaves a tiny positive value. 0.05 is about what one fully reliable report
 * with a modest crime value of 0.1 leaves on its day (1 − e^(−0.1/2)), or one of 0.2 after a 30-day half-life:
 * a trace of current evidence passes, a faded one-off does not. With the filter on, the table sorts by that
 * crime's value, strongest first: the question asked is "where is this crime most in evidence", not "which of
 * those has the highest overall score".
 */
export const CRIME_MIN_VALUE = 0.05;

export function filterRanking(items: readonly RankingItem[], filters: RankingFilters): RankingItem[] {
  return items.filter(
    (item) =>
      (!filters.region || item.region === filters.region) &&
      (!filters.level || item.level === filters.level) &&
      (!filters.crime || (item.crimes[filters.crime] ?? 0) >= CRIME_MIN_VALUE),
  );
}

/** The order a column sorts in when first chosen: the worst (highest, newest, biggest rise) on top. */
export function defaultDirection(key: SortKey): SortDirection {
  return key === 'country' ? 'ascending' : 'descending';
}

const collators = new Map<string, Intl.Collator>();
function collator(lang: string): Intl.Collator {
  let found = collators.get(lang);
  if (!found) {
    found = new Intl.Collator(lang, { sensitivity: 'base' });
    collators.set(lang, found);
  }
  return found;
}

/**
 * Sorted copy. Countries without a value for the key (no structural forecast imported, no crime value) go
 * last in either direction: a missing forecast is not a low one. Ties fall back to the score, highest first,
 * then the code, so the order is stable and the same on every render.
 */
export function sortRanking(
  items: readonly RankingItem[],
  sort: RankingSort,
  lang: 'en' | 'es',
  crime: CrimeCode | '' = '',
): RankingItem[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const names = collator(lang);
  const keyOf = (item: RankingItem): number | string | undefined => {
    switch (sort.key) {
      case 'country':
        return item.name[lang];
      case 'score':
        return item.score;
      case 'change30d':
        return item.change30d;
      case 'lastReportDate':
        return item.lastReportDate;
      case 'structuralRisk':
        return item.structuralRisk?.risk;
      case 'crime':
        return crime ? item.crimes[crime] : undefined;
    }
  };
  return [...items].sort((a, b) => {
    const va = keyOf(a);
    const vb = keyOf(b);
    if (va === undefined || vb === undefined) {
      if (va !== vb) return va === undefined ? 1 : -1;
    } else {
      const compared =
        typeof va === 'string' && typeof vb === 'string'
          ? sort.key === 'country'
            ? names.compare(va, vb)
            : va.localeCompare(vb)
          : (va as number) - (vb as number);
      if (compared !== 0) return sign * compared;
    }
    return b.score - a.score || a.iso3.localeCompare(b.iso3);
  });
}
