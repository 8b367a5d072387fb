import type { Kysely } from 'kysely';
import {
  addToStatesFrom,
  countryDaysBetween,
  insertCountryDay,
  lastDayBefore,
  lastDaysOnOrBefore,
  lockCountryDay,
  replaceCountryDays,
  setDaily,
} from '../../db/queries/country-days.ts';
import type { Executor } from '../../db/queries/executor.ts';
import { countriesWithSyntheticReports } from '../../db/queries/reports.ts';
import type { CountryDayRow, Database } from '../../db/schema.ts';
import { allCountries, findCountry } from '../../indicators/countries.ts';
import { DIMENSION_COUNT, fromVector, toVector } from '../../indicators/risk/dimensions.ts';
import {
  addDays,
  addToDay,
  type DayState,
  DEFAULT_RISK_SETTINGS,
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
import type { StructuralRiskService } from './structural-risk-service.ts';

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
     * reports, so the aggregates never disagree with them. Per country, days are handled in order: missing
     * day rows are created first (carrying the decayed state of the day before), then each day's change is
     * added to that day and every later one in one statement.
     */
    async applyReports(trx: Executor, reports: readonly StoredReportValues[]): Promise<void> {
      const byCountry = new Map<string, StoredReportValues[]>();
      for (const r of reports) byCountry.set(r.country, [...(byCountry.get(r.country) ?? []), r]);
      for (const [country, list] of [...byCountry].sort(([a], [b]) => a.localeCompare(b))) {
        const byDay = new Map<string, StoredReportValues[]>();
        for (const r of list) byDay.set(r.date, [...(byDay.get(r.date) ?? []), r]);
        const changes: Array<{ day: string; delta: number[]; reports: number }> = [];
        for (const day of [...byDay.keys()].sort()) {
          let row = await lockCountryDay(trx, country, day);
          if (!row) {
            const previous = await lastDayBefore(trx, country, day);
            row = {
              country,
              day,
              reports: 0,
              reports_to_date: previous?.reports_to_date ?? 0,
              daily: zeros(),
              state: stateOn(day, previous, settings),
            };
            await insertCountryDay(trx, row);
          }
          let daily = row.daily;
          for (const r of byDay.get(day)!) {
            daily = addToDay(daily, toVector(r.riskFactors, r.crimes), reliabilityWeight(r.reliability));
          }
          await setDaily(trx, country, day, daily, row.reports + byDay.get(day)!.length);
          const delta = daily.map((v, i) => v - (row.daily[i] ?? 0));
          changes.push({ day, delta, reports: byDay.get(day)!.length });
        }
        for (const { day, delta, reports } of changes)
          await addToStatesFrom(trx, country, day, delta, reports, h);
      }
    },

    applyReport(trx: Executor, report: StoredReportValues): Promise<void> {
      return this.applyReports(trx, [report]);
    },

    /** Rebuilds a country's aggregates from its stored reports (after a rescore or a review). */
    async recomputeCountry(trx: Executor, country: string): Promise<void> {
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
          const { riskFactors } = fromVector(current.values);
          const country = findCountry(last.country);
          return {
            iso3: last.country,
            name: country?.name ?? { en: last.country, es: last.country },
            score: current.score,
            level: levelOf(current.score),
            change30d: Math.round((current.score - previous.score) * 100) / 100,
            reports: last.reports_to_date,
            topRiskFactors: Object.entries(riskFactors)
              .filter(([, v]) => v >= 0.05)
              .sort((a, b) => b[1] - a[1])
              .slice(0, 3)
              .map(([code]) => code as RFCode),
            lastReportDate: last.day,
            structuralRisk: structural.get(last.country) ?? null,
            synthetic: synthetic.has(last.country),
          };
        })
        .sort((a, b) => b.score - a.score || a.iso3.localeCompare(b.iso3));
    },

    /** The country's series, one point per day, week or month (the value at the end of each period). */
    async series(iso3: string, from: string, to: string, interval: 'day' | 'week' | 'month') {
      if (!findCountry(iso3)) throw notFound(`Country ${iso3}`);
      const { before, rows } = await countryDaysBetween(deps.db, iso3, from, to);
      const points: Array<{
        date: string;
        score: number;
        riskFactors: object;
        crimes: object;
        reports: number;
      }> = [];
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

    /** Countries known to the list (for validation of path parameters). */
    knownCountry: (iso3: string) => allCountries().some((c) => c.iso3 === iso3),
  };
}

function isPeriodEnd(day: string, interval: 'day' | 'week' | 'month'): boolean {
  if (interval === 'day') return true;
  const next = addDays(day, 1);
  if (interval === 'month') return next.slice(8) === '01';
  return new Date(`${day}T00:00:00Z`).getUTCDay() === 0; // ISO weeks end on Sunday
}

export type RiskService = ReturnType<typeof createRiskService>;
