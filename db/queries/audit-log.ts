import type { AuditLogRow } from '../schema.ts';
import type { Executor } from './executor.ts';

export interface AuditEntry {
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
  requestId?: string | null;
}

/** Call inside the transaction that makes the change, so the record and the change commit together. */
export async function insertAuditEntry(db: Executor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor: entry.actor,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      details: JSON.stringify(entry.details ?? {}),
      request_id: entry.requestId ?? null,
    })
    .execute();
}

export function listAuditEntries(db: Executor, limit: number): Promise<AuditLogRow[]> {
  return db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit).execute();
}
