import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../db/client.ts';
import { createLogger } from '../../server/logger.ts';
import { createServices } from '../../server/services/index.ts';
import { leaksInternals, startTraffic, type TrafficResult } from '../helpers/api-traffic.ts';
import { generateReports } from '../helpers/generated-reports.ts';
import { aggregateDifferences } from '../helpers/ingest-consistency.ts';
import { streamNdjsonUpload } from '../helpers/ndjson-upload.ts';
import { type ServerProcess, spawnServer } from '../helpers/server-process.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.ts';
import { testPasswords } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

const SERVING = /serving the dashboard at (http:\/\/127\.0\.0\.1:\d+)/;
const TOKEN = 'db-outage-bootstrap-token-0123456789abcdef';
const PASSWORD = 'an admin password for the outage test';
const today = new Date().toISOString().slice(0, 10);
const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

async function until<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The contract's 503: the `unavailable` error body, a Retry-After, and nothing of the internals. */
function expectUnavailable(r: Pick<TrafficResult, 'status' | 'body' | 'retryAfter' | 'label'>) {
  expect(r.status, `${r.label}: ${r.body.slice(0, 200)}`).toBe(503);
  expect(JSON.parse(r.body), r.label).toEqual({
    error: { code: 'unavailable', message: expect.any(String), details: [] },
  });
  expect(r.retryAfter, r.label).toMatch(/^\d+$/);
}

const expectUnavailableResponse = async (label: string, res: Response) =>
  expectUnavailable({
    label,
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: await res.text(),
  });

let n = 0;
const atrocity = () =>
  `Militias killed at least ${40 + ++n} Masalit civilians in El Geneina and burned the village; ` +
  'survivors said the attackers shouted that no Masalit would be left alive. ' +
  'Women and girls were raped by the fighters and hundreds of families fled to Chad.';

/**
 * Issue 8, reliability: PostgreSQL goes away (every connection cut, new ones refused) and comes back, behind a
 * TCP proxy so the shared server is never touched. Meanwhile the server answers 503 with the contract's body,
 * never 500, never crashes; afterwards it recovers by itself, background loops included.
 */
describe.runIf(onPostgres)('a database outage (PostgreSQL through a proxy that cuts it)', () => {
  let database: TestDatabase;
  let direct: DatabaseHandle;
  let proxy: TcpProxy;
  let server: ServerProcess;
  let url = '';
  let phase = 'before';
  const auth = { authorization: `Bearer ${TOKEN}` };
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${url}${path}`, { ...init, headers: { ...auth, ...(init.headers as object) } });

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.close();
    const target = new URL(database.location.url!);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    // The test's own connection goes straight to PostgreSQL: it stays up while the app's is cut.
    direct = await openDatabase({ url: database.location.url!, poolSize: 2 });
    server = spawnServer({
      DATABASE_URL: proxy.urlFor(database.location.url!),
      ATALAYA_BOOTSTRAP_TOKEN: TOKEN,
      ATALAYA_ADMIN_PASSWORD: PASSWORD,
    });
    url = (await server.waitFor(SERVING, 120_000))[1]!;
    const seeded = await streamNdjsonUpload(
      url,
      TOKEN,
      generateReports({ count: 3_000, endDate: today, seed: 9 }).map((r) => JSON.stringify(r)),
    );
    expect(seeded.status, seeded.body.slice(0, 300)).toBe(200);
  }, 180_000);

  afterAll(async () => {
    server?.proc.kill('SIGKILL');
    await server?.exited();
    await proxy?.close();
    await direct?.close();
    await database?.destroy();
  });

  it('answers 503 while the database is gone, never 500, and recovers by itself', async () => {
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const doc = (await (await api('/api/openapi.json')).json()) as { paths: Record<string, object> };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
    );

    const traffic = startTraffic({
      baseUrl: url,
      headers: auth,
      workers: 4,
      phase: () => phase,
      requests: [
        { label: 'countries', path: '/api/countries' },
        { label: 'reports', path: '/api/reports?limit=50' },
        {
          label: 'ingest',
          path: '/api/reports',
          body: () => ({
            type: 'application/json',
            data: JSON.stringify({ country: 'SDN', date: today, text: atrocity() }),
          }),
        },
        { label: 'risk', path: `/api/countries/SDN/risk?from=${monthAgo}&to=${today}` },
        { label: 'alerts', path: '/api/alerts' },
        {
          label: 'bulk',
          path: '/api/reports/bulk',
          body: () => ({
            type: 'application/x-ndjson',
            data: Array.from({ length: 600 }, () =>
              JSON.stringify({ country: 'MMR', date: today, text: atrocity() }),
            ).join('\n'),
          }),
        },
        { label: 'briefing', path: '/api/briefings/SDN?format=md' },
        {
          label: 'score',
          path: '/api/score',
          body: () => ({ type: 'application/json', data: JSON.stringify({ text: atrocity() }) }),
        },
      ],
    });
    await new Promise((r) => setTimeout(r, 1_500));
    // A rescoring job with real work (every report made stale), cut off part-way: one page done, 15 to go.
    await direct.db.updateTable('reports').set({ catalog_version: 'before-the-outage' }).execute();
    const job = (await (await api('/api/admin/rescore', { method: 'POST' })).json()) as { id: string };
    await until(
      async () => {
        const j = (await (await api(`/api/jobs/${job.id}`)).json()) as { progress: { done?: number } };
        return (j.progress.done ?? 0) > 0;
      },
      30_000,
      'the job to rescore a page',
    );

    // The outage.
    phase = 'cutting';
    await proxy.cut();
    phase = 'down';
    await new Promise((r) => setTimeout(r, 1_000));
    expect(server.proc.exitCode, server.output().slice(-3000)).toBe(null);
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', database: 'postgres' });
    for (const route of routes) {
      const path = route.path
        .replace('{iso3}', 'SDN')
        .replace('{username}', 'admin')
        .replace(/\{\w+\}/g, '00000000-0000-0000-0000-000000000000');
      const res = await api(path, {
        method: route.method,
        ...(route.method === 'GET' || route.method === 'DELETE'
          ? {}
          : { body: '{}', headers: { 'content-type': 'application/json' } }),
      });
      await expectUnavailableResponse(`${route.method} ${path}`, res);
    }
    const bySession = await fetch(`${url}/api/auth/me`, { headers: { cookie } });
    await expectUnavailableResponse('a session', bySession);
    const signIn = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    await expectUnavailableResponse('sign-in', signIn);
    // What needs no database still works: the dashboard's files, and refusing a request without credentials.
    expect((await fetch(`${url}/`)).status).toBe(200);
    expect((await fetch(`${url}/api/countries`)).status).toBe(401);
    await new Promise((r) => setTimeout(r, 1_000));

    // The database is back: the server notices by itself.
    phase = 'restoring';
    await proxy.restore();
    await until(async () => (await fetch(`${url}/api/health`)).status === 200, 30_000, 'health to be ok');
    phase = 'after';
    await new Promise((r) => setTimeout(r, 1_500));
    const results = await traffic.stop();

    expect(server.proc.exitCode, server.output().slice(-2000)).toBe(null);
    const summary = (phaseName: string) =>
      results.filter((r) => r.startedIn === phaseName).map((r) => `${r.label} ${r.status}`);
    expect(
      results
        .filter((r) => r.status >= 500 && r.status !== 503)
        .map((r) => `${r.label} ${r.status} ${r.body.slice(0, 200)}`),
    ).toEqual([]);
    expect(results.filter((r) => r.status === 0).map((r) => `${r.label}: ${r.body}`)).toEqual([]);
    for (const r of results.filter((r) => r.status === 503)) expectUnavailable(r);
    expect(results.filter((r) => r.status >= 400 && leaksInternals(r.body)).map((r) => r.body)).toEqual([]);
    const during = results.filter((r) => r.startedIn === 'down' && r.endedIn === 'down');
    expect(during.length, summary('down').join(', ')).toBeGreaterThan(0);
    for (const r of during) expectUnavailable(r);
    const after = results.filter((r) => r.startedIn === 'after');
    expect(after.length).toBeGreaterThan(0);
    expect(
      after.filter((r) => r.status >= 300).map((r) => `${r.label} ${r.status} ${r.body.slice(0, 200)}`),
    ).toEqual([]);

    // Background work resumes: the interrupted job finishes, and new reports get their alerts evaluated.
    const finished = await until(
      async () => {
        const j = (await (await api(`/api/jobs/${job.id}`)).json()) as { status: string };
        return j.status === 'done' || j.status === 'failed' ? j : undefined;
      },
      60_000,
      'the interrupted job to finish',
    );
    expect(finished.status).toBe('done');
    const stale = await direct.db
      .selectFrom('reports')
      .select('id')
      .where('catalog_version', '=', 'before-the-outage')
      .execute();
    expect(stale.length).toBe(0);
    const risk = createServices({
      database: direct,
      passwords: testPasswords(),
      now: () => new Date(),
      sessionHours: 1,
      logger: createLogger('silent'),
    }).risk;
    expect((await aggregateDifferences(direct.db, risk)).slice(0, 3)).toEqual([]);
    const ingested = await api('/api/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        country: 'SYR',
        date: today,
        text: atrocity(),
        source: { name: 'UN', reliability: 'A1' },
      }),
    });
    expect(ingested.status).toBe(201);
    await until(
      async () =>
        ((await (await api('/api/alerts?country=SYR')).json()) as { items: unknown[] }).items.length > 0,
      30_000,
      'an alert for the new report',
    );

    // The loops said the database went away once, and that it came back, rather than an error a second.
    const log = server
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { level: number; msg: string; loop?: string });
    const said = (msg: string) => log.filter((l) => l.msg === msg).map((l) => l.loop);
    expect(said('database unavailable: retrying until it is back')).toContain('alert worker');
    expect(said('database unavailable: retrying until it is back').sort()).toEqual(
      [...new Set(said('database unavailable: retrying until it is back'))].sort(),
    );
    expect(said('database reachable again')).toContain('alert worker');
    expect(log.filter((l) => l.msg === 'job interrupted: the database is unavailable')).toHaveLength(1);
    expect(log.filter((l) => l.msg === 'alert worker' || l.msg === 'job runner')).toEqual([]);
  }, 180_000);
});
