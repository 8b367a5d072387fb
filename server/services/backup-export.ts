import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import { insertAuditEntry } from '../../db/queries/audit-log.ts';
import {
  BACKUP_TABLES,
  type BackupTableName,
  countRows,
  latestMigration,
  readRowPage,
  useExactTextOutput,
} from '../../db/queries/backup.ts';
import type { Database } from '../../db/schema.ts';
import { catalog } from '../../indicators/catalog.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader } from '../backup/backup-format.ts';
import type { Actor } from './principal.ts';

export interface BackupProgress {
  table: string;
  /** Rows written or restored so far, over all tables. */
  done: number;
  total: number;
}

/**
 * Columns never written to a backup. Password hashes: a backup travels further than the database, and an offline
 * scrypt hash is still a guessing target. Webhook secrets: they sign what receivers trust, so only on request.
 */
function omittedColumns(table: BackupTableName, includeWebhookSecrets: boolean): string[] {
  if (table === 'users') return ['password_hash'];
  if (table === 'webhooks' && !includeWebhookSecrets) return ['secret'];
  return [];
}

export interface ExportOptions {
  includeWebhookSecrets?: boolean;
  onProgress?: (p: BackupProgress) => void;
  /** Rows read per query (tests make it tiny to cross many page boundaries). */
  pageRows?: number;
}

/** Writes with backpressure: a slow disk or a gzip stream holds the reader back instead of filling memory. */
async function write(out: Writable, text: string): Promise<void> {
  if (out.errored) throw out.errored;
  if (out.destroyed) throw new Error('the backup file was closed before the export finished');
  if (!out.write(text)) await once(out, 'drain');
}

/**
 * The whole database as a backup file on `out`, read in one repeatable-read snapshot so that every row a line
 * points to is in the file even while the server keeps writing. Rows are streamed page by page (keyset), never
 * held all at once. Audited after the snapshot (so the entry itself is not in the file).
 */
export async function exportBackup(
  deps: { db: Kysely<Database>; now: () => Date },
  actor: Actor,
  out: Writable,
  options: ExportOptions = {},
): Promise<BackupHeader> {
  const includeSecrets = options.includeWebhookSecrets ?? false;
  const limit = options.pageRows ?? 500;
  const header = await deps.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      await useExactTextOutput(trx);
      const tables: BackupHeader['tables'] = [];
      for (const spec of BACKUP_TABLES)
        tables.push({ name: spec.name, rows: await countRows(trx, spec.name) });
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        schemaVersion: (await latestMigration(trx)) ?? 'none',
        catalogVersion: catalog.version,
        exportedAt: deps.now().toISOString(),
        webhookSecrets: includeSecrets,
        tables,
      };
      await write(out, `${JSON.stringify(header)}\n`);
      const total = tables.reduce((sum, t) => sum + t.rows, 0);
      let done = 0;
      for (const spec of BACKUP_TABLES) {
        const omit = omittedColumns(spec.name, includeSecrets);
        const prefix = `{"table":${JSON.stringify(spec.name)},"row":`;
        let after: string[] | null = null;
        do {
          const page = await readRowPage(trx, spec, { after, limit, omit });
          if (page.rows.length > 0) await write(out, page.rows.map((row) => `${prefix}${row}}\n`).join(''));
          done += page.rows.length;
          options.onProgress?.({ table: spec.name, done, total });
          after = page.next;
        } while (after);
      }
      return header;
    });
  await insertAuditEntry(deps.db, {
    actor: actor.username,
    action: 'backup.export',
    targetType: 'database',
    targetId: header.schemaVersion,
    details: {
      rows: Object.fromEntries(header.tables.map((t) => [t.name, t.rows])),
      webhookSecrets: includeSecrets,
    },
    requestId: actor.requestId,
  });
  return header;
}
