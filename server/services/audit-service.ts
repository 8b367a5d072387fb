import type { Kysely } from 'kysely';
import { listAuditEntries } from '../../db/queries/audit-log.ts';
import type { Database } from '../../db/schema.ts';
import type { AuditEntry } from '../contract/audit.ts';

export function createAuditService(deps: { db: Kysely<Database> }) {
  return {
    async latest(limit: number): Promise<AuditEntry[]> {
      const rows = await listAuditEntries(deps.db, limit);
      return rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actor: r.actor,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        details: r.details,
      }));
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
