import type { Kysely, Transaction } from 'kysely';
import { insertAuditEntry } from '../../db/queries/audit-log.ts';
import {
  advanceSerial,
  BACKUP_TABLES,
  type BackupTableName,
  deleteBuiltInThresholds,
  insertJsonRows,
  latestMigration,
  tablesWithData,
} from '../../db/queries/backup.ts';
import type { Database } from '../../db/schema.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupHeader,
  BackupIdentity,
  BackupLine,
  BackupRow,
} from '../backup/backup-format.ts';
import { type NumberedLine, readLines } from '../bulk/ndjson-lines.ts';
import { issuesToDetails } from '../contract/issues.ts';
import { AppError, type ErrorDetail } from '../errors.ts';
import type { BackupProgress } from './backup-export.ts';
import type { Actor } from './principal.ts';
import { randomSecret } from './secrets.ts';

/**
 * The password hash of a restored user: no password verifies against it (the hasher reads only `scrypt$…`), so
 * the account exists, keeps its role and its history, and cannot sign in until an operator runs
 * `npm run cli -- reset-password NAME`.
 */
export const NO_PASSWORD_HASH = 'none:restored-from-backup';
const NOT_SENT = 'not sent: the backup had no webhook secrets (the webhook was restored disabled)';
/** One line is one row; no row of this application comes near it, and a file without newlines stops here. */
const MAX_LINE_CHARS = 256 * 1024 * 1024;
const BATCH_CHARS = 8 * 1024 * 1024;

export interface RestoreSummary {
  header: BackupHeader;
  /** Users restored without a password: each needs `reset-password` before signing in. */
  usersWithoutPassword: string[];
  /** Webhooks restored disabled, with a new secret nobody knows (the backup had none). */
  webhooksDisabled: number;
}

export interface RestoreOptions {
  onProgress?: (p: BackupProgress) => void;
  /** Rows inserted per statement (tests make it tiny to cross many batch boundaries). */
  batchRows?: number;
}

const lineError = (line: number, table: string | null, details: ErrorDetail[]) => {
  const where = table ? `line ${line} (${table})` : `line ${line}`;
  const what = details.map((d) => (d.path === 'body' ? d.message : `${d.path}: ${d.message}`)).join('; ');
  return new AppError('validation_failed', `${where}: ${what}`, {
    details: details.map((d) => ({
      path: `line ${line}${d.path === 'body' ? '' : `.${d.path}`}`,
      message: d.message,
    })),
  });
};
const fail = (line: number, message: string, table: string | null = null) =>
  lineError(line, table, [{ path: 'body', message }]);

function parseJson(line: NumberedLine): unknown {
  if (line.tooLong) throw fail(line.line, `longer than ${MAX_LINE_CHARS} characters`);
  try {
    return JSON.parse(line.text);
  } catch {
    throw fail(line.line, 'not valid JSON (a damaged or cut file?)');
  }
}

/** Line 1: this format, a layout this program reads, and the schema of this database. */
function readHeader(line: NumberedLine, schemaVersion: string | null): BackupHeader {
  const value = parseJson(line);
  const identity = BackupIdentity.safeParse(value);
  if (!identity.success || identity.data.format !== BACKUP_FORMAT) {
    throw fail(line.line, `not an Atalaya backup (the first line has no "format": "${BACKUP_FORMAT}")`);
  }
  if (identity.data.version !== BACKUP_VERSION) {
    throw fail(
      line.line,
      `backup format ${identity.data.version}; this Atalaya reads format ${BACKUP_VERSION}`,
    );
  }
  const parsed = BackupHeader.safeParse(value);
  if (!parsed.success) throw lineError(line.line, null, issuesToDetails(parsed.error.issues));
  const header = parsed.data;
  if (header.schemaVersion !== schemaVersion) {
    throw fail(
      line.line,
      `the backup has the database schema of migration ${header.schemaVersion}, this database is at ` +
        `${schemaVersion ?? 'none'}: restore it with the Atalaya release that made it, then upgrade`,
    );
  }
  const expected = BACKUP_TABLES.map((t) => t.name).join(', ');
  if (header.tables.map((t) => t.name).join(', ') !== expected) {
    throw fail(line.line, `the header lists other tables than this Atalaya has (${expected})`);
  }
  return header;
}

/** Read errors (a damaged gzip stream, a vanished file) named with the last line that was read. */
async function* numberedLines(input: ReadableStream<Uint8Array>): AsyncGenerator<NumberedLine> {
  let last = 0;
  const lines = readLines(input, MAX_LINE_CHARS)[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<NumberedLine>;
    try {
      next = await lines.next();
    } catch (err) {
      throw fail(last + 1, `the file could not be read: ${(err as Error).message}`);
    }
    if (next.done) return;
    last = next.value.line;
    yield next.value;
  }
}

/**
 * Restores a backup into an empty database, in one transaction: a bad line, a truncated file or a row the
 * database refuses leaves the database as it was. Each line is checked against the row shapes of
 * backup-format.ts and named by its number when it fails. Rows are inserted in batches as they are read, so the
 * file is never held in memory. Sequences are moved past the restored ids; the restore is audited.
 */
export async function restoreBackup(
  deps: { db: Kysely<Database> },
  actor: Actor,
  input: ReadableStream<Uint8Array>,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const schemaVersion = await latestMigration(deps.db);
  return deps.db.transaction().execute(async (trx) => {
    const occupied = await tablesWithData(trx);
    if (occupied.length > 0) {
      throw new AppError(
        'conflict',
        `The database is not empty (${occupied.join(', ')} hold data). import-all restores only into a new, ` +
          'empty database: point DATABASE_URL or ATALAYA_DATA_DIR at one, and do not start the server on it first.',
      );
    }
    // A new database carries the built-in thresholds of its migration; the backup has its own (maybe edited).
    await deleteBuiltInThresholds(trx);
    const restore = createRestorer(trx, options);
    let header: BackupHeader | undefined;
    for await (const line of numberedLines(input)) {
      if (!header) {
        header = readHeader(line, schemaVersion);
        restore.begin(header);
      } else await restore.line(line);
    }
    if (!header) throw fail(1, 'the file is empty');
    await restore.finish();
    await insertAuditEntry(trx, {
      actor: actor.username,
      action: 'backup.import',
      targetType: 'database',
      targetId: header.schemaVersion,
      details: {
        exportedAt: header.exportedAt,
        rows: Object.fromEntries(header.tables.map((t) => [t.name, t.rows])),
        webhookSecrets: header.webhookSecrets,
      },
      requestId: actor.requestId,
    });
    return {
      header,
      usersWithoutPassword: restore.usersWithoutPassword,
      webhooksDisabled: restore.webhooksWithoutSecret.size,
    };
  });
}

/** The per-line work of a restore: order and count checks, secrets put back in their safe form, batching. */
function createRestorer(trx: Transaction<Database>, { onProgress, batchRows = 500 }: RestoreOptions) {
  const order = new Map<string, number>(BACKUP_TABLES.map((t, i) => [t.name, i]));
  const counts = new Map<string, number>();
  const usersWithoutPassword: string[] = [];
  const webhooksWithoutSecret = new Set<string>();
  let header!: BackupHeader;
  let total = 0;
  let done = 0;
  let current = -1;
  let batch: { rows: object[]; chars: number; first: number; last: number } = {
    rows: [],
    chars: 0,
    first: 0,
    last: 0,
  };

  const tableName = (index: number) => BACKUP_TABLES[index]!.name as BackupTableName;

  async function flush(): Promise<void> {
    if (batch.rows.length === 0) return;
    const table = tableName(current);
    try {
      await insertJsonRows(trx, table, batch.rows);
    } catch (err) {
      const lines = batch.first === batch.last ? `line ${batch.first}` : `lines ${batch.first}–${batch.last}`;
      throw new Error(`${lines} (${table}): the database refused the rows: ${(err as Error).message}`, {
        cause: err,
      });
    }
    done += batch.rows.length;
    onProgress?.({ table, done, total });
    batch = { rows: [], chars: 0, first: 0, last: 0 };
  }

  /** What is stored for a row: the same values, except the secrets the backup does not carry. */
  function stored(table: BackupTableName, row: Record<string, unknown>, line: number): object {
    if (table === 'users') {
      usersWithoutPassword.push(row.username as string);
      return { ...row, password_hash: NO_PASSWORD_HASH };
    }
    if (table === 'webhooks') {
      if ((row.secret !== undefined) !== header.webhookSecrets) {
        throw fail(
          line,
          `"secret" must be ${header.webhookSecrets ? 'present' : 'absent'} (see the header)`,
          table,
        );
      }
      if (row.secret !== undefined) return row;
      // Signing with a secret the receiver never saw is useless: a new one, and disabled until replaced.
      webhooksWithoutSecret.add(row.id as string);
      return { ...row, secret: randomSecret('whsec_'), enabled: false };
    }
    if (
      table === 'webhook_deliveries' &&
      row.status === 'pending' &&
      webhooksWithoutSecret.has(row.webhook_id as string)
    ) {
      return { ...row, status: 'failed', next_attempt_at: null, last_error: NOT_SENT };
    }
    return row;
  }

  return {
    usersWithoutPassword,
    webhooksWithoutSecret,
    begin(h: BackupHeader) {
      header = h;
      total = h.tables.reduce((sum, t) => sum + t.rows, 0);
    },
    async line(line: NumberedLine): Promise<void> {
      const parsed = BackupLine.safeParse(parseJson(line));
      if (!parsed.success) throw lineError(line.line, null, issuesToDetails(parsed.error.issues));
      const { table, row } = parsed.data;
      const index = order.get(table);
      if (index === undefined) throw fail(line.line, `unknown table "${table}"`);
      if (index < current) {
        throw fail(
          line.line,
          `a row of ${table} after rows of ${tableName(current)}: not in the header's order`,
        );
      }
      if (index > current) {
        await flush();
        current = index;
      }
      const name = tableName(index);
      const checked = BackupRow[name].safeParse(row);
      if (!checked.success) throw lineError(line.line, name, issuesToDetails(checked.error.issues));
      const count = (counts.get(name) ?? 0) + 1;
      counts.set(name, count);
      if (count > header.tables[index]!.rows) {
        throw fail(line.line, `more rows than the ${header.tables[index]!.rows} the header announces`, name);
      }
      batch.rows.push(stored(name, checked.data as Record<string, unknown>, line.line));
      batch.chars += line.text.length;
      batch.first ||= line.line;
      batch.last = line.line;
      if (batch.rows.length >= batchRows || batch.chars >= BATCH_CHARS) await flush();
    },
    async finish(): Promise<void> {
      await flush();
      for (const { name, rows } of header.tables) {
        const got = counts.get(name) ?? 0;
        if (got !== rows) {
          throw new AppError(
            'validation_failed',
            `The file ends early: ${name} has ${got} of the ${rows} rows its header announces (a cut copy?)`,
          );
        }
      }
      for (const spec of BACKUP_TABLES) {
        if ('serial' in spec) await advanceSerial(trx, spec.name, spec.serial);
      }
    },
  };
}
