import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { ClosedGuard } from './closed-guard.ts';
import { acquireDataDirLock } from './pglite-lock.ts';
import type { Database } from './schema.ts';

export type Backend = 'pglite' | 'postgres';

// `date` columns as 'YYYY-MM-DD' strings: pg's default turns them into local midnight, which shifts the day in
// any time zone west of UTC. Report dates are calendar days, not instants.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (value: string) => value);

export interface DatabaseHandle {
  db: Kysely<Database>;
  backend: Backend;
  /** Cheap liveness probe used by /api/health and the 503 mapping. */
  ping(): Promise<void>;
  /** Closes the pool and, for PGlite, the engine itself (db.destroy() alone would lose nothing but leak it). */
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A postgres:// URL. When absent, the embedded PGlite database in `dataDir` is used. */
  url?: string | undefined;
  dataDir?: string;
  /** PGlite only: start from a dumped data directory (tests use a migrated template). */
  loadDataDir?: Blob | File;
  poolSize?: number;
}

// The one place that chooses the backend. Both go through `pg` and Kysely's PostgresDialect, so result types
// (int8 as string, timestamptz as Date, jsonb as objects) are identical (stack-notes).
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.url ? openPostgres(options.url, options.poolSize ?? 10) : openPglite(options);
}

async function openPostgres(url: string, max: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000 });
  // A client losing its server (a restart, an outage) must not crash the process. The pool listens on idle
  // clients only (`pool.on('error')`); a checked-out client between two queries of a transaction (while the
  // app scores a chunk, say) emits 'error' with no listener, which would kill the process. Each client gets
  // its own listener: the error then surfaces as the next query's failure (a 503), and pg-pool discards the
  // broken client when it is released.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const guard = new ClosedGuard();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [guard] });
  let closing: Promise<void> | undefined;
  return {
    db,
    backend: 'postgres',
    ping: async () => void (await sql`select 1`.execute(db)),
    close: () => {
      guard.close();
      closing ??= db.destroy();
      return closing;
    },
  };
}

async function openPglite(options: DatabaseOptions): Promise<DatabaseHandle> {
  const dataDir = options.dataDir ?? './data';
  const releaseLock = acquireDataDirLock(dataDir);
  try {
    const pglite = await PGlite.create(
      dataDir,
      options.loadDataDir ? { loadDataDir: options.loadDataDir } : {},
    );
    const pool = new pg.Pool(createPgConfig(pglite));
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    const guard = new ClosedGuard();
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [guard] });
    let closed = false;
    return {
      db,
      backend: 'pglite',
      ping: async () => void (await sql`select 1`.execute(db)),
      close: async () => {
        if (closed) return;
        closed = true;
        guard.close();
        await db.destroy();
        await pglite.close();
        releaseLock();
      },
    };
  } catch (err) {
    releaseLock();
    throw err;
  }
}
