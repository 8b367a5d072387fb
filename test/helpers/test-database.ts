import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../db/client.ts';
import { databaseUrlFor, FILE_DB_PREFIX } from './postgres-url.ts';

export interface TestDatabase extends DatabaseHandle {
  /** PGlite: the data directory; PostgreSQL: the database URL. Lets a test start a second server on it. */
  location: { dataDir?: string; url?: string };
  /** Closes and deletes the database. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database of its own for the caller: PGlite by default, PostgreSQL when TEST_DATABASE_URL
 * is set. Never shared between test files, so files run in parallel and leave nothing behind. `backend` picks
 * one explicitly (tests that move data between the two); 'postgres' needs TEST_DATABASE_URL.
 */
export async function createTestDatabase(backend?: 'pglite' | 'postgres'): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const template = inject('postgresTemplate');
  if (backend === 'postgres' && !(adminUrl && template))
    throw new Error('PostgreSQL needs TEST_DATABASE_URL');
  if (adminUrl && template && backend !== 'pglite') return clonePostgres(adminUrl, template);

  const dataDir = mkdtempSync(join(tmpdir(), 'atalaya-db-'));
  const blob = new Blob([readFileSync(inject('pgliteTemplatePath'))]);
  const handle = await openDatabase({ dataDir, loadDataDir: blob });
  return {
    ...handle,
    location: { dataDir },
    destroy: async () => {
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An empty migrated PGlite data directory on disk, not opened: for tests that start a whole server on it. */
export function createTestDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'atalaya-data-'));
}

async function clonePostgres(adminUrl: string, template: string): Promise<TestDatabase> {
  const name = `${FILE_DB_PREFIX}${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(adminUrl, `create database ${name} template ${template}`);
  const url = databaseUrlFor(adminUrl, name);
  const handle = await openDatabase({ url, poolSize: 4 });
  return {
    ...handle,
    location: { url },
    destroy: async () => {
      await handle.close();
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  // Cloning a template fails while another clone is copying it (55006): wait and retry.
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== '55006' || attempt >= 20) throw err;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    } finally {
      await client.end();
    }
  }
}
