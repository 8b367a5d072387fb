import { type Kysely, sql } from 'kysely';
import { insertAuditEntry } from '../../db/queries/audit-log.ts';
import {
  deleteThreshold,
  findThreshold,
  insertThreshold,
  listThresholds,
  updateThreshold,
} from '../../db/queries/thresholds.ts';
import type { Database, ThresholdRow } from '../../db/schema.ts';
import { allCountries } from '../../indicators/countries.ts';
import { lookbackDays, runsOf } from '../../indicators/risk/alert-rules.ts';
import { addDays } from '../../indicators/risk/risk-model.ts';
import type { Metric, ThresholdInput } from '../contract/alerts.ts';
import { assertPeriod, invalid, notFound } from '../errors.ts';
import { type AlertEngine, metricValue, ruleOf } from './alert-engine.ts';
import type { Actor } from './principal.ts';
import type { RiskService } from './risk-service.ts';

const toThreshold = (row: ThresholdRow) => ({
  id: row.id,
  name: row.name,
  country: row.country?.trim() ?? null,
  metric: row.metric as Metric,
  kind: row.kind,
  value: row.value,
  windowDays: row.window_days,
  persistenceDays: row.persistence_days,
  enabled: row.enabled,
  builtIn: row.built_in,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/** A name people can read when the analyst gives none, e.g. "score rises 15 in 30 days (SDN)". */
function defaultName(input: ThresholdInput): string {
  const condition =
    input.kind === 'level'
      ? `${input.metric} reaches ${input.value}`
      : `${input.metric} rises ${input.value} in ${input.windowDays ?? 30} days`;
  return input.country ? `${condition} (${input.country})` : condition;
}

const columns = (input: ThresholdInput) => ({
  name: input.name ?? defaultName(input),
  country: input.country,
  metric: input.metric,
  kind: input.kind,
  value: input.value,
  window_days: input.kind === 'rise' ? (input.windowDays ?? 30) : null,
  persistence_days: input.persistenceDays ?? 1,
  enabled: input.enabled ?? true,
});

/** The longest period a backtest covers: ten years of days per country is still well under a second. */
const MAX_BACKTEST_DAYS = 366 * 10;

export function createThresholdsService(deps: {
  db: Kysely<Database>;
  risk: RiskService;
  engine: AlertEngine;
  now: () => Date;
}) {
  const today = () => deps.now().toISOString().slice(0, 10);

  return {
    async list() {
      return (await listThresholds(deps.db)).map(toThreshold);
    },

    /** Creates a threshold and queues its countries' alerts for evaluation in the same transaction. */
    async create(actor: Actor, input: ThresholdInput) {
      return deps.db.transaction().execute(async (trx) => {
        const row = await insertThreshold(trx, { ...columns(input), created_by: actor.username });
        await insertAuditEntry(trx, {
          actor: actor.username,
          action: 'threshold.create',
          targetType: 'threshold',
          targetId: row.id,
          details: toThreshold(row),
          requestId: actor.requestId,
        });
        await (row.country ? deps.engine.request(trx, [row.country.trim()]) : deps.engine.requestAll(trx));
        return toThreshold(row);
      });
    },

    async update(actor: Actor, id: string, input: ThresholdInput) {
      return deps.db.transaction().execute(async (trx) => {
        const before = await findThreshold(trx, id);
        if (!before) throw notFound('Threshold');
        const row = (await updateThreshold(trx, id, { ...columns(input), updated_at: new Date() }))!;
        await insertAuditEntry(trx, {
          actor: actor.username,
          action: 'threshold.update',
          targetType: 'threshold',
          targetId: id,
          details: { before: toThreshold(before), after: toThreshold(row) },
          requestId: actor.requestId,
        });
        await deps.engine.requestAll(trx);
        return toThreshold(row);
      });
    },

    /** Deletes a threshold. Its alerts stay, readable, until someone resolves them. */
    async remove(actor: Actor, id: string): Promise<void> {
      await deps.db.transaction().execute(async (trx) => {
        const before = await findThreshold(trx, id);
        if (!before || !(await deleteThreshold(trx, id))) throw notFound('Threshold');
        await insertAuditEntry(trx, {
          actor: actor.username,
          action: 'threshold.delete',
          targetType: 'threshold',
          targetId: id,
          details: toThreshold(before),
          requestId: actor.requestId,
        });
      });
    },

    /**
     * The alerts a draft threshold would have raised over the stored data: the same rule functions as the live
     * engine, run over each country's daily series. Nothing is written.
     */
    async backtest(
      draft: Omit<ThresholdInput, 'name' | 'enabled'>,
      range: { from?: string | undefined; to?: string | undefined },
    ) {
      const to = range.to ?? today();
      const from = range.from ?? addDays(to, -3 * 365);
      assertPeriod(from, to);
      if (addDays(from, MAX_BACKTEST_DAYS) < to) throw invalid('from', 'a backtest covers at most ten years');
      const rule = ruleOf({
        kind: draft.kind,
        value: draft.value,
        window_days: draft.kind === 'rise' ? (draft.windowDays ?? 30) : null,
        persistence_days: draft.persistenceDays ?? 1,
      });
      const start = addDays(from, -lookbackDays(rule));
      const countries = draft.country ? [draft.country] : await countriesWithData(deps.db, to);
      const alerts: Array<{ country: string; triggeredAt: string; clearedAt: string | null; peak: number }> =
        [];
      const byCountry: Array<{ country: string; alerts: number; daysHeld: number }> = [];
      for (const country of countries) {
        const { series } = await deps.risk.series(country, start, to, 'day');
        const values = series.map((p) => metricValue(p, draft.metric));
        let count = 0;
        let daysHeld = 0;
        for (const run of runsOf(values, rule)) {
          if (series[run.trigger]!.date < from) continue;
          count++;
          daysHeld += (run.end ?? series.length) - run.trigger;
          alerts.push({
            country,
            triggeredAt: series[run.trigger]!.date,
            clearedAt: run.end === null ? null : series[run.end]!.date,
            peak: Math.round(run.peak * 10_000) / 10_000,
          });
        }
        if (count > 0) byCountry.push({ country, alerts: count, daysHeld });
      }
      const months = new Map<string, number>();
      for (
        let month = from.slice(0, 7);
        month <= to.slice(0, 7);
        month = addDays(`${month}-28`, 7).slice(0, 7)
      ) {
        months.set(month, 0);
      }
      for (const a of alerts)
        months.set(a.triggeredAt.slice(0, 7), (months.get(a.triggeredAt.slice(0, 7)) ?? 0) + 1);
      alerts.sort((a, b) => a.triggeredAt.localeCompare(b.triggeredAt) || a.country.localeCompare(b.country));
      byCountry.sort(
        (a, b) => b.alerts - a.alerts || b.daysHeld - a.daysHeld || a.country.localeCompare(b.country),
      );
      return {
        from,
        to,
        total: alerts.length,
        alerts,
        byCountry,
        byMonth: [...months].map(([month, count]) => ({ month, alerts: count })),
      };
    },
  };
}

/** Countries with at least one day of data on or before `to` (one index probe per country). */
async function countriesWithData(db: Kysely<Database>, to: string): Promise<string[]> {
  const codes = allCountries().map((c) => c.iso3);
  const result = await sql<{ code: string }>`
    select c.code from unnest(${codes}::char(3)[]) as c(code)
    where exists (select 1 from country_days d where d.country = c.code and d.day <= ${to}::date)
    order by 1`.execute(db);
  return result.rows.map((r) => r.code.trim());
}

export type ThresholdsService = ReturnType<typeof createThresholdsService>;
