import { sql } from 'kysely';
import type { Database } from '../schema.ts';
import type { Executor } from './executor.ts';

/** A column of a table's primary key, with its SQL type so a keyset cursor (text) can be cast back. */
type KeyColumn = readonly [name: string, type: 'uuid' | 'bigint' | 'integer' | 'text' | 'bpchar' | 'date'];

export interface BackupTableSpec {
  name: keyof Database;
  /** The primary key: rows are read in its order, page by page (keyset pagination, never OFFSET). */
  key: readonly KeyColumn[];
  /** A bigserial column whose sequence must be moved past the restored ids. */
  serial?: string;
}

/**
 * Every table a backup carries, in dependency order (a table comes after those its foreign keys point to), so a
 * restore inserts them in this order inside one transaction. Not carried: `sessions` and `api_tokens` (secrets:
 * only their hashes are stored, useless without the secret) and `rate_limits` (counters of the last minutes).
 */
export const BACKUP_TABLES = [
  { name: 'users', key: [['id', 'uuid']] },
  { name: 'audit_log', key: [['id', 'bigint']], serial: 'id' },
  { name: 'reports', key: [['id', 'uuid']] },
  { name: 'hits', key: [['id', 'bigint']], serial: 'id' },
  {
    name: 'hit_reviews',
    key: [
      ['report_id', 'uuid'],
      ['indicator_id', 'text'],
      ['evidence_start', 'integer'],
      ['evidence_end', 'integer'],
    ],
  },
  { name: 'thresholds', key: [['id', 'uuid']] },
  { name: 'alerts', key: [['id', 'uuid']] },
  { name: 'alert_events', key: [['id', 'bigint']], serial: 'id' },
  {
    name: 'alert_reports',
    key: [
      ['alert_id', 'uuid'],
      ['report_id', 'uuid'],
    ],
  },
  { name: 'alert_queue', key: [['country', 'bpchar']] },
  { name: 'webhooks', key: [['id', 'uuid']] },
  { name: 'webhook_deliveries', key: [['id', 'uuid']] },
  {
    name: 'country_days',
    key: [
      ['country', 'bpchar'],
      ['day', 'date'],
    ],
  },
  {
    name: 'structural_risk',
    key: [
      ['country', 'bpchar'],
      ['source', 'text'],
    ],
  },
  { name: 'jobs', key: [['id', 'uuid']] },
  { name: 'protected_names', key: [['id', 'uuid']] },
] as const satisfies readonly BackupTableSpec[];

export type BackupTableName = (typeof BACKUP_TABLES)[number]['name'];

/** Tables a backup leaves out on purpose (see BACKUP_TABLES). */
export const TABLES_NOT_BACKED_UP = ['sessions', 'api_tokens', 'rate_limits'] as const;

/**
 * Makes the text form of rows exact and the same on every server, for the rest of the transaction: timestamps in
 * UTC (with microseconds and offset), floats with the shortest digits that read back to the same value (a server
 * with extra_float_digits = 0 would otherwise round to 15 digits).
 */
export async function useExactTextOutput(trx: Executor): Promise<void> {
  await sql`set local timezone to 'UTC'`.execute(trx);
  await sql`set local extra_float_digits = 1`.execute(trx);
}

export async function countRows(db: Executor, table: BackupTableName): Promise<number> {
  const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(rows[0]!.n);
}

export interface RowPage {
  /** Each row as PostgreSQL's own JSON text (to_jsonb): exact timestamps, floats and arrays, never parsed here. */
  rows: string[];
  /** The key of the last row, as text, for the next page; null when the page is the last. */
  next: string[] | null;
}

/** One page of `table` in key order after `after` (a previous page's `next`), leaving out the `omit` columns. */
export async function readRowPage(
  db: Executor,
  spec: BackupTableSpec,
  options: { after: string[] | null; limit: number; omit: readonly string[] },
): Promise<RowPage> {
  const keyRefs = spec.key.map(([name]) => sql.ref(`t.${name}`));
  const keyList = sql.join(keyRefs);
  const where = options.after
    ? sql`where (${keyList}) > (${sql.join(
        spec.key.map(([, type], i) => sql`cast(${options.after![i]} as ${sql.raw(type)})`),
      )})`
    : sql``;
  const { rows } = await sql<{ row: string; key: string[] }>`
    select (to_jsonb(t) - ${sql.val([...options.omit])}::text[])::text as row,
           array[${sql.join(keyRefs.map((ref) => sql`${ref}::text`))}] as key
    from ${sql.table(spec.name)} t
    ${where}
    order by ${keyList}
    limit ${options.limit}`.execute(db);
  return {
    rows: rows.map((r) => r.row),
    next: rows.length === options.limit ? rows[rows.length - 1]!.key : null,
  };
}

/**
 * Inserts rows given as JSON objects with every column: PostgreSQL converts each value from its JSON form
 * (jsonb_populate_recordset), so timestamps, dates, arrays, jsonb and floats arrive exactly as they left.
 */
export async function insertJsonRows(db: Executor, table: BackupTableName, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into ${sql.table(table)}
    select r.* from jsonb_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::jsonb) r`.execute(
    db,
  );
}

/** After restoring explicit ids, the next generated id must come after the largest one restored. */
export async function advanceSerial(db: Executor, table: BackupTableName, column: string): Promise<void> {
  await sql`
    select setval(pg_get_serial_sequence(${table}, ${column}), coalesce(max(${sql.ref(column)}), 0) + 1, false)
    from ${sql.table(table)}`.execute(db);
}

/**
 * The tables that hold data, for the "restore only into an empty database" check. The built-in thresholds that
 * the migration seeds do not count: every new database has them.
 */
export async function tablesWithData(db: Executor): Promise<string[]> {
  const tables = [...BACKUP_TABLES.map((t) => t.name), ...TABLES_NOT_BACKED_UP];
  const checks = tables.map(
    (table) =>
      sql<string>`(select ${table}::text where exists (select 1 from ${sql.table(table)} ${
        table === 'thresholds' ? sql`where not built_in` : sql``
      }))`,
  );
  const { rows } = await sql<{ table: string | null }>`
    select t as table from unnest(array[${sql.join(checks)}]) as t where t is not null`.execute(db);
  return rows.map((r) => r.table!);
}

/** The seeded built-in thresholds of a new database, replaced by the ones in the backup. */
export async function deleteBuiltInThresholds(db: Executor): Promise<void> {
  await db.deleteFrom('thresholds').where('built_in', '=', true).execute();
}

/** The last migration applied to the database: the schema a backup's rows have the shape of. */
export async function latestMigration(db: Executor): Promise<string | null> {
  const { rows } = await sql<{ name: string }>`
    select name from kysely_migration order by name desc limit 1`.execute(db);
  return rows[0]?.name ?? null;
}
