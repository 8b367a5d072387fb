import { sql } from 'kysely';
import { expect } from 'vitest';
import { ErrorResponse } from '../../server/contract/common.ts';
import type { TestApp } from './test-app.ts';

/**
 * Columns every authenticated request may touch without writing anything of substance: a token's last use and
 * a session's sliding expiry. They are left out of the row hashes; the rows themselves are still counted.
 */
const VOLATILE_COLUMNS: Record<string, string[]> = {
  api_tokens: ['last_used_at'],
  sessions: ['expires_at', 'last_seen_at'],
};

/** Per table of the database: its row count and a hash of its rows ("count:hash"). */
export type Fingerprint = Record<string, string>;

/**
 * A fingerprint of every table of the database, read from `information_schema` (so a table added by a later
 * migration is covered without touching this file), in one query. It sees inserts and deletes (the count) and
 * updates (the hash of each row's text), so "nothing was written" means nothing at all.
 */
export async function fingerprinter(t: TestApp): Promise<() => Promise<Fingerprint>> {
  const db = t.database.db;
  const columns = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`.execute(db);
  const byTable = new Map<string, string[]>();
  for (const { table_name, column_name } of columns.rows) {
    if (VOLATILE_COLUMNS[table_name]?.includes(column_name)) continue;
    byTable.set(table_name, [...(byTable.get(table_name) ?? []), column_name]);
  }
  if (byTable.size < 10) throw new Error(`expected the application's tables, found ${[...byTable.keys()]}`);
  const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const parts = [...byTable].map(([table, cols]) => {
    const row = `row(${cols.map((c) => `x.${ident(c)}`).join(', ')})::text`;
    return `(select count(*)::text || ':' || coalesce(sum(hashtext(${row})::bigint), 0)::text from ${ident(table)} x) as ${ident(table)}`;
  });
  const query = sql.raw<Fingerprint>(`select ${parts.join(', ')}`);
  return async () => (await query.execute(db)).rows[0]!;
}

/** The tables whose fingerprint differs, with before → after. */
export function changedTables(before: Fingerprint, after: Fingerprint, ignore: string[] = []): string[] {
  return Object.keys({ ...before, ...after })
    .filter((table) => !ignore.includes(table) && before[table] !== after[table])
    .map((table) => `${table}: ${before[table]} → ${after[table]}`);
}

/**
 * Watches a database for writes around each request, cheaply enough for thousands of fuzz cases. PostgreSQL
 * assigns a transaction id only to a transaction that writes, so when the next id to be assigned has not moved,
 * nothing was committed anywhere (one tiny query). Only when it moved (an accepted request, a counted sign-in
 * attempt, another database of the cluster, autovacuum) is the full fingerprint taken and compared. The app's
 * clock must be fixed, or every token request refreshes `last_used_at` once a minute (a harmless write).
 */
export async function writeWatcher(t: TestApp) {
  const full = await fingerprinter(t);
  const nextXid = async () =>
    (
      await sql<{ xid: string }>`select pg_snapshot_xmax(pg_current_snapshot())::text as xid`.execute(
        t.database.db,
      )
    ).rows[0]!.xid;
  let baseline: { xid: string; fingerprint: Fingerprint } | undefined;
  // The id first: a write between the two reads then makes the next check take the full path (never the reverse).
  const snapshot = async () => ({ xid: await nextXid(), fingerprint: await full() });
  return {
    /** Call right before the request; `fresh` when something else may have written since the last check. */
    async before(fresh = false): Promise<void> {
      if (fresh) baseline = undefined;
      baseline ??= await snapshot();
    },
    /**
     * Call after the request (and any background work it started): the tables that changed since `before`
     * (leaving out `ignore`), and how many rows each table gained. A failed check forgets the baseline, so the
     * next case starts afresh.
     */
    async changes(ignore: string[] = []): Promise<{ tables: string[]; gained: (table: string) => number }> {
      const start = baseline;
      baseline = undefined;
      if (!start) throw new Error('writeWatcher: changes() without before()');
      if ((await nextXid()) === start.xid) {
        baseline = start;
        return { tables: [], gained: () => 0 };
      }
      const now = await snapshot();
      baseline = now;
      return {
        tables: changedTables(start.fingerprint, now.fingerprint, ignore),
        gained: (table) => rowCount(now.fingerprint, table) - rowCount(start.fingerprint, table),
      };
    },
  };
}

export const rowCount = (f: Fingerprint, table: string) => Number(f[table]?.split(':')[0] ?? Number.NaN);

const ERROR_CODES = ErrorResponse.shape.error.shape.code.options;

/**
 * Whether a response is acceptable under fuzzing: never a 5xx, and every 4xx carries the contract's error body.
 * Returns the body's text. Throws (with `what` in the message) otherwise.
 */
export async function expectNo5xxAndContractErrors(res: Response, what: string): Promise<string> {
  const text = await res.text();
  expect(res.status, `${what} → ${res.status} ${text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status < 400) return text;
  expect(res.headers.get('content-type'), `${what}: error content type`).toMatch(/^application\/json/);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${what} → ${res.status} with a body that is not JSON: ${text.slice(0, 300)}`);
  }
  expect(body, `${what} → ${res.status} error shape`).toEqual({
    error: {
      code: expect.toBeOneOf(ERROR_CODES),
      message: expect.any(String),
      details: expect.any(Array),
    },
  });
  for (const detail of (body as { error: { details: unknown[] } }).error.details) {
    expect(detail, `${what}: error detail shape`).toEqual({
      path: expect.any(String),
      message: expect.any(String),
    });
  }
  return text;
}

/** For a 5xx: what the server logged about the request (its error message), to name the bug in the failure. */
export function serverError(t: TestApp, res: Response): string {
  if (res.status < 500) return '';
  const id = res.headers.get('x-request-id');
  const line = t.logs.find((l) => l.includes('"unhandled"') && id && l.includes(id));
  const err = line ? (JSON.parse(line) as { err?: { message?: string; stack?: string } }).err : undefined;
  return err ? ` [server: ${err.message} ${err.stack?.split('\n').slice(1, 4).join(' ')}]` : '';
}
