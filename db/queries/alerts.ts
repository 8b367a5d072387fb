import { sql, type Updateable } from 'kysely';
import type { AlertRow, AlertStatus, AlertsTable, NewAlertRow } from '../schema.ts';
import type { Executor } from './executor.ts';

const statusRank = sql<number>`case status when 'open' then 0 when 'acknowledged' then 1 else 2 end`;

/** A country's alerts the engine may still update: every unresolved one and those raised since `since`. */
export function alertsToReconcile(db: Executor, country: string, since: string): Promise<AlertRow[]> {
  return db
    .selectFrom('alerts')
    .selectAll()
    .where('country', '=', country)
    .where('threshold_id', 'is not', null)
    .where((eb) => eb.or([eb('status', '<>', 'resolved'), eb('triggered_at', '>=', since)]))
    .execute();
}

export function insertAlert(db: Executor, row: NewAlertRow): Promise<AlertRow> {
  return db.insertInto('alerts').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateAlert(
  db: Executor,
  id: string,
  changes: Updateable<AlertsTable>,
): Promise<AlertRow | undefined> {
  return db
    .updateTable('alerts')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export function findAlert(db: Executor, id: string, forUpdate = false): Promise<AlertRow | undefined> {
  const query = db.selectFrom('alerts').selectAll().where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export interface AlertFilter {
  status?: AlertStatus | undefined;
  country?: string | undefined;
  /** Keyset: alerts after this one in inbox order (open first, newest trigger first). */
  after?: { rank: number; triggeredAt: string; id: string } | undefined;
  limit: number;
}

export function listAlerts(db: Executor, filter: AlertFilter) {
  let query = db.selectFrom('alerts').selectAll().select(statusRank.as('rank'));
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.country) query = query.where('country', '=', filter.country);
  if (filter.after) {
    const { rank, triggeredAt, id } = filter.after;
    query = query.where(
      sql<boolean>`(${statusRank} > ${rank} or (${statusRank} = ${rank} and (triggered_at, id) < (${triggeredAt}::date, ${id}::uuid)))`,
    );
  }
  return query
    .orderBy(statusRank)
    .orderBy('triggered_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .execute();
}

export async function insertAlertEvent(
  db: Executor,
  event: { alert_id: string; actor: string; action: string; note?: string | null; details?: object },
): Promise<void> {
  await db
    .insertInto('alert_events')
    .values({
      alert_id: event.alert_id,
      actor: event.actor,
      action: event.action,
      note: event.note ?? null,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}

export function alertEvents(db: Executor, alertId: string) {
  return db.selectFrom('alert_events').selectAll().where('alert_id', '=', alertId).orderBy('id').execute();
}

/** Attaches reports to an alert; returns the ids that were not attached before. */
export async function attachReports(
  db: Executor,
  alertId: string,
  reportIds: readonly string[],
): Promise<string[]> {
  if (reportIds.length === 0) return [];
  const rows = await db
    .insertInto('alert_reports')
    .values(reportIds.map((report_id) => ({ alert_id: alertId, report_id })))
    .onConflict((oc) => oc.doNothing())
    .returning('report_id')
    .execute();
  return rows.map((r) => r.report_id);
}

export async function reportIdsOfAlerts(
  db: Executor,
  alertIds: readonly string[],
): Promise<Map<string, string[]>> {
  const byAlert = new Map<string, string[]>();
  if (alertIds.length === 0) return byAlert;
  const rows = await db
    .selectFrom('alert_reports')
    .innerJoin('reports', 'reports.id', 'alert_reports.report_id')
    .select(['alert_reports.alert_id', 'alert_reports.report_id'])
    .where('alert_reports.alert_id', 'in', alertIds)
    .orderBy('reports.report_date', 'desc')
    .orderBy('alert_reports.report_id')
    .execute();
  for (const row of rows) byAlert.set(row.alert_id, [...(byAlert.get(row.alert_id) ?? []), row.report_id]);
  return byAlert;
}
