import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../db/client.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { databaseUrlFor } from '../helpers/postgres-url.ts';

export const BENCH_POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * A fresh, migrated database for one benchmark: embedded PGlite on disk, or a new PostgreSQL database.
 * `serverEnv` points a server process at it (close the handle first on PGlite: one opener at a time).
 */
export async function benchDatabase(
  kind: 'pglite' | 'postgres',
): Promise<DatabaseHandle & { serverEnv: Record<string, string>; drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'atalaya-bench-'));
    const handle = await openDatabase({ dataDir: dir });
    await migrateToLatest(handle.db);
    return {
      ...handle,
      serverEnv: { ATALAYA_DATA_DIR: dir },
      drop: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `atalaya_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: BENCH_POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = databaseUrlFor(BENCH_POSTGRES_URL, name);
  const handle = await openDatabase({ url, poolSize: 8 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    serverEnv: { DATABASE_URL: url },
    drop: async () => {
      await handle.close();
      const again = new pg.Client({ connectionString: BENCH_POSTGRES_URL });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: BENCH_POSTGRES_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
