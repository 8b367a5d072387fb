import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { BACKUP_TABLES, TABLES_NOT_BACKED_UP } from '../../db/queries/backup.ts';
import type { Database } from '../../db/schema.ts';
import { NO_PASSWORD_HASH } from '../../server/services/backup-restore.ts';
import { createPasswordHasher } from '../../server/services/password-hasher.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../helpers/test-app.ts';
import { createTestDataDir } from '../helpers/test-database.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EWP = fileURLToPath(new URL('../fixtures/ewp/final-forecasts.csv', import.meta.url));
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const operator = { username: 'backup-test' };
type Backend = 'pglite' | 'postgres';
type Row = Record<string, unknown>;
type Dump = Record<string, Row[]>;

let n = 0;
const atrocity = () =>
  `Militias killed at least ${40 + ++n} Masalit civilians in El Geneina and burned the village; ` +
  'survivors said the attackers shouted that no Masalit would be left alive. ' +
  'Women and girls were raped by the fighters and hundreds of families fled to Chad.';

/** A database filled the way people fill it: through the API and the services, every table touched. */
async function fill(t: TestApp) {
  const admin = await t.signIn('admin', 'ada');
  const analyst = await t.signIn('analyst', 'amina');
  const viewer = await t.withToken('viewer');
  const hook = await (
    await admin.post('/api/webhooks', { name: 'Ops', url: 'https://hooks.example.org/a' })
  ).json();
  expect(
    // 0.1 + 0.2 = 0.30000000000000004: every one of its 17 digits must come back.
    (
      await analyst.post('/api/thresholds', {
        country: 'SDN',
        metric: 'RF11',
        kind: 'level',
        value: 0.1 + 0.2,
      })
    ).status,
  ).toBe(201);
  for (const date of ['2026-03-05', '2026-03-07']) {
    const res = await analyst.post('/api/reports', {
      country: 'SDN',
      date,
      text: atrocity(),
      source: { name: 'Witness K', reliability: 'B2' },
    });
    expect(res.status).toBe(201);
  }
  const es = await analyst.post('/api/reports', {
    country: 'COL',
    date: '2026-03-06',
    lang: 'es',
    title: 'Informe de la vereda',
    tags: ['campo', 'niñez'],
    externalId: 'col-0001',
    period: { from: '2026-03-01', to: '2026-03-06' },
    text:
      'Paramilitares asesinaron a 23 campesinos en la vereda. ' +
      'Los combatientes reclutaron a niños de doce años en la escuela del pueblo.',
  });
  expect(es.status).toBe(201);
  const report = await (await analyst.get(`/api/reports/${(await es.json()).id}`)).json();
  const hit = report.hits.find((h: { weight: number }) => h.weight > 0);
  expect(
    (await analyst.put(`/api/hits/${hit.id}/review`, { decision: 'rejected', note: 'Un rumor' })).status,
  ).toBe(200);
  expect(await t.services.engine.drain()).toBeGreaterThan(0);
  const alerts = (await (await analyst.get('/api/alerts')).json()).items as Array<{ id: string }>;
  expect(alerts.length).toBeGreaterThan(0);
  expect((await analyst.post(`/api/alerts/${alerts[0]!.id}/acknowledge`, { note: 'Visto' })).status).toBe(
    200,
  );
  // One more report after the drain: the alert queue holds a request.
  await analyst.post('/api/reports', { country: 'SDN', date: '2026-03-08', text: atrocity() });
  expect((await analyst.post('/api/protected-names', { name: 'María Pérez', note: 'testigo' })).status).toBe(
    201,
  );
  await t.services.structural.importEwp({ username: 'importer' }, createReadStream(EWP));
  expect((await admin.post('/api/admin/rescore')).status).toBe(202);
  await t.services.jobs.tick();
  // PostgreSQL keeps microseconds, which a JS Date (and PGlite's clock) drops: one such instant must survive.
  await sql`update protected_names set created_at = '2026-03-01T10:00:00.123456Z'`.execute(t.database.db);
  // A server set up differently must not change the file: another time zone, floats rounded to 15 digits (on
  // PGlite, one connection, these hold for the export that follows).
  await sql`set timezone to 'America/Bogota'`.execute(t.database.db);
  await sql`set extra_float_digits = 0`.execute(t.database.db);
  return { hookSecret: hook.secret as string, token: viewer.token };
}

/** Every table as PostgreSQL's JSON of each row (exact: microseconds, float digits), independent of the backup code. */
async function dump(db: Kysely<Database>): Promise<Dump> {
  return db.transaction().execute(async (trx) => {
    await sql`set local timezone to 'UTC'`.execute(trx);
    await sql`set local extra_float_digits = 1`.execute(trx);
    const { rows: tables } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely%'`.execute(
      trx,
    );
    const out: Dump = {};
    for (const { name } of tables) {
      const { rows } = await sql<{
        row: string;
      }>`select to_jsonb(t)::text as row from ${sql.table(name)} t`.execute(trx);
      out[name] = rows
        .map((r) => JSON.parse(r.row) as Row)
        .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    }
    return out;
  });
}

/** What a restore changes on purpose: password hashes, the backup's own audit entries, secret-less webhooks. */
function comparable(d: Dump, webhookSecrets: boolean): Dump {
  const drop = (rows: Row[], ...columns: string[]) =>
    rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !columns.includes(k))));
  const out: Dump = { ...d, users: drop(d.users!, 'password_hash') };
  out.audit_log = d.audit_log!.filter((r) => !String(r.action).startsWith('backup.'));
  if (!webhookSecrets) {
    out.webhooks = drop(d.webhooks!, 'secret', 'enabled');
    out.webhook_deliveries = drop(d.webhook_deliveries!, 'status', 'next_attempt_at', 'last_error');
  }
  for (const table of TABLES_NOT_BACKED_UP) delete out[table];
  return out;
}

async function exportText(t: TestApp, includeWebhookSecrets = false): Promise<string> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  // Two rows a page: every table of more than two rows crosses keyset page boundaries (composite keys too).
  await t.services.backup.exportAll(operator, sink, { includeWebhookSecrets, pageRows: 2 });
  return Buffer.concat(chunks).toString('utf8');
}
const streamOf = (text: string) => new Blob([text]).stream() as ReadableStream<Uint8Array>;

const login = (t: TestApp, username: string, password: string) =>
  t.anonymous.post('/api/auth/login', { username, password });

function roundTrip(from: Backend, to: Backend) {
  describe(`backup from ${from} restored into ${to}`, () => {
    let source: TestApp;
    let target: TestApp;
    let secrets: Awaited<ReturnType<typeof fill>>;
    let file: string;
    const clock = () => new Date('2026-03-10T12:00:00Z');
    beforeAll(async () => {
      source = await createTestApp({ backend: from, now: clock });
      secrets = await fill(source);
      file = await exportText(source);
      target = await createTestApp({ backend: to, now: clock });
    }, 180_000);
    afterAll(async () => {
      await source?.close();
      await target?.close();
    });

    it('restores every table row by row, exactly, and leaves every secret out of the file', async () => {
      const header = JSON.parse(file.slice(0, file.indexOf('\n')));
      expect(header).toMatchObject({ format: 'atalaya-backup', version: 1, webhookSecrets: false });
      // Timestamps keep their microseconds in the file (a JS Date would drop them).
      expect(file).toContain('"2026-03-01T10:00:00.123456+00:00"');
      expect(file).toContain('0.30000000000000004');

      const summary = await target.services.backup.importAll(operator, streamOf(file), { batchRows: 3 });
      expect(summary.usersWithoutPassword.sort()).toEqual(['ada', 'amina']);
      expect(summary.webhooksDisabled).toBe(1);

      const before = await dump(source.database.db);
      const after = await dump(target.database.db);
      expect(Object.keys(after).sort()).toEqual(
        [...BACKUP_TABLES.map((t) => t.name), ...TABLES_NOT_BACKED_UP].sort(),
      );
      for (const table of BACKUP_TABLES.map((t) => t.name))
        expect(before[table]!.length, table).toBeGreaterThan(0);
      const [want, got] = [comparable(before, false), comparable(after, false)];
      for (const table of Object.keys(want)) expect(got[table], table).toEqual(want[table]);

      // Deliberately not carried: sessions, API tokens, password hashes, webhook secrets.
      expect(before.sessions!.length).toBeGreaterThan(0);
      expect(before.api_tokens!.length).toBeGreaterThan(0);
      for (const table of TABLES_NOT_BACKED_UP) expect(after[table], table).toEqual([]);
      const leaks = [
        secrets.hookSecret,
        secrets.token,
        TEST_PASSWORD,
        ...before.users!.map((u) => u.password_hash as string),
        ...before.api_tokens!.map((r) => r.token_hash as string),
        ...before.sessions!.flatMap((r) => [r.id_hash as string, r.csrf_token as string]),
      ];
      for (const secret of leaks) expect(file.includes(secret), 'a secret is in the file').toBe(false);
      expect(after.users!.every((u) => u.password_hash === NO_PASSWORD_HASH)).toBe(true);
      expect(after.webhooks).toEqual([expect.objectContaining({ enabled: false })]);
      expect(after.webhooks![0]!.secret).not.toBe(secrets.hookSecret);
      // Deliveries that were waiting would be signed with a secret the receiver never saw: not sent.
      const pending = before.webhook_deliveries!.filter((d) => d.status === 'pending').map((d) => d.id);
      expect(pending.length).toBeGreaterThan(0);
      for (const d of after.webhook_deliveries!.filter((r) => pending.includes(r.id))) {
        expect(d).toMatchObject({ status: 'failed', next_attempt_at: null });
      }
      const imported = after.audit_log!.filter((r) => r.action === 'backup.import');
      expect(imported).toHaveLength(1);
    });

    it('lets restored users sign in only after reset-password, and keeps generating new ids', async () => {
      expect((await login(target, 'ada', TEST_PASSWORD)).status).toBe(401);
      const { password } = await target.services.users.resetPassword(operator, 'ada');
      expect((await login(target, 'ada', password)).status).toBe(200);
      // The sequences of hits, alert events and the audit log were moved past the restored ids.
      const before = await target.database.db
        .selectFrom('hits')
        .select(({ fn }) => fn.max('id').as('max'))
        .executeTakeFirstOrThrow();
      const res = await target.services.reports.ingest(operator, {
        country: 'SDN',
        date: '2026-03-09',
        text: atrocity(),
      });
      const hits = await target.database.db
        .selectFrom('hits')
        .select('id')
        .where('report_id', '=', res.id)
        .execute();
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) expect(Number(h.id)).toBeGreaterThan(Number(before.max));
      const alert = await target.database.db.selectFrom('alerts').select('id').executeTakeFirstOrThrow();
      await target.services.alerts.resolve(operator, alert.id, 'Cerrada');
      const events = await target.database.db
        .selectFrom('alert_events')
        .select(['id', 'action'])
        .orderBy('id')
        .execute();
      expect(events.at(-1)).toMatchObject({ action: 'resolved', id: String(events.length) });
    });
  });
}

roundTrip('pglite', 'pglite');
if (onPostgres) {
  roundTrip('pglite', 'postgres');
  roundTrip('postgres', 'pglite');
}

describe('restoring a damaged backup, or into a database that holds data', () => {
  let source: TestApp;
  let target: TestApp;
  let secrets: Awaited<ReturnType<typeof fill>>;
  let lines: string[];
  let fresh: Dump;
  const work = mkdtempSync(join(tmpdir(), 'atalaya-backup-'));
  beforeAll(async () => {
    source = await createTestApp({ backend: 'pglite', now: () => new Date('2026-03-10T12:00:00Z') });
    secrets = await fill(source);
    lines = (await exportText(source)).split('\n');
    target = await createTestApp({ backend: 'pglite' });
    fresh = await dump(target.database.db);
  }, 180_000);
  afterAll(async () => {
    await source?.close();
    await target?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const restore = (text: string) => target.services.backup.importAll(operator, streamOf(text));
  /** The file with line `line` (numbered from 1) replaced. */
  const edited = (line: number, change: (text: string) => string) =>
    lines.map((text, i) => (i === line - 1 ? change(text) : text)).join('\n');
  const lineOf = (table: string) => lines.findIndex((l) => l.startsWith(`{"table":"${table}"`)) + 1;

  it('names the line of a bad row, and restores nothing at all', async () => {
    const hit = lineOf('hits');
    const report = lineOf('reports');
    const user = lineOf('users');
    const attempts: Array<[string, RegExp]> = [
      [
        edited(hit, (l) => l.replace(/"evidence_start": \d+/, '"evidence_start": "x"')),
        new RegExp(`^line ${hit} \\(hits\\): evidence_start: `),
      ],
      [edited(hit, (l) => l.slice(0, 60)), new RegExp(`^line ${hit}: not valid JSON`)],
      [
        edited(user, (l) => l.replace('"role"', '"password_hash": "scrypt$x", "role"')),
        /password_hash: unknown field/,
      ],
      [
        edited(hit, (l) =>
          l.replace(/"report_id": "[^"]+"/, '"report_id": "00000000-0000-4000-8000-000000000000"'),
        ),
        /\(hits\): the database refused the rows: .*foreign key/,
      ],
      [
        edited(report, (l) => l.replace('"table":"reports"', '"table":"secrets"')),
        new RegExp(`^line ${report}: unknown table "secrets"`),
      ],
      [
        [...lines.slice(0, user - 1), ...lines.slice(user), lines[user - 1]].join('\n'),
        new RegExp(`^line ${lines.length}: a row of users after rows of protected_names`),
      ],
      [lines.slice(0, -4).join('\n'), /ends early: .* of the \d+ rows/],
      [
        edited(1, (l) => l.replace('"version":1', '"version":2')),
        /^line 1: backup format 2; this Atalaya reads format 1/,
      ],
      [
        edited(1, (l) => l.replace(/"schemaVersion":"[^"]+"/, '"schemaVersion":"2030_01_01_0000_future"')),
        /schema of migration 2030_01_01_0000_future/,
      ],
      [edited(1, () => '{"country":"COL"}'), /^line 1: not an Atalaya backup/],
      ['', /the file is empty/],
    ];
    for (const [text, message] of attempts) await expect(restore(text)).rejects.toThrow(message);
    // Rows of the tables before the bad line were inserted, then rolled back with it: nothing is left.
    expect(await dump(target.database.db)).toEqual(fresh);
  });

  it('refuses a database that already holds data, and leaves it unchanged', async () => {
    const before = await dump(source.database.db);
    await expect(source.services.backup.importAll(operator, streamOf(lines.join('\n')))).rejects.toThrow(
      /database is not empty \(users, audit_log, reports,/,
    );
    expect(await dump(source.database.db)).toEqual(before);
  });

  it('keeps webhook secrets, and sends pending deliveries, only when the backup was made with them', async () => {
    const file = await exportText(source, true);
    expect(file).toContain(secrets.hookSecret);
    expect(JSON.parse(file.slice(0, file.indexOf('\n'))).webhookSecrets).toBe(true);
    const summary = await restore(file);
    expect(summary.webhooksDisabled).toBe(0);
    const [want, got] = [
      comparable(await dump(source.database.db), true),
      comparable(await dump(target.database.db), true),
    ];
    for (const table of Object.keys(want)) expect(got[table], table).toEqual(want[table]);
    expect(got.webhooks).toEqual([expect.objectContaining({ secret: secrets.hookSecret, enabled: true })]);
  });

  it('runs from the command line: export-all to a .gz file, import-all into a new data directory, reset-password', async () => {
    const want = comparable(await dump(source.database.db), false);
    await source.database.close(); // the CLI locks the data directory
    const cli = (dataDir: string, ...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', TZ: 'UTC', LOG_LEVEL: 'warn', ATALAYA_DATA_DIR: dataDir },
        encoding: 'utf8',
        timeout: 120_000,
      });
    const file = join(work, 'atalaya.ndjson.gz');
    const exported = cli(source.database.location.dataDir!, 'export-all', file);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/Exported \d+ row\(s\) of 16 tables/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(gunzipSync(readFileSync(file)).toString('utf8')).toContain('"format":"atalaya-backup"');

    const dir = createTestDataDir();
    try {
      const imported = cli(dir, 'import-all', file);
      expect(imported.status, imported.stderr).toBe(0);
      expect(imported.stdout).toContain('npm run cli -- reset-password ada');
      expect(imported.stdout).toContain('1 webhook(s) restored disabled');
      const again = cli(dir, 'import-all', file);
      expect(again.status).toBe(1);
      expect(again.stderr).toMatch(/not empty[\s\S]*Nothing was restored/);

      let handle = await openDatabase({ dataDir: dir });
      const got = comparable(await dump(handle.db), false);
      await handle.close();
      for (const table of Object.keys(want)) expect(got[table], table).toEqual(want[table]);

      const reset = cli(dir, 'reset-password', 'ada');
      expect(reset.status, reset.stderr).toBe(0);
      const password = /: (\S+)\n$/.exec(reset.stdout)![1]!;
      handle = await openDatabase({ dataDir: dir });
      const user = await handle.db
        .selectFrom('users')
        .selectAll()
        .where('username', '=', 'ada')
        .executeTakeFirstOrThrow();
      await handle.close();
      expect(await createPasswordHasher().verify(password, user.password_hash)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
