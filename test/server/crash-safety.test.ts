import { rmSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../db/client.ts';
import { createLogger } from '../../server/logger.ts';
import { CHUNK_SIZE } from '../../server/services/bulk-ingest-service.ts';
import { createServices } from '../../server/services/index.ts';
import { generateReports } from '../helpers/generated-reports.ts';
import {
  aggregateDifferences,
  alertDifferences,
  rescoreDifferences,
  storedLines,
} from '../helpers/ingest-consistency.ts';
import { streamNdjsonUpload } from '../helpers/ndjson-upload.ts';
import { type ServerProcess, spawnServer } from '../helpers/server-process.ts';
import { testPasswords } from '../helpers/test-app.ts';
import { createTestDatabase, createTestDataDir } from '../helpers/test-database.ts';

const SERVING = /serving the dashboard at (http:\/\/127\.0\.0\.1:\d+)/;
const TOKEN = 'crash-safety-bootstrap-token-0123456789';
const REPORTS = 20_000;
/** Kill once the server has acknowledged this many lines: well inside the upload, after several chunks. */
const KILL_AFTER_LINE = 5_000;

const today = new Date().toISOString().slice(0, 10);
// Grouped by country (dates still in random order within each): a chunk touches one or two countries, so when
// the kill comes the countries finished earlier have had their alerts evaluated, and those can be checked.
const upload = generateReports({ count: REPORTS, endDate: today, seed: 8 }).sort((a, b) =>
  a.country.localeCompare(b.country),
);
const lines = upload.map((r) => JSON.stringify(r));

/**
 * The server's acknowledgements of an upload in progress: the bulk route answers only at the end, so
 * "acknowledged" means a chunk whose commit the server logged ("bulk upload: chunk committed", written after the
 * transaction commits), with `throughLine` the last line it settles.
 */
function acknowledgements(server: ServerProcess): Array<{ throughLine: number; time: number }> {
  return server
    .output()
    .split('\n')
    .filter((l) => l.includes('"bulk upload: chunk committed"'))
    .map((l) => JSON.parse(l) as { throughLine: number; time: number });
}

const countLines = (server: ServerProcess, text: string) =>
  server
    .output()
    .split('\n')
    .filter((l) => l.includes(text)).length;

async function until(check: () => boolean, timeoutMs: number, what: string, server: ServerProcess) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; output:\n${server.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

interface Storage {
  env: Record<string, string>;
  open(): Promise<DatabaseHandle>;
  /** PostgreSQL only (seen from another connection): a transaction of the upload is open and writing. */
  uploadInTransaction?: () => Promise<boolean>;
}

/** Every check of a database at rest against the upload: reports once each, scores, aggregates, alerts. */
async function checkConsistency(storage: Storage) {
  const database = await storage.open();
  try {
    const services = createServices({
      database,
      passwords: testPasswords(),
      now: () => new Date(),
      sessionHours: 1,
      logger: createLogger('silent'),
    });
    const lines = await storedLines(database.db, upload);
    expect(lines.unknown).toBe(0);
    expect([...lines.copies.values()].filter((n) => n !== 1)).toEqual([]);
    expect((await rescoreDifferences(database.db, upload)).slice(0, 3)).toEqual([]);
    expect((await aggregateDifferences(database.db, services.risk)).slice(0, 3)).toEqual([]);
    const alerts = await alertDifferences(database.db, services.engine);
    expect(alerts.differences.slice(0, 3)).toEqual([]);
    return { lines, alerts };
  } finally {
    await database.close();
  }
}

/**
 * Issue 8, reliability: a server killed (SIGKILL) in the middle of a bulk upload loses at most the chunk it
 * had not committed, never half a report or half an aggregate; restarted on the same database it serves again,
 * and re-sending the whole upload stores exactly what was missing.
 */
describe('crash safety of a bulk upload (the real server process, SIGKILL)', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  const start = async (storage: Storage, extra: Record<string, string> = {}) => {
    const server = spawnServer({ ...storage.env, ATALAYA_BOOTSTRAP_TOKEN: TOKEN, ...extra });
    cleanups.push(() => void server.proc.kill('SIGKILL'));
    const [, url] = await server.waitFor(SERVING, 120_000);
    return { server, url: url! };
  };

  async function crashAndRecover(storage: Storage, backend: string) {
    // 1. Upload, and kill the process once it has acknowledged KILL_AFTER_LINE lines, half a chunk later.
    const first = await start(storage);
    const sending = streamNdjsonUpload(first.url, TOKEN, lines);
    const acked = () => acknowledgements(first.server).at(-1)?.throughLine ?? 0;
    await until(() => acked() >= KILL_AFTER_LINE, 120_000, 'the acknowledgements', first.server);
    const acks = acknowledgements(first.server);
    const perChunk = (acks.at(-1)!.time - acks[0]!.time) / Math.max(1, acks.length - 1);
    // Aim inside the next chunk's transaction: on PostgreSQL, wait until it is seen open and writing; on
    // PGlite (which nothing else may open meanwhile), half a chunk later, as scoring and inserts take most of it.
    let inTransaction: boolean | 'unknown' = 'unknown';
    if (storage.uploadInTransaction) {
      const deadline = Date.now() + 10_000;
      do inTransaction = await storage.uploadInTransaction();
      while (!inTransaction && Date.now() < deadline);
    } else {
      await new Promise((r) => setTimeout(r, perChunk / 2));
    }
    first.server.proc.kill('SIGKILL');
    expect(await first.server.exited()).toBe(null);
    const outcome = await sending;
    expect(outcome.status).toBe(0);
    const acknowledged = acked();

    // 2. At rest: every acknowledged line once, whole chunks only, and nothing inconsistent.
    const afterCrash = await checkConsistency(storage);
    const total = afterCrash.lines.total;
    expect(total % CHUNK_SIZE).toBe(0);
    expect(total).toBeGreaterThanOrEqual(acknowledged);
    expect(Array.from({ length: total }, (_, i) => afterCrash.lines.copies.has(i + 1)).every(Boolean)).toBe(
      true,
    );
    console.info(
      `[crash-safety ${backend}] acknowledged ${acknowledged} lines (${acks.length}+ chunks, ~${Math.round(perChunk)} ms each), killed; ` +
        `killed inside a chunk's open transaction: ${inTransaction}; ${total} stored after the crash; alerts in step for ${afterCrash.alerts.checked} countries, ${afterCrash.alerts.queued.length} still queued`,
    );

    // 3. Restart on the same database, re-send everything: only the missing lines are stored.
    const second = await start(storage, { LOG_LEVEL: 'debug' });
    expect((await fetch(`${second.url}/api/health`)).status).toBe(200);
    const evaluatedBefore = countLines(second.server, '"alerts evaluated"');
    const ackedBefore = acknowledgements(second.server).length;
    const resent = await streamNdjsonUpload(second.url, TOKEN, lines);
    expect(resent.status, resent.body.slice(0, 300)).toBe(200);
    const resentAcks = acknowledgements(second.server).slice(ackedBefore);
    const seconds = (resentAcks.at(-1)!.time - resentAcks[0]!.time) / 1000;
    console.info(
      `[crash-safety ${backend}] re-sent ${REPORTS} lines: ${REPORTS - total} stored at ` +
        `${Math.round((REPORTS - total - CHUNK_SIZE) / seconds)} reports/s (server log times)`,
    );
    expect(JSON.parse(resent.body)).toMatchObject({
      accepted: REPORTS - total,
      duplicates: total,
      rejectedTotal: 0,
    });
    // Let the alert worker catch up with the upload before stopping (so the final check has work to compare).
    await until(
      () => countLines(second.server, '"alerts evaluated"') > evaluatedBefore,
      60_000,
      'the alert worker',
      second.server,
    );
    second.server.proc.kill('SIGTERM');
    expect(await second.server.exited()).toBe(0);

    // 4. Everything once, everything consistent.
    const final = await checkConsistency(storage);
    expect(final.lines.total).toBe(REPORTS);
    expect(final.lines.copies.size).toBe(REPORTS);
    expect(final.alerts.checked).toBeGreaterThan(0);
    expect(final.alerts.alerts).toBeGreaterThan(0);
  }

  it('on the embedded database (PGlite on disk)', async () => {
    const dir = createTestDataDir();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    await crashAndRecover(
      { env: { ATALAYA_DATA_DIR: dir }, open: () => openDatabase({ dataDir: dir }) },
      'pglite',
    );
  }, 300_000);

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'on PostgreSQL',
    async () => {
      const database = await createTestDatabase();
      await database.close();
      cleanups.push(() => database.destroy());
      const url = database.location.url!;
      const watcher = await openDatabase({ url, poolSize: 1 });
      cleanups.push(() => watcher.close());
      const uploadInTransaction = async () => {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null
            and (query ilike '%"reports"%' or query ilike '%"hits"%')`.execute(watcher.db);
        return rows[0]!.n > 0;
      };
      await crashAndRecover(
        { env: { DATABASE_URL: url }, open: () => openDatabase({ url, poolSize: 2 }), uploadInTransaction },
        'postgres',
      );
    },
    300_000,
  );
});
