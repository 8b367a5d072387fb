import type { Kysely } from 'kysely';
import { requestEvaluation } from '../../db/queries/alert-queue.ts';
import {
  countryDaysBetween,
  insertCountryDays,
  lastDaysBefore,
  lastDaysOnOrBefore,
  lockCountries,
  lockCountryDaysFrom,
  replaceCountryDays,
  statesOnDates,
  updateCountryDays,
} from '../../db/queries/country-days.ts';
import type { Executor } from '../../db/queries/executor.ts';
import { countriesWithSyntheticReports, strongestHits } from '../../db/queries/reports.ts';
import type { CountryDayRow, Database } from '../../db/schema.ts';
import { allCountries, findCountry } from '../../indicators/countries.ts';
import type { CrimeCode } from '../../indicators/crimes.ts';
import { DIMENSION_COUNT, fromVector, toVector } from '../../indicators/risk/dimensions.ts';
import {
  addDays,
  addToDay,
  type DayState,
  DEFAULT_RISK_SETTINGS,
  daysBetween,
  decay,
  levelOf,
  type RiskSettings,
  reliabilityWeight,
  scoreOf,
  stateOn,
  valuesOf,
} from '../../indicators/risk/risk-model.ts';
import type { RFCode } from '../../indicators/risk-factors.ts';
import { notFound } from '../errors.ts';
import { regionOf } from './country-regions.ts';
import { rowToStoredHit } from './report-mapping.ts';
import type { StructuralRiskService } from './structural-risk-service.ts';

export interface SeriesPoint {
  date: string;
  score: number;
  riskFactors: Record<RFCode, number>;
  crimes: Record<CrimeCode, number>;
  reports: number;
}

export interface StoredReportValues {
  country: string;
  date: string;
  reliability: string;
  riskFactors: Record<string, number>;
  crimes: Record<string, number>;
}

const zeros = () => new Array<number>(DIMENSION_COUNT).fill(0);

export function createRiskService(deps: {
  db: Kysely<Database>;
  structural: StructuralRiskService;
  settings?: RiskSettings;
}) {
  const settings = deps.settings ?? DEFAULT_RISK_SETTINGS;
  const h = settings.halfLifeDays;

  /** The country's values on `day` from its last stored day on or before it. */
  const snapshot = (day: string, last: CountryDayRow | undefined) => {
    const values = valuesOf(stateOn(day, last, settings));
    const score = scoreOf(values);
    return { values, score };
  };

  return {
    settings,

    /**
     * Adds stored reports to their countries' daily aggregates. Call inside the transaction that stores the
     * reports, so the aggregates never disagree with them. Four statements per chunk whatever its size: lock
     * the days the chunk can change (its days and every later one), read the day before each country's first,
     * then compute in memory and write new and changed days in bulk.
     */
    async applyReports(trx: Executor, reports: readonly StoredReportValues[]): Promise<void> {
      if (reports.length === 0) return;
      const groups = new Map<string, { country: string; day: string; reports: StoredReportValues[] }>();
      for (const r of reports) {
        const key = `${r.country}|${r.date}`;
        const group = groups.get(key) ?? { country: r.country, day: r.date, reports: [] };
        group.reports.push(r);
        groups.set(key, group);
      }
      const firstDay = new Map<string, string>();
      for (const g of groups.values()) {
        const known = firstDay.get(g.country);
        if (!known || g.day < known) firstDay.set(g.country, g.day);
      }
      const firsts = [...firstDay]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([country, day]) => ({ country, day }));
      await lockCountries(
        trx,
        firsts.map((f) => f.country),
      );
      const locked = await lockCountryDaysFrom(trx, firsts);
      const before = new Map((await lastDaysBefore(trx, firsts)).map((r) => [r.country.trim(), r]));

      const byCountry = new Map<string, CountryDayRow[]>();
      for (const row of locked) {
        const list = byCountry.get(row.country.trim()) ?? [];
        list.push({ ...row, country: row.country.trim() });
        byCountry.set(row.country.trim(), list);
      }
      const inserted: CountryDayRow[] = [];
      const updated: CountryDayRow[] = [];
      for (const { country } of firsts) {
        const rows = byCountry.get(country) ?? [];
        const existing = new Set(rows.map((r) => r.day));
        const created = new Set<string>();
        // Days of this chunk with no row yet carry the decayed state of the last day before them, as it was:
        // walk the new days in order beside the existing rows (already sorted by the query), then sort once.
        const newDays = [...groups.values()]
          .filter((g) => g.country === country && !existing.has(g.day))
          .map((g) => g.day)
          .sort();
        const existingRows = [...rows];
        let next = 0;
        let previous = before.get(country);
        for (const day of newDays) {
          while (next < existingRows.length && existingRows[next]!.day < day) previous = existingRows[next++];
          rows.push({
            country,
            day,
            reports: 0,
            reports_to_date: previous?.reports_to_date ?? 0,
            daily: zeros(),
            state: stateOn(day, previous, settings),
          });
          created.add(day);
        }
        rows.sort((a, b) => a.day.localeCompare(b.day));
        // Each day's change, then that change carried (fading) into every later day.
        const changes: Array<{ day: string; delta: number[]; count: number }> = [];
        for (const row of rows) {
          const group = groups.get(`${country}|${row.day}`);
          if (!group) continue;
          let daily = row.daily;
          for (const r of group.reports) {
            daily = addToDay(daily, toVector(r.riskFactors, r.crimes), reliabilityWeight(r.reliability));
          }
          changes.push({
            day: row.day,
            delta: daily.map((v, i) => v - (row.daily[i] ?? 0)),
            count: group.reports.length,
          });
          row.daily = daily;
          row.reports += group.reports.length;
        }
        for (const row of rows) {
          for (const change of changes) {
            if (change.day > row.day) break;
            const f = decay(daysBetween(change.day, row.day), settings);
            row.state = row.state.map((s, i) => s + (change.delta[i] ?? 0) * f);
            row.reports_to_date += change.count;
          }
          (created.has(row.day) ? inserted : updated).push(row);
        }
      }
      await insertCountryDays(trx, inserted);
      await updateCountryDays(trx, updated);
      // Their alerts must follow: queued in this transaction, so the request commits with the reports.
      await requestEvaluation(
        trx,
        firsts.map((f) => f.country),
      );
    },

    applyReport(trx: Executor, report: StoredReportValues): Promise<void> {
      return this.applyReports(trx, [report]);
    },

    /** Rebuilds a country's aggregates from its stored reports (after a rescore or a review). */
    async recomputeCountry(trx: Executor, country: string): Promise<void> {
      await lockCountries(trx, [country]);
      const reports = await trx
        .selectFrom('reports')
        .select(['report_date', 'reliability', 'risk_factors', 'crimes'])
        .where('country', '=', country)
        .orderBy('report_date')
        .execute();
      const rows: CountryDayRow[] = [];
      let state = zeros();
      let lastDay: string | undefined;
      for (const r of reports) {
        if (r.report_date !== lastDay) {
          if (lastDay) {
            const f = decay((Date.parse(r.report_date) - Date.parse(lastDay)) / 86_400_000, settings);
            state = state.map((s) => s * f);
          }
          const total = rows.at(-1)?.reports_to_date ?? 0;
          rows.push({
            country,
            day: r.report_date,
            reports: 0,
            reports_to_date: total,
            daily: zeros(),
            state: [...state],
          });
          lastDay = r.report_date;
        }
        const row = rows.at(-1)!;
        const daily = addToDay(
          row.daily,
          toVector(r.risk_factors, r.crimes),
          reliabilityWeight(r.reliability),
        );
        state = state.map((s, i) => s + daily[i]! - row.daily[i]!);
        row.daily = daily;
        row.state = [...state];
        row.reports++;
        row.reports_to_date++;
      }
      await replaceCountryDays(trx, country, rows);
      await requestEvaluation(trx, [country]);
    },

    /** Every country with reports, highest score first, as of a day. */
    async ranking(asOf: string) {
      const monthAgo = addDays(asOf, -30);
      const codes = allCountries().map((c) => c.iso3);
      const [now, before, structural, synthetic] = await Promise.all([
        lastDaysOnOrBefore(deps.db, codes, asOf),
        lastDaysOnOrBefore(deps.db, codes, monthAgo),
        deps.structural.byCountry(),
        countriesWithSyntheticReports(deps.db),
      ]);
      const beforeBy = new Map(before.map((r) => [r.country, r]));
      return now
        .map((last) => {
          const current = snapshot(asOf, last);
          const previous = snapshot(monthAgo, beforeBy.get(last.country));
          const { riskFactors, crimes } = fromVector(current.values);
          const country = findCountry(last.country);
          return {
            iso3: last.country,
            name: country?.name ?? { en: last.country, es: last.country },
            region: regionOf(last.country),
            score: current.score,
            level: levelOf(current.score),
            change30d: Math.round((current.score - previous.score) * 100) / 100,
            reports: last.reports_to_date,
            topRiskFactors: Object.entries(riskFactors)
              .filter(([, v]) => v >= 0.05)
              .sort((a, b) => b[1] - a[1])
              .slice(0, 3)
              .map(([code]) => code as RFCode),
            crimes: roundValues(crimes),
            lastReportDate: last.day,
            structuralRisk: structural.get(last.country) ?? null,
            synthetic: synthetic.has(last.country),
          };
        })
        .sort((a, b) => b.score - a.score || a.iso3.localeCompare(b.iso3));
    },

    /**
     * Every country's score at the end of each of the last `months` months (the last point is `asOf`
     * itself): the ranking's sparklines, from the daily aggregates in one query.
     */
    async sparklines(asOf: string, months: number) {
      const dates = monthEnds(asOf, months);
      const codes = allCountries().map((c) => c.iso3);
      const rows = await statesOnDates(deps.db, codes, dates);
      const byCountry = new Map<string, number[]>();
      const index = new Map(dates.map((d, i) => [d, i]));
      for (const row of rows) {
        const country = row.country.trim();
        const scores = byCountry.get(country) ?? new Array<number>(dates.length).fill(0);
        const date = row.date;
        scores[index.get(date)!] = scoreOf(valuesOf(stateOn(date, { ...row, reports: 0 }, settings)));
        byCountry.set(country, scores);
      }
      return {
        asOf,
        dates,
        items: [...byCountry]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([iso3, scores]) => ({ iso3, scores })),
      };
    },

    /** The country's series, one point per day, week or month (the value at the end of each period). */
    async series(
      iso3: string,
      from: string,
      to: string,
      interval: 'day' | 'week' | 'month',
      db: Executor = deps.db,
    ) {
      if (!findCountry(iso3)) throw notFound(`Country ${iso3}`);
      const { before, rows } = await countryDaysBetween(db, iso3, from, to);
      const points: SeriesPoint[] = [];
      let last: DayState | undefined = before;
      let index = 0;
      let reports = 0;
      for (let day = from; day <= to; day = addDays(day, 1)) {
        while (index < rows.length && rows[index]!.day <= day) {
          last = rows[index]!;
          reports += rows[index]!.reports;
          index++;
        }
        if (!isPeriodEnd(day, interval) && day !== to) continue;
        const values = valuesOf(stateOn(day, last, settings));
        points.push({ date: day, score: scoreOf(values), ...fromVector(values), reports });
        reports = 0;
      }
      return { iso3, interval, halfLifeDays: h, series: points };
    },

    /**
     * The evidence behind a country's risk in a period: its strongest counted hits, ranked by what they add to
     * the series at the period's end (hit weight × source reliability × decay since the report).
     */
    async evidence(iso3: string, from: string, to: string, limit: number) {
      if (!findCountry(iso3)) throw notFound(`Country ${iso3}`);
      const rows = await strongestHits(deps.db, iso3, from, to, Math.max(limit * 5, 100));
      const ranked = rows
        .map((row) => ({
          row,
          // A rejected hit stays in the list, marked, but adds nothing.
          contribution:
            (row.review_decision === 'rejected' ? 0 : row.weight) *
            reliabilityWeight(row.reliability) *
            decay(daysBetween(row.report_date, to), settings),
        }))
        .sort((a, b) => b.contribution - a.contribution)
        .slice(0, limit);
      return {
        iso3,
        from,
        to,
        items: ranked.map(({ row, contribution }) => ({
          ...rowToStoredHit(row),
          reportId: row.report_id,
          date: row.report_date,
          title: row.title,
          source: row.source_name
            ? { name: row.source_name, url: row.source_url, reliability: row.reliability }
            : null,
          synthetic: row.synthetic,
          contribution: Math.round(contribution * 1000) / 1000,
        })),
      };
    },
  };
}

/** The last day of each of the `months` months ending with `asOf`'s, the last one being `asOf` itself. */
export function monthEnds(asOf: string, months: number): string[] {
  const [year, month] = asOf.split('-').map(Number) as [number, number];
  const dates: string[] = [];
  for (let back = months - 1; back >= 1; back--) {
    // Day 0 of the following month is the last day of this one.
    dates.push(new Date(Date.UTC(year, month - back, 0)).toISOString().slice(0, 10));
  }
  dates.push(asOf);
  return dates;
}

function roundValues<T extends Record<string, number>>(values: T): T {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Math.round(v * 1000) / 1000])) as T;
}

function isPeriodEnd(day: string, interval: 'day' | 'week' | 'month'): boolean {
  if (interval === 'day') return true;
  const next = addDays(day, 1);
  if (interval === 'month') return next.slice(8) === '01';
  return new Date(`${day}T00:00:00Z`).getUTCDay() === 0; // ISO weeks end on Sunday
}

export type RiskService = ReturnType<typeof createRiskService>;
