import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../../db/migrate.ts';
import { buildWebApp, webBuildIsStale } from '../../server/web-build.ts';
import { databaseUrlFor, TEMPLATE_PREFIX } from '../helpers/postgres-url.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A gzipped PGlite data directory, already migrated: each test file starts from a copy. */
    pgliteTemplatePath: string;
    /** Set when TEST_DATABASE_URL is: a migrated PostgreSQL database each test file clones. */
    postgresTemplate: string | null;
  }
}

/**
 * Migrates once per run, then every test file starts from a copy of that template (stack-notes: loading a
 * dumped PGlite directory is about 3× faster than migrating, and CREATE DATABASE … TEMPLATE is instant).
 */
export default async function setup(project: TestProject) {
  process.env.TZ = 'UTC';
  // Browser tests serve dist/web: build it once here, never concurrently from two test files.
  const root = fileURLToPath(new URL('../..', import.meta.url));
  if (existsSync(join(root, 'web/index.html')) && webBuildIsStale(root)) await buildWebApp(root);
  const work = mkdtempSync(join(tmpdir(), 'atalaya-test-'));
  const pglite = await PGlite.create(join(work, 'template'));
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(pglite)) }) });
  await migrateToLatest(db);
  await db.destroy();
  const dump = await pglite.dumpDataDir('gzip');
  await pglite.close();
  const templatePath = join(work, 'template.tar.gz');
  writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplatePath', templatePath);

  const adminUrl = process.env.TEST_DATABASE_URL;
  let templateName: string | null = null;
  if (adminUrl) {
    templateName = `${TEMPLATE_PREFIX}${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await dropLeftovers(admin);
    await admin.query(`create database ${templateName}`);
    const tdb = new Kysely<any>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({ connectionString: databaseUrlFor(adminUrl, templateName) }),
      }),
    });
    await migrateToLatest(tdb);
    await tdb.destroy();
    await admin.end();
  }
  project.provide('postgresTemplate', templateName);

  return async () => {
    rmSync(work, { recursive: true, force: true });
    if (adminUrl && templateName) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists "${templateName}" with (force)`);
      await dropLeftovers(admin);
      await admin.end();
    }
  };
}

/**
 * Databases of this suite left by an earlier, interrupted run (never anything else): those whose name carries
 * the id of a process that no longer exists. A run going on at the same time on this server (another checkout,
 * a second `npm test`) keeps its own.
 */
async function dropLeftovers(admin: pg.Client) {
  const { rows } = await admin.query<{ datname: string }>(
    `select datname from pg_database where datname like 'atalaya\\_t%'`,
  );
  for (const { datname } of rows) {
    const pid = Number(datname.match(/^atalaya_t[a-z]*_(\d+)_/)?.[1]);
    if (Number.isInteger(pid) && isAlive(pid)) continue;
    await admin.query(`drop database if exists "${datname}" with (force)`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
