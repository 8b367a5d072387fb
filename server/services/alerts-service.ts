import type { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import {
  alertEvents,
  findAlert,
  insertAlertEvent,
  listAlerts,
  reportIdsOfAlerts,
  updateAlert,
} from '../../db/queries/alerts.ts';
import { insertAuditEntry } from '../../db/queries/audit-log.ts';
import type { Executor } from '../../db/queries/executor.ts';
import { hitsWithReviews } from '../../db/queries/hit-reviews.ts';
import type { AlertRow, AlertStatus, Database } from '../../db/schema.ts';
import type { RFCode } from '../../indicators/risk-factors.ts';
import type { AlertEvent, Metric } from '../contract/alerts.ts';
import { AppError, invalid, notFound } from '../errors.ts';
import type { Actor } from './principal.ts';

type AlertEventAction = z.infer<typeof AlertEvent>['action'];

import { rowToStoredHit } from './report-mapping.ts';
import type { WebhooksService } from './webhooks-service.ts';

const RANK: Record<AlertStatus, number> = { open: 0, acknowledged: 1, resolved: 2 };
const encodeCursor = (a: AlertRow) =>
  Buffer.from(`${RANK[a.status]}|${a.triggered_at}|${a.id}`).toString('base64url');
function decodeCursor(cursor: string) {
  const [rank, triggeredAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (
    !rank ||
    !/^[0-2]$/.test(rank) ||
    !triggeredAt ||
    !/^\d{4}-\d{2}-\d{2}$/.test(triggeredAt) ||
    !id ||
    !/^[0-9a-f-]{36}$/i.test(id)
  ) {
    throw invalid('cursor', 'is not a cursor this server gave');
  }
  return { rank: Number(rank), triggeredAt, id };
}

function toAlert(row: AlertRow, reportIds: string[]) {
  return {
    id: row.id,
    country: row.country.trim(),
    thresholdId: row.threshold_id,
    thresholdName: row.threshold_name,
    metric: row.metric as Metric,
    kind: row.kind,
    thresholdValue: row.threshold_value,
    value: row.value,
    change: row.change,
    latestValue: row.latest_value,
    triggeredAt: row.triggered_at,
    holding: row.holding,
    clearedAt: row.cleared_at,
    status: row.status,
    assignee: row.assignee,
    riskFactors: row.risk_factors as RFCode[],
    reportIds,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
export type AlertView = ReturnType<typeof toAlert>;

/** Which lifecycle step is allowed from which status. */
const TRANSITIONS = {
  acknowledged: ['open'],
  resolved: ['open', 'acknowledged'],
  reopened: ['acknowledged', 'resolved'],
} as const satisfies Record<string, readonly AlertStatus[]>;

export function createAlertsService(deps: { db: Kysely<Database>; webhooks: WebhooksService }) {
  const withReports = async (db: Executor, rows: AlertRow[]) => {
    const ids = await reportIdsOfAlerts(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toAlert(r, ids.get(r.id) ?? []));
  };

  /** One lifecycle step on one alert, its event, the audit entry and the webhooks, in the caller's transaction. */
  async function step(
    trx: Executor,
    actor: Actor,
    id: string,
    action: 'acknowledged' | 'resolved' | 'reopened' | 'assigned',
    note: string | null,
    assignee?: string | null,
  ): Promise<AlertRow> {
    const alert = await findAlert(trx, id, true);
    if (!alert) throw notFound('Alert');
    let changes: Partial<Pick<AlertRow, 'status' | 'assignee'>>;
    if (action === 'assigned') {
      if (assignee) {
        const user = await trx
          .selectFrom('users')
          .select('username')
          .where('username', '=', assignee)
          .executeTakeFirst();
        if (!user) throw invalid('assignee', 'no user has this name');
      }
      changes = { assignee: assignee ?? null };
    } else {
      const allowed: readonly AlertStatus[] = TRANSITIONS[action];
      if (!allowed.includes(alert.status)) {
        throw new AppError('conflict', `An ${alert.status} alert cannot be ${action}`);
      }
      changes = { status: action === 'reopened' ? 'open' : action };
    }
    if (action === 'reopened') {
      // Only one unresolved alert per threshold and country: reopening must not make a second.
      const other = alert.threshold_id
        ? await trx
            .selectFrom('alerts')
            .select('id')
            .where('threshold_id', '=', alert.threshold_id)
            .where('country', '=', alert.country)
            .where('status', '<>', 'resolved')
            .where('id', '<>', alert.id)
            .executeTakeFirst()
        : undefined;
      if (other)
        throw new AppError('conflict', `Alert ${other.id} is already open for this threshold and country`);
    }
    const updated = (await updateAlert(trx, id, changes))!;
    const details =
      action === 'assigned'
        ? { assignee: updated.assignee, before: alert.assignee }
        : { before: alert.status };
    await insertAlertEvent(trx, { alert_id: id, actor: actor.username, action, note, details });
    await insertAuditEntry(trx, {
      actor: actor.username,
      action: `alert.${action === 'assigned' ? 'assign' : action === 'reopened' ? 'reopen' : action === 'resolved' ? 'resolve' : 'acknowledge'}`,
      targetType: 'alert',
      targetId: id,
      details: { ...details, note },
      requestId: actor.requestId,
    });
    await deps.webhooks.enqueue(trx, updated, action);
    return updated;
  }

  const change =
    (action: 'acknowledged' | 'resolved' | 'reopened') =>
    async (actor: Actor, id: string, note?: string): Promise<AlertView> =>
      deps.db.transaction().execute(async (trx) => {
        const row = await step(trx, actor, id, action, note ?? null);
        return (await withReports(trx, [row]))[0]!;
      });

  return {
    async list(query: { status?: AlertStatus; country?: string; limit: number; cursor?: string }) {
      const after = query.cursor ? decodeCursor(query.cursor) : undefined;
      const rows = await listAlerts(deps.db, { ...query, after, limit: query.limit + 1 });
      const page = rows.slice(0, query.limit);
      return {
        items: await withReports(deps.db, page),
        nextCursor: rows.length > query.limit && page.length > 0 ? encodeCursor(page.at(-1)!) : null,
      };
    },

    async get(id: string) {
      const row = await findAlert(deps.db, id);
      if (!row) throw notFound('Alert');
      const [alert] = await withReports(deps.db, [row]);
      const events = await alertEvents(deps.db, id);
      const evidence = alert!.reportIds.length
        ? await hitsWithReviews(deps.db)
            .innerJoin('reports', 'reports.id', 'hits.report_id')
            .select([
              'reports.report_date',
              'reports.title',
              'reports.source_name',
              'reports.source_url',
              'reports.reliability',
            ])
            .where('hits.report_id', 'in', alert!.reportIds)
            .where('hits.weight', '>', 0)
            .orderBy('hits.weight', 'desc')
            .orderBy('reports.report_date', 'desc')
            .limit(30)
            .execute()
        : [];
      return {
        ...alert!,
        events: events.map((e) => ({
          at: e.at.toISOString(),
          actor: e.actor,
          action: e.action as AlertEventAction,
          note: e.note,
          details: e.details,
        })),
        evidence: evidence
          .filter((h) => !row.metric.startsWith('RF') || h.risk_factors.includes(row.metric))
          .map((h) => ({
            ...rowToStoredHit(h),
            reportId: h.report_id,
            date: h.report_date,
            title: h.title,
            source: h.source_name
              ? { name: h.source_name, url: h.source_url, reliability: h.reliability }
              : null,
          })),
      };
    },

    acknowledge: change('acknowledged'),
    resolve: change('resolved'),
    reopen: change('reopened'),

    async assign(actor: Actor, id: string, assignee: string | null, note?: string): Promise<AlertView> {
      return deps.db.transaction().execute(async (trx) => {
        const row = await step(trx, actor, id, 'assigned', note ?? null, assignee);
        return (await withReports(trx, [row]))[0]!;
      });
    },

    /** Acknowledges every open alert among `ids` in one transaction; the others are listed as skipped. */
    async acknowledgeMany(actor: Actor, ids: string[], note?: string) {
      return deps.db.transaction().execute(async (trx) => {
        const acknowledged: string[] = [];
        const skipped: string[] = [];
        for (const id of [...new Set(ids)].sort()) {
          const alert = await findAlert(trx, id, true);
          if (alert?.status !== 'open') {
            skipped.push(id);
            continue;
          }
          await step(trx, actor, id, 'acknowledged', note ?? null);
          acknowledged.push(id);
        }
        return { acknowledged, skipped };
      });
    },
  };
}

export type AlertsService = ReturnType<typeof createAlertsService>;
