import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { type ServerProcess, spawnServer } from '../helpers/server-process.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

const SERVING = /serving the dashboard at (http:\/\/\S+) /;
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Issue 8, scale-out: two app processes on one PostgreSQL database share the background work (alert
 * evaluation, webhook deliveries, rescoring) through the database, and nothing is done twice or lost.
 */
describe.runIf(onPostgres)('two app processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  let servers: ServerProcess[] = [];
  let urls: string[] = [];
  const token = `atalaya_${randomBytes(24).toString('base64url')}`;
  const received: Array<{ delivery: string; event: string }> = [];
  const receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received.push({
        delivery: req.headers['x-atalaya-delivery'] as string,
        event: req.headers['x-atalaya-event'] as string,
      });
      res.end('ok');
    });
  });
  let hookUrl = '';

  const api = (i: number, path: string, init: RequestInit = {}) =>
    fetch(`${urls[i]}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    const url = database.location.url!;
    await database.close();
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    // Both start at once, on the same database: migrations and the first admin must not race.
    const env = {
      DATABASE_URL: url,
      ATALAYA_BOOTSTRAP_TOKEN: token,
      ATALAYA_ADMIN_PASSWORD: 'a long admin password',
    };
    servers = [spawnServer(env), spawnServer(env)];
    urls = await Promise.all(servers.map(async (s) => (await s.waitFor(SERVING, 120_000))[1]!));
  }, 180_000);

  afterAll(async () => {
    for (const s of servers) s.proc.kill('SIGTERM');
    await Promise.all(servers.map((s) => s.exited()));
    receiver.close();
    await database?.destroy();
  });

  it('delivers every webhook exactly once, whichever process sends it', async () => {
    expect(
      (await api(0, '/api/webhooks', { method: 'POST', body: JSON.stringify({ name: 'All', url: hookUrl }) }))
        .status,
    ).toBe(201);
    const db = await openDatabase({ url: database.location.url!, poolSize: 2 });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 40; i++) {
        const row = await db.db
          .insertInto('alerts')
          .values({
            threshold_id: null,
            threshold_name: `Scale-out ${i}`,
            country: 'SDN',
            metric: 'score',
            kind: 'level',
            threshold_value: 40,
            value: 50,
            change: 5,
            latest_value: 50,
            triggered_at: daysAgo(1),
            holding: true,
            cleared_at: null,
            assignee: null,
            risk_factors: [],
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        ids.push(row.id);
      }
      // Half acknowledged through each process; both workers then race for the 40 deliveries.
      await Promise.all(
        ids.map((id, i) => api(i % 2, `/api/alerts/${id}/acknowledge`, { method: 'POST', body: '{}' })),
      );
      await until(async () => received.length >= 40, 60_000, '40 deliveries');
      await new Promise((r) => setTimeout(r, 3_000)); // a second delivery of anything would arrive by now
      expect(received).toHaveLength(40);
      expect(new Set(received.map((r) => r.delivery)).size).toBe(40);
      expect(received.every((r) => r.event === 'alert.acknowledged')).toBe(true);
      const rows = await db.db.selectFrom('webhook_deliveries').select(['status', 'attempts']).execute();
      expect(rows).toHaveLength(40);
      expect(rows.every((r) => r.status === 'delivered' && r.attempts === 1)).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('evaluates every queued country once the queue drains, with one alert per condition', async () => {
    const countries = ['SDN', 'MMR', 'COD', 'SSD', 'ETH', 'HTI', 'MLI', 'BFA', 'NER', 'YEM'];
    const text = (c: string, d: number) =>
      `Militias killed at least ${40 + d} civilians of the ${c} minority and burned their village; ` +
      'survivors said the attackers shouted that none of them would be left alive.';
    const lines = (i: number) =>
      countries
        .flatMap((c) =>
          [1, 2, 3].map((d) => ({ country: c, date: daysAgo(d + i * 3), text: text(c, d + i * 3) })),
        )
        .map((r) => JSON.stringify(r))
        .join('\n');
    const results = await Promise.all(
      [0, 1].map((i) =>
        api(i, '/api/reports/bulk', {
          method: 'POST',
          headers: { 'content-type': 'application/x-ndjson' },
          body: lines(i),
        }).then((r) => r.json()),
      ),
    );
    expect(results.map((r) => r.accepted)).toEqual([30, 30]);
    const db = await openDatabase({ url: database.location.url!, poolSize: 2 });
    try {
      await until(
        async () => (await db.db.selectFrom('alert_queue').selectAll().execute()).length === 0,
        60_000,
        'the alert queue to drain',
      );
      const alerts = await db.db
        .selectFrom('alerts')
        .select(['country', 'threshold_id'])
        .where('threshold_id', 'is not', null)
        .execute();
      const high = alerts.filter((a) => countries.includes(a.country.trim()));
      expect(new Set(high.map((a) => a.country.trim())).size).toBe(countries.length);
      const keys = high.map((a) => `${a.threshold_id}|${a.country}`);
      expect(new Set(keys).size).toBe(keys.length);
    } finally {
      await db.close();
    }
    for (const s of servers) expect(s.output()).not.toMatch(/"level":50|alert worker/);
  });

  it('runs a rescore asked of both processes at once as one job', async () => {
    // The job must still be active when the second request is handled, or starting a second job would be right:
    // the reports are made stale, and one of them is held locked until both answers are in, so the job cannot
    // finish before then however the two requests interleave.
    const holder = await openDatabase({ url: database.location.url!, poolSize: 1 });
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding: Promise<void> | undefined;
    let lockedRows = 0;
    try {
      await holder.db.updateTable('reports').set({ catalog_version: 'stale' }).execute();
      const locked = new Promise<void>((resolve) => {
        holding = holder.db.transaction().execute(async (trx) => {
          lockedRows = (await trx.selectFrom('reports').select('id').limit(1).forUpdate().execute()).length;
          resolve();
          await released;
        });
      });
      await locked;
      expect(lockedRows, 'a stored report to hold (the test before ingests them)').toBe(1);
      const [a, b] = await Promise.all(
        [0, 1].map((i) => api(i, '/api/admin/rescore', { method: 'POST' }).then((r) => r.json())),
      );
      release();
      await holding;
      expect(a.id).toBe(b.id);
      await checkOneRescore(a.id);
    } finally {
      release();
      await holding?.catch(() => {});
      await holder.close();
    }
  });

  /** The job finishes, done, and it is the only rescore job the database ever held. */
  async function checkOneRescore(id: string) {
    await until(
      async () => ['done', 'failed'].includes((await (await api(1, `/api/jobs/${id}`)).json()).status),
      60_000,
      'the rescore job',
    );
    const job = await (await api(0, `/api/jobs/${id}`)).json();
    expect(job.status).toBe('done');
    const db = await openDatabase({ url: database.location.url!, poolSize: 1 });
    try {
      const jobs = await db.db.selectFrom('jobs').select('id').where('kind', '=', 'rescore').execute();
      expect(jobs).toHaveLength(1);
    } finally {
      await db.close();
    }
  }
});
