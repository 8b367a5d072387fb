import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RankingItem } from '../../web/src/api/overview.ts';
import { levelOf } from '../../web/src/charts/levels.ts';
import {
  CRIME_MIN_VALUE,
  defaultDirection,
  filterRanking,
  NO_FILTERS,
  type SortKey,
  sortRanking,
} from '../../web/src/charts/ranking.ts';

function anItem(overrides: Partial<RankingItem> & { iso3: string }): RankingItem {
  const score = overrides.score ?? 30;
  return {
    name: { en: overrides.iso3, es: overrides.iso3 },
    region: 'africa',
    score,
    level: levelOf(score),
    change30d: 0,
    reports: 3,
    topRiskFactors: ['RF1'],
    crimes: { genocide: 0, crimes_against_humanity: 0, war_crimes: 0 },
    lastReportDate: '2025-06-01',
    structuralRisk: null,
    synthetic: false,
    ...overrides,
  };
}

const codes = (items: RankingItem[]) => items.map((item) => item.iso3);

const SDN = anItem({
  iso3: 'SDN',
  name: { en: 'Sudan', es: 'Sudán' },
  score: 72,
  change30d: 4,
  crimes: { genocide: 0.3, crimes_against_humanity: 0.5, war_crimes: 0.6 },
  lastReportDate: '2025-06-10',
  structuralRisk: { source: 'EWP', risk: 0.08, rank: 2, forecastWindow: '2025–2026', baseYear: 2024 },
});
const USA = anItem({
  iso3: 'USA',
  name: { en: 'United States', es: 'Estados Unidos' },
  region: 'americas',
  score: 12,
  change30d: -1,
  crimes: { genocide: 0, crimes_against_humanity: 0.05, war_crimes: 0.01 },
  lastReportDate: '2025-05-01',
});
const DEU = anItem({
  iso3: 'DEU',
  name: { en: 'Germany', es: 'Alemania' },
  region: 'europe',
  score: 25,
  change30d: 9,
  crimes: { genocide: 0.0499, crimes_against_humanity: 0, war_crimes: 0 },
  lastReportDate: '2025-06-12',
  structuralRisk: { source: 'EWP', risk: 0.002, rank: 150, forecastWindow: '2025–2026', baseYear: 2024 },
});
const MMR = anItem({
  iso3: 'MMR',
  name: { en: 'Myanmar', es: 'Myanmar' },
  region: 'asia',
  score: 64,
  change30d: -6,
  crimes: { genocide: 0.7, crimes_against_humanity: 0.4, war_crimes: 0.2 },
});
const ALL = [SDN, MMR, DEU, USA];

describe('filterRanking', () => {
  it('keeps everything without filters', () => {
    expect(codes(filterRanking(ALL, NO_FILTERS))).toEqual(['SDN', 'MMR', 'DEU', 'USA']);
  });

  it('filters by region and by level, and combines filters', () => {
    expect(codes(filterRanking(ALL, { ...NO_FILTERS, region: 'americas' }))).toEqual(['USA']);
    expect(codes(filterRanking(ALL, { ...NO_FILTERS, level: 'very_high' }))).toEqual(['SDN', 'MMR']);
    expect(codes(filterRanking(ALL, { ...NO_FILTERS, level: 'very_high', region: 'asia' }))).toEqual(['MMR']);
    expect(filterRanking(ALL, { ...NO_FILTERS, region: 'oceania' })).toEqual([]);
  });

  it(`keeps, for a crime, the countries whose value reaches ${CRIME_MIN_VALUE}, the bound included`, () => {
    expect(codes(filterRanking(ALL, { ...NO_FILTERS, crime: 'crimes_against_humanity' }))).toEqual([
      'SDN',
      'MMR',
      'USA',
    ]);
    // 0.0499 is a trace below the bound.
    expect(codes(filterRanking(ALL, { ...NO_FILTERS, crime: 'genocide' }))).toEqual(['SDN', 'MMR']);
  });
});

describe('sortRanking', () => {
  it('sorts by score, change, last report and crime value in either direction', () => {
    const by = (key: SortKey, direction: 'ascending' | 'descending' = 'descending') =>
      codes(sortRanking(ALL, { key, direction }, 'en', 'genocide'));
    expect(by('score')).toEqual(['SDN', 'MMR', 'DEU', 'USA']);
    expect(by('score', 'ascending')).toEqual(['USA', 'DEU', 'MMR', 'SDN']);
    expect(by('change30d')).toEqual(['DEU', 'SDN', 'USA', 'MMR']);
    expect(by('lastReportDate')).toEqual(['DEU', 'SDN', 'MMR', 'USA']);
    expect(by('crime')).toEqual(['MMR', 'SDN', 'DEU', 'USA']);
  });

  it("sorts names in the reader's language", () => {
    const byName = (lang: 'en' | 'es') =>
      codes(sortRanking(ALL, { key: 'country', direction: 'ascending' }, lang));
    expect(byName('en')).toEqual(['DEU', 'MMR', 'SDN', 'USA']); // Germany, Myanmar, Sudan, United States
    expect(byName('es')).toEqual(['DEU', 'USA', 'MMR', 'SDN']); // Alemania, Estados Unidos, Myanmar, Sudán
  });

  it('puts countries without a structural forecast last in both directions (missing is not low)', () => {
    const by = (direction: 'ascending' | 'descending') =>
      codes(sortRanking(ALL, { key: 'structuralRisk', direction }, 'en'));
    expect(by('descending')).toEqual(['SDN', 'DEU', 'MMR', 'USA']);
    expect(by('ascending')).toEqual(['DEU', 'SDN', 'MMR', 'USA']);
  });

  it('breaks ties by score, then code, so the order never depends on the input order', () => {
    const a = anItem({ iso3: 'AAA', score: 10, change30d: 1 });
    const b = anItem({ iso3: 'BBB', score: 50, change30d: 1 });
    const c = anItem({ iso3: 'CCC', score: 10, change30d: 1 });
    const sort = { key: 'change30d', direction: 'descending' } as const;
    expect(codes(sortRanking([c, a, b], sort, 'en'))).toEqual(['BBB', 'AAA', 'CCC']);
    expect(codes(sortRanking([a, b, c], sort, 'en'))).toEqual(['BBB', 'AAA', 'CCC']);
  });

  it('returns a sorted permutation of its input for any scores', () => {
    const items = fc.uniqueArray(
      fc.record({
        iso3: fc.stringMatching(/^[A-Z]{3}$/),
        score: fc.double({ min: 0, max: 100, noNaN: true }),
      }),
      { selector: (item) => item.iso3, maxLength: 40 },
    );
    fc.assert(
      fc.property(items, fc.constantFrom('ascending' as const, 'descending' as const), (raw, direction) => {
        const input = raw.map((r) => anItem(r));
        const sorted = sortRanking(input, { key: 'score', direction }, 'en');
        expect([...codes(sorted)].sort()).toEqual([...codes(input)].sort());
        for (let i = 1; i < sorted.length; i++) {
          const step = sorted[i]!.score - sorted[i - 1]!.score;
          expect(direction === 'ascending' ? step >= 0 : step <= 0).toBe(true);
        }
      }),
    );
  });

  it('starts names A to Z and every figure worst first', () => {
    expect(defaultDirection('country')).toBe('ascending');
    for (const key of ['score', 'change30d', 'lastReportDate', 'structuralRisk', 'crime'] as const) {
      expect(defaultDirection(key)).toBe('descending');
    }
  });
});
