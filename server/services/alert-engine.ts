import { type Kysely, sql } from 'kysely';
import { isDatabaseUnavailable } from '../../db/errors.ts';
import {
  claimQueued,
  completeQueued,
  postponeQueued,
  requestEvaluation,
} from '../../db/queries/alert-queue.ts';
import {
  alertsToReconcile,
  attachReports,
  insertAlert,
  insertAlertEvent,
  updateAlert,
} from '../../db/queries/alerts.ts';
import type { Executor } from '../../db/queries/executor.ts';
import { hitsWithReviews } from '../../db/queries/hit-reviews.ts';
import { enabledThresholdsFor } from '../../db/queries/thresholds.ts';
import type { AlertRow, Database, ThresholdRow } from '../../db/schema.ts';
import { allCountries } from '../../indicators/countries.ts';
import {
  type AlertRule,
  changeAt,
  lookbackDays,
  type Run,
  runsOf,
} from '../../indicators/risk/alert-rules.ts';
import { addDays } from '../../indicators/risk/risk-model.ts';
import type { RFCode } from '../../indicators/risk-factors.ts';
import type { Logger } from '../logger.ts';
import type { RiskService, SeriesPoint } from './risk-service.ts';
import type { WebhooksService } from './webhooks-service.ts';

/**
 * How far back the live engine looks for conditions that hold. A condition that started and ended longer ago
 * than this is history (the backtest shows it), not an alert: importing ten years of archives must not flood
 * the inbox with alerts about 2017.
 */
export const HORIZON_DAYS = 90;
/** Reports attached to an alert as its evidence, strongest first. */
const EVIDENCE_REPORTS = 10;
const ENGINE = 'atalaya';
/** How long a country whose evaluation failed waits before it is tried again (unless a change asks sooner). */
const RETRY_FAILED_AFTER_S = 60;

export const ruleOf = (
  t: Pick<ThresholdRow, 'kind' | 'value' | 'window_days' | 'persistence_days'>,
): AlertRule => ({
  kind: t.kind,
  value: t.value,
  windowDays: t.window_days,
  persistenceDays: t.persistence_days,
});

export function metricValue(point: SeriesPoint, metric: string): number {
  if (metric === 'score') return point.score;
  if (metric.startsWith('RF')) return point.riskFactors[metric as RFCode] ?? 0;
  return (point.crimes as Record<string, number>)[metric] ?? 0;
}

/** The risk factors that carry a point, strongest first (those at 0.05 or more; at most three). */
function involvedFactors(point: SeriesPoint, metric: string): RFCode[] {
  const top = (Object.entries(point.riskFactors) as Array<[RFCode, number]>)
    .filter(([, v]) => v >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([code]) => code);
  if (metric.startsWith('RF')) return [metric as RFCode, ...top.filter((c) => c !== metric)].slice(0, 3);
  return top.slice(0, 3);
}

/**
 * Evaluates thresholds against countries' daily series and keeps their alerts in step: one alert per run of
 * a condition, at most one unresolved alert per threshold and country, new evidence attached while it holds,
 * "stopped holding" when it no longer does (the alert stays until someone resolves it).
 */
export function createAlertEngine(deps: {
  db: Kysely<Database>;
  risk: RiskService;
  webhooks: WebhooksService;
  now: () => Date;
  logger?: Logger;
}) {
  const today = () => deps.now().toISOString().slice(0, 10);

  async function evidenceReports(trx: Executor, country: string, metric: string, from: string, to: string) {
    let query = hitsWithReviews(trx)
      .innerJoin('reports', 'reports.id', 'hits.report_id')
      .where('reports.country', '=', country)
      .where('reports.report_date', '>=', from)
      .where('reports.report_date', '<=', to)
      .where('hits.weight', '>', 0)
      .where((eb) => eb.or([eb('hr.decision', 'is', null), eb('hr.decision', '<>', 'rejected')]));
    if (metric.startsWith('RF')) query = query.where(sql<boolean>`${metric} = any(hits.risk_factors)`);
    else if (metric !== 'score') query = query.where(sql<boolean>`${metric} = any(hits.crimes)`);
    const rows = await query
      .clearSelect()
      .select(['reports.id', 'reports.report_date'])
      .select((eb) => eb.fn.max('hits.weight').as('strongest'))
      .groupBy(['reports.id', 'reports.report_date'])
      .orderBy('strongest', 'desc')
      .orderBy('reports.report_date', 'desc')
      .limit(EVIDENCE_REPORTS)
      .execute();
    return rows.map((r) => r.id);
  }

  async function record(trx: Executor, alert: AlertRow, action: string, details: object = {}) {
    await insertAlertEvent(trx, { alert_id: alert.id, actor: ENGINE, action, details });
    if (action !== 'evidence_added') await deps.webhooks.enqueue(trx, alert, action);
  }

  async function reconcile(
    trx: Executor,
    threshold: ThresholdRow,
    country: string,
    points: SeriesPoint[],
    horizonStart: string,
    alerts: AlertRow[],
  ) {
    const rule = ruleOf(threshold);
    const values = points.map((p) => metricValue(p, threshold.metric));
    const asOf = points.at(-1)!.date;
    const runs = runsOf(values, rule).filter((r) => r.end === null || points[r.end]!.date > horizonStart);
    const mine = alerts.filter((a) => a.threshold_id === threshold.id);
    // Later runs must see what earlier runs of this evaluation wrote (an alert opened or updated just now).
    const remember = (row: AlertRow) => {
      const i = mine.findIndex((a) => a.id === row.id);
      if (i >= 0) mine[i] = row;
      else mine.push(row);
    };
    const matched = new Set<string>();
    const latest = values.at(-1)!;

    const spanOf = (run: Run) => ({
      // A run cut off by the start of the series may have begun (and triggered) earlier.
      from: run.start === 0 ? '0000-01-01' : points[run.start]!.date,
      to: run.end === null ? '9999-12-31' : points[run.end]!.date,
    });

    for (const run of runs) {
      const span = spanOf(run);
      const holding = run.end === null;
      const clearedAt = holding ? null : points[run.end!]!.date;
      let isNew = false;
      let alert = mine
        .filter((a) => a.triggered_at >= span.from && a.triggered_at < span.to)
        .sort((a, b) => b.triggered_at.localeCompare(a.triggered_at))[0];
      // A condition that holds again while the last alert is still open keeps that alert, even when an earlier
      // run of this evaluation already matched it: there is at most one unresolved alert per threshold and
      // country (alerts_one_active), so opening another would fail, and fail every evaluation after it.
      alert ??= mine.find((a) => a.status !== 'resolved');
      if (alert) {
        matched.add(alert.id);
        const wasHolding = alert.holding;
        if (wasHolding !== holding || alert.cleared_at !== clearedAt || alert.latest_value !== latest) {
          alert = (await updateAlert(trx, alert.id, {
            holding,
            cleared_at: clearedAt,
            latest_value: latest,
          }))!;
          remember(alert);
          if (wasHolding && !holding)
            await record(trx, alert, 'stopped_holding', { clearedAt, value: latest });
          if (!wasHolding && holding) await record(trx, alert, 'holding_again', { value: latest });
        }
      } else {
        const trigger = points[run.trigger]!;
        alert = await insertAlert(trx, {
          threshold_id: threshold.id,
          threshold_name: threshold.name,
          country,
          metric: threshold.metric,
          kind: threshold.kind,
          threshold_value: threshold.value,
          value: round(values[run.trigger]!),
          change: round(changeAt(values, run.trigger, rule)),
          latest_value: latest,
          triggered_at: trigger.date,
          holding,
          cleared_at: clearedAt,
          assignee: null,
          risk_factors: involvedFactors(trigger, threshold.metric),
        });
        matched.add(alert.id);
        remember(alert);
        isNew = true;
        await record(trx, alert, 'opened', { value: alert.value, change: alert.change });
      }
      if (holding && alert.status !== 'resolved') {
        const window = Math.max(rule.kind === 'rise' ? (rule.windowDays ?? 30) : 30, 30);
        const from = addDays(alert.triggered_at, -window);
        const ids = await evidenceReports(trx, country, threshold.metric, from, asOf);
        const added = await attachReports(trx, alert.id, ids);
        // The first evidence comes with the alert; later reports are news worth an event.
        if (added.length > 0 && !isNew) {
          await record(trx, alert, 'evidence_added', { reports: added });
        }
      }
    }
    // Unresolved alerts whose condition no longer holds anywhere in the horizon (evidence faded or rejected).
    for (const alert of mine) {
      if (matched.has(alert.id) || alert.status === 'resolved' || !alert.holding) continue;
      const updated = (await updateAlert(trx, alert.id, {
        holding: false,
        cleared_at: asOf,
        latest_value: latest,
      }))!;
      await record(trx, updated, 'stopped_holding', { clearedAt: asOf, value: latest });
    }
  }

  return {
    /** Brings one country's alerts in step with its series as of `asOf` (default: today). */
    async evaluateCountry(trx: Executor, country: string, asOf = today()): Promise<void> {
      const thresholds = await enabledThresholdsFor(trx, country);
      if (thresholds.length === 0) return;
      const lookback = Math.max(...thresholds.map((t) => lookbackDays(ruleOf(t))));
      const horizonStart = addDays(asOf, -HORIZON_DAYS);
      const from = addDays(horizonStart, -lookback);
      const { series } = await deps.risk.series(country, from, asOf, 'day', trx);
      const alerts = await alertsToReconcile(trx, country, addDays(from, -1));
      for (const threshold of thresholds) {
        await reconcile(trx, threshold, country, series, horizonStart, alerts);
      }
    },

    /**
     * Evaluates every queued country, a few per transaction, until the queue is empty. Safe to run in several
     * processes at once (SKIP LOCKED); a request that arrives during an evaluation stays queued for the next.
     */
    async drain(asOf?: string): Promise<number> {
      let evaluated = 0;
      for (;;) {
        const batch = await deps.db.transaction().execute(async (trx) => {
          const claimed = await claimQueued(trx, 10);
          for (const { country, version } of claimed) {
            // One country that cannot be evaluated (a bug, odd data) must not hold up every other country's
            // alerts: its work is undone to the savepoint and it waits a while at the back of the queue.
            await sql`savepoint evaluate_country`.execute(trx);
            try {
              await this.evaluateCountry(trx, country, asOf);
              await completeQueued(trx, country, version);
              evaluated++;
            } catch (err) {
              if (isDatabaseUnavailable(err)) throw err;
              await sql`rollback to savepoint evaluate_country`.execute(trx);
              await postponeQueued(trx, country, RETRY_FAILED_AFTER_S);
              deps.logger?.error({ country, err: (err as Error).message }, 'alert evaluation failed');
            }
          }
          return claimed.length;
        });
        if (batch === 0) return evaluated;
      }
    },

    /** Queues every country with reports (after a threshold changes, and once a day as scores fade). */
    async requestAll(trx: Executor = deps.db): Promise<void> {
      // One index probe per known country rather than a DISTINCT over years of daily rows.
      const codes = allCountries().map((c) => c.iso3);
      await sql`
        insert into alert_queue (country)
        select c.code from unnest(${codes}::char(3)[]) as c(code)
        where exists (select 1 from country_days d where d.country = c.code)
        on conflict (country) do update set version = alert_queue.version + 1, requested_at = now()`.execute(
        trx,
      );
    },

    request: (trx: Executor, countries: readonly string[]) => requestEvaluation(trx, countries),
  };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export type AlertEngine = ReturnType<typeof createAlertEngine>;
