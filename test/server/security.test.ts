import * as crypto from 'node:crypto';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../db/schema.ts';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/logger.ts';
import type { PasswordHasher } from '../../server/services/password-hasher.ts';
import { anAlert } from '../helpers/alerts.ts';
import { writeWatcher } from '../helpers/db-fingerprint.ts';
import { captureLogs } from '../helpers/log-capture.ts';
import { type RouteEntry, routeKey, routeTable } from '../helpers/route-table.ts';
import { createTestApp, TEST_PASSWORD, type TestApp, testPasswords } from '../helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

// Every scrypt derivation and constant-time comparison the server makes, counted (the real functions run).
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return { ...real, scrypt: vi.fn(real.scrypt), timingSafeEqual: vi.fn(real.timingSafeEqual) };
});

const json = { 'content-type': 'application/json' };
const NOW = new Date('2026-03-31T12:00:00Z');
const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** An app like createTestApp's, with the knobs these tests need: log level, proxy trust, web root, hasher. */
async function customApp(
  options: { logLevel?: string; trustProxy?: boolean; webRoot?: string; passwords?: PasswordHasher } = {},
) {
  const database: TestDatabase = await createTestDatabase();
  const { lines: logs, stream } = captureLogs();
  const passwords = options.passwords ?? testPasswords();
  const { app, services } = createApp({
    database,
    logger: createLogger(options.logLevel ?? 'info', stream),
    passwords,
    version: 'test',
    maxBodyBytes: 64 * 1024,
    maxUploadBytes: 8 * 1024 * 1024,
    maxFileBytes: 2 * 1024 * 1024,
    sessionHours: 1,
    trustProxy: options.trustProxy ?? false,
    now: () => NOW,
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
  });
  const addUser = (username: string, role: Role = 'viewer') =>
    services.users.create({ username: 'setup' }, { username, password: TEST_PASSWORD, role });
  const login = (username: string, password = TEST_PASSWORD, headers: Record<string, string> = {}) =>
    app.request('/api/auth/login', {
      method: 'POST',
      headers: { ...json, ...headers },
      body: JSON.stringify({ username, password }),
    });
  return {
    app,
    services,
    database,
    logs,
    addUser,
    login,
    close: async () => {
      await services.jobs.stop();
      await database.destroy();
    },
  };
}

const cookieOf = (res: Response) => res.headers.get('set-cookie')?.split(';')[0] ?? '';

describe('session fixation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
  });
  afterAll(() => t.close());

  it('does not honour a planted cookie after sign-in, and gives the victim a new id and CSRF token', async () => {
    const victim = await t.signIn('admin');
    const planted = 'atalaya_session=attacker-chosen-value-0123456789abcdef0123456789';
    for (const plantedCookie of [planted, await attackerSession(t)]) {
      const res = await t.app.request('/api/auth/login', {
        method: 'POST',
        headers: { ...json, cookie: plantedCookie },
        body: JSON.stringify({ username: victim.username, password: TEST_PASSWORD }),
      });
      expect(res.status).toBe(200);
      const issued = cookieOf(res);
      expect(issued).toMatch(/^atalaya_session=/);
      expect(issued).not.toBe(plantedCookie);
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      expect(csrfToken).not.toBe(victim.csrfToken);

      // The planted value never becomes the victim: unknown → 401, the attacker's own session stays the attacker's.
      const me = await t.app.request('/api/auth/me', { headers: { cookie: plantedCookie } });
      if (plantedCookie === planted) expect(me.status).toBe(401);
      else
        expect(((await me.json()) as { user: { username: string } }).user.username).not.toBe(victim.username);
      const mine = await t.app.request('/api/auth/me', { headers: { cookie: issued } });
      expect(((await mine.json()) as { user: { username: string } }).user.username).toBe(victim.username);
    }
  });
});

/** A real session of a fresh viewer (its cookie), as an attacker would hold and plant. */
async function attackerSession(t: TestApp): Promise<string> {
  const username = `attacker-${Math.random().toString(36).slice(2, 8)}`;
  await t.services.users.create({ username: 's' }, { username, password: TEST_PASSWORD, role: 'viewer' });
  const res = await t.app.request('/api/auth/login', {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  return cookieOf(res);
}

describe('CSRF on every cookie-authenticated write of the route table', () => {
  let t: TestApp;
  let writes: RouteEntry[];
  let watcher: Awaited<ReturnType<typeof writeWatcher>>;

  /** A request each write route accepts (checked below), so a 403 can only be the CSRF guard. */
  type Sample = () => Promise<{ path: string; body?: string; type?: string; form?: () => FormData }>;
  let n = 0;
  const hit = async () => {
    const r = await t.services.reports.ingest(
      { username: 's' },
      { country: 'SDN', date: '2026-03-02', text: `Militias killed ${++n} villagers near the river.` },
    );
    return (await t.services.reports.get(r.id)).hits[0]!.id;
  };
  const threshold = async () =>
    (
      await t.services.thresholds.create(
        { username: 's' },
        { country: 'COL', metric: 'score', kind: 'level', value: 95 },
      )
    ).id;
  const body = (value: unknown) => JSON.stringify(value);
  const SAMPLES: Record<string, Sample> = {
    'POST /api/auth/logout': async () => ({ path: '/api/auth/logout' }),
    'POST /api/users': async () => ({
      path: '/api/users',
      body: body({ username: `csrf-${++n}`, password: 'a long enough password', role: 'viewer' }),
    }),
    'PATCH /api/users/{username}': async () => {
      const username = `csrf-target-${++n}`;
      await t.services.users.create({ username: 's' }, { username, password: TEST_PASSWORD, role: 'viewer' });
      return { path: `/api/users/${username}`, body: body({ role: 'analyst' }) };
    },
    'POST /api/tokens': async () => ({ path: '/api/tokens', body: body({ name: 'csrf', role: 'viewer' }) }),
    'DELETE /api/tokens/{id}': async () => ({
      path: `/api/tokens/${(await t.services.tokens.create({ username: 's' }, { name: 'x', role: 'viewer' })).id}`,
    }),
    'POST /api/score': async () => ({
      path: '/api/score',
      body: body({ text: 'Soldiers killed villagers.' }),
    }),
    'POST /api/reports': async () => ({
      path: '/api/reports',
      body: body({
        country: 'COL',
        date: '2026-03-01',
        text: `Paramilitares asesinaron a ${++n} campesinos.`,
      }),
    }),
    'POST /api/reports/bulk': async () => ({
      path: '/api/reports/bulk',
      type: 'application/x-ndjson',
      body: body({ country: 'PER', date: '2026-03-01', text: `Militares asesinaron a ${++n} comuneros.` }),
    }),
    'POST /api/reports/file': async () => {
      const text = `Soldiers killed ${++n} villagers near the river.`;
      return {
        path: '/api/reports/file',
        form: () => {
          const form = new FormData();
          form.set('file', new Blob([text], { type: 'text/plain' }), 'r.txt');
          form.set('country', 'SDN');
          form.set('date', '2026-03-05');
          return form;
        },
      };
    },
    'POST /api/admin/rescore': async () => ({ path: '/api/admin/rescore' }),
    'PUT /api/hits/{id}/review': async () => ({
      path: `/api/hits/${await hit()}/review`,
      body: body({ decision: 'rejected', note: 'Not in the source' }),
    }),
    'DELETE /api/hits/{id}/review': async () => {
      const id = await hit();
      await t.services.reviews.review({ username: 's' }, id, 'confirmed');
      return { path: `/api/hits/${id}/review` };
    },
    'POST /api/thresholds': async () => ({
      path: '/api/thresholds',
      body: body({ country: 'SDN', metric: 'score', kind: 'level', value: 80 }),
    }),
    'POST /api/thresholds/backtest': async () => ({
      path: '/api/thresholds/backtest',
      body: body({ threshold: { country: 'SDN', metric: 'score', kind: 'level', value: 50 } }),
    }),
    'PUT /api/thresholds/{id}': async () => ({
      path: `/api/thresholds/${await threshold()}`,
      body: body({ country: 'COL', metric: 'score', kind: 'level', value: 85 }),
    }),
    'DELETE /api/thresholds/{id}': async () => ({ path: `/api/thresholds/${await threshold()}` }),
    'POST /api/alerts/acknowledge': async () => ({
      path: '/api/alerts/acknowledge',
      body: body({ ids: [await anAlert(t)] }),
    }),
    'POST /api/alerts/{id}/acknowledge': async () => ({
      path: `/api/alerts/${await anAlert(t)}/acknowledge`,
      body: body({ note: 'Seen' }),
    }),
    'POST /api/alerts/{id}/resolve': async () => ({
      path: `/api/alerts/${await anAlert(t)}/resolve`,
      body: '{}',
    }),
    'POST /api/alerts/{id}/reopen': async () => ({
      path: `/api/alerts/${await anAlert(t, { status: 'resolved' })}/reopen`,
      body: '{}',
    }),
    'POST /api/alerts/{id}/assign': async () => ({
      path: `/api/alerts/${await anAlert(t)}/assign`,
      body: body({ assignee: null }),
    }),
    'POST /api/webhooks': async () => ({
      path: '/api/webhooks',
      body: body({ name: 'Chat', url: 'https://hooks.example.org/x' }),
    }),
    'DELETE /api/webhooks/{id}': async () => ({
      path: `/api/webhooks/${(await t.services.webhooks.create({ username: 's' }, { name: 'w', url: 'http://127.0.0.1:9/w' })).id}`,
    }),
    'POST /api/protected-names': async () => ({
      path: '/api/protected-names',
      body: body({ name: `Witness ${++n}` }),
    }),
    'DELETE /api/protected-names/{id}': async () => {
      const res = await (await t.withToken('admin')).post('/api/protected-names', { name: `Monitor ${++n}` });
      return { path: `/api/protected-names/${((await res.json()) as { id: string }).id}` };
    },
  };

  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
    writes = (await routeTable(t)).filter((r) => r.method !== 'GET' && r.access !== 'public');
    watcher = await writeWatcher(t);
  });
  afterAll(() => t.close());

  it('has a sample for every cookie-authenticated write route', () => {
    expect(writes.length).toBeGreaterThan(15);
    for (const route of writes)
      expect(SAMPLES, `add a CSRF sample for ${routeKey(route)}`).toHaveProperty([routeKey(route)]);
  });

  it('refuses a missing or wrong token and cross-site requests with 403, writing nothing; the right token passes', async () => {
    // Logout last: it ends the session.
    const ordered = [...writes].sort(
      (a, b) => Number(a.path === '/api/auth/logout') - Number(b.path === '/api/auth/logout'),
    );
    const admin = await t.signIn('admin');
    const other = await t.signIn('admin');
    for (const route of ordered) {
      const sample = await SAMPLES[routeKey(route)]!();
      const send = (headers: Record<string, string>) => {
        const base = sample.form
          ? { body: sample.form() }
          : sample.body === undefined
            ? {}
            : { body: sample.body, headers: { 'content-type': sample.type ?? 'application/json' } };
        return admin.request(sample.path, {
          method: route.method,
          ...base,
          headers: { ...((base as { headers?: object }).headers ?? {}), ...headers },
        });
      };
      const attacks: Array<[string, Record<string, string>]> = [
        ['no token', { 'x-csrf-token': '' }],
        ['a wrong token', { 'x-csrf-token': 'x'.repeat(admin.csrfToken.length) }],
        ["another session's token", { 'x-csrf-token': other.csrfToken }],
        ['a cross-site Origin', { origin: 'https://evil.example' }],
        ['an opaque Origin', { origin: 'null' }],
        ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
        ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
      ];
      for (const [attack, headers] of attacks) {
        await watcher.before(true); // the sample itself wrote (a user, a token…)
        const res = await send(headers);
        const what = `${routeKey(route)} with ${attack}`;
        expect(res.status, what).toBe(403);
        expect(((await res.json()) as { error: { code: string } }).error.code, what).toBe('forbidden');
        await t.services.jobs.tick();
        expect((await watcher.changes()).tables, `${what}: wrote`).toEqual([]);
      }
      const allowed = await send({});
      expect(
        allowed.status,
        `${routeKey(route)} with the right token: ${await allowed.clone().text()}`,
      ).toBeLessThan(300);
      await t.services.jobs.tick();
    }
  });
});

describe('login brute force', () => {
  it('limits attempts per account across addresses, and per address across accounts', async () => {
    const a = await customApp({ trustProxy: true });
    try {
      await a.addUser('target-user');
      await a.addUser('bystander');
      // Ten wrong passwords for one account, each from another address: the eleventh try is refused even with
      // the right password from a fresh address.
      for (let i = 0; i < 10; i++) {
        expect(
          (await a.login('target-user', 'wrong password', { 'x-forwarded-for': `203.0.113.${i}` })).status,
        ).toBe(401);
      }
      const blocked = await a.login('target-user', TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.7' });
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
      // Other accounts are not locked by it.
      expect((await a.login('bystander', TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.7' })).status).toBe(
        200,
      );

      // One address spraying many accounts: after 30 attempts it is refused, whatever the account; others are not.
      for (let i = 0; i < 30; i++) {
        const res = await a.login(`sprayed-${i}`, 'guess', { 'x-forwarded-for': '192.0.2.66' });
        expect(res.status).toBe(401);
      }
      expect((await a.login('bystander', TEST_PASSWORD, { 'x-forwarded-for': '192.0.2.66' })).status).toBe(
        429,
      );
      expect((await a.login('bystander', TEST_PASSWORD, { 'x-forwarded-for': '192.0.2.67' })).status).toBe(
        200,
      );
    } finally {
      await a.close();
    }
  });

  it('verifies a password for unknown users too (same scrypt cost, one constant-time comparison), and none once blocked', async () => {
    const calls = { verify: 0, verifyDummy: 0, hash: 0 };
    const real = testPasswords();
    const counting: PasswordHasher = {
      hash(password) {
        calls.hash++;
        return real.hash(password);
      },
      verify(password, stored) {
        calls.verify++;
        return real.verify(password, stored);
      },
      verifyDummy(password) {
        calls.verifyDummy++;
        return real.verifyDummy(password);
      },
    };
    const a = await customApp({ passwords: counting });
    try {
      await a.addUser('known-user');
      expect((await a.login('nobody-1', 'guess one')).status).toBe(401); // computes the dummy hash once
      const scrypt = vi.mocked(crypto.scrypt);
      const compare = vi.mocked(crypto.timingSafeEqual);
      const measure = async (username: string) => {
        const before = { ...calls };
        scrypt.mockClear();
        compare.mockClear();
        expect((await a.login(username, 'a wrong password')).status).toBe(401);
        return {
          verify: calls.verify - before.verify,
          verifyDummy: calls.verifyDummy - before.verifyDummy,
          scrypt: scrypt.mock.calls.map((c) => c[3]),
          comparisons: compare.mock.calls.length,
        };
      };
      const unknown = await measure('nobody-2');
      const wrong = await measure('known-user');
      expect(unknown.verifyDummy).toBe(1);
      expect(wrong.verify).toBe(1);
      // The same work underneath: one scrypt derivation with the same cost parameters, one timingSafeEqual.
      expect(unknown.scrypt).toHaveLength(1);
      expect(unknown.scrypt).toEqual(wrong.scrypt);
      expect(unknown.comparisons).toBe(1);
      expect(wrong.comparisons).toBe(1);

      // Once the account is rate-limited, nothing is hashed: a flood costs the server no scrypt work.
      for (let i = 0; i < 12; i++) await a.login('known-user', 'a wrong password');
      const before = calls.verify + calls.verifyDummy;
      expect((await a.login('known-user', TEST_PASSWORD)).status).toBe(429);
      expect(calls.verify + calls.verifyDummy).toBe(before);
    } finally {
      await a.close();
    }
  });
});

describe('token revocation', () => {
  it('stops a token on the very next request, writes included, and nothing it sends is stored', async () => {
    const t = await createTestApp({ now: () => NOW });
    try {
      const admin = await t.signIn('admin');
      const script = await t.withToken('analyst');
      const report = (i: number) => ({
        country: 'SDN',
        date: '2026-03-01',
        text: `Militias killed ${i} villagers.`,
      });
      expect((await script.post('/api/reports', report(1))).status).toBe(201);
      expect((await admin.delete(`/api/tokens/${script.id}`)).status).toBe(204);
      const watcher = await writeWatcher(t);
      await watcher.before();
      const res = await script.post('/api/reports', report(2));
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
      expect((await script.get('/api/health')).status).toBe(401); // a script learns its token is dead
      expect((await watcher.changes()).tables).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe('security headers and CSP on every response', () => {
  let a: Awaited<ReturnType<typeof customApp>>;
  let t: TestApp;
  beforeAll(async () => {
    a = await customApp({ webRoot: WEB_ROOT });
    t = await createTestApp(); // for the route table (the same app code)
  });
  afterAll(async () => {
    await a.close();
    await t.close();
  });

  function expectHeaders(res: Response, what: string) {
    const h = (name: string) => res.headers.get(name) ?? '';
    const csp = h('content-security-policy');
    if (/sandbox/.test(csp)) {
      // The HTML briefing's own policy (a document for a sandboxed preview): no script at all.
      expect(csp, what).toContain("default-src 'none'");
      expect(csp, what).not.toMatch(/script-src/);
    } else {
      expect(csp, what).toContain("default-src 'self'");
      expect(csp, what).toContain("script-src 'self'");
      expect(csp, what).toContain("object-src 'none'");
      expect(csp, what).toContain("frame-ancestors 'none'");
      expect(csp, what).not.toContain('unsafe-inline');
      expect(csp, what).not.toContain('unsafe-eval');
    }
    expect(h('strict-transport-security'), what).toMatch(/max-age=63072000/);
    expect(h('x-content-type-options'), what).toBe('nosniff');
    expect(h('referrer-policy'), what).toBe('no-referrer');
    expect(h('x-frame-options'), what).toMatch(/DENY|SAMEORIGIN/);
    expect(h('cross-origin-opener-policy'), what).toBe('same-origin');
    expect(h('cross-origin-resource-policy'), what).toBe('same-origin');
    expect(h('x-powered-by'), what).toBe('');
  }

  it('sends them on API answers, errors, unknown paths, the web app and its static assets', async () => {
    const routes = await routeTable(t);
    await a.addUser('hdr-admin', 'admin');
    const login = await a.login('hdr-admin');
    const cookie = cookieOf(login);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const asAdmin = { cookie, 'x-csrf-token': csrfToken };
    const concrete = (path: string) =>
      path
        .replace('{username}', 'hdr-admin')
        .replace('{iso3}', 'SDN')
        .replace('/api/hits/{id}', '/api/hits/1')
        .replace('{id}', '00000000-0000-4000-8000-000000000000');

    const requests: Array<[string, RequestInit]> = [];
    for (const route of routes) {
      const path = concrete(route.path);
      const method = route.method;
      requests.push([path, { method }]); // anonymous: 401 (or the public answer)
      requests.push([
        path,
        { method, headers: { ...asAdmin, ...json }, ...(method === 'GET' ? {} : { body: '{' }) },
      ]);
      requests.push([`${path}?evil=1`, { method, headers: asAdmin }]);
      if (method === 'GET') requests.push([path, { method, headers: asAdmin }]);
    }
    requests.push(['/api/briefings/SDN?format=html&from=2026-01-01&to=2026-03-31', { headers: asAdmin }]);
    const assets = readdirSync(`${WEB_ROOT}/assets`).map((f) => `/assets/${f}`);
    expect(assets.length).toBeGreaterThan(0);
    for (const path of [
      '/',
      '/index.html',
      '/countries/SDN',
      '/reports/00000000-0000-4000-8000-000000000000',
      '/favicon.svg',
      ...assets,
      '/assets/no-such-file.js',
      '/no/such/page',
      '/api/no/such/route',
      '/api',
    ]) {
      requests.push([path, {}]);
      requests.push([path, { method: 'HEAD' }]);
    }
    requests.push(['/api/health', { method: 'OPTIONS' }]);
    requests.push(['/', { method: 'POST', body: 'x' }]);

    const statuses = new Set<number>();
    for (const [path, init] of requests) {
      const res = await a.app.request(path, init);
      statuses.add(res.status);
      expectHeaders(res, `${init.method ?? 'GET'} ${path} → ${res.status}`);
      await res.arrayBuffer();
    }
    // The list did reach successes, client and auth errors and not-found answers.
    for (const status of [200, 400, 401, 404]) expect(statuses).toContain(status);
  });

  it('serves no file from outside the web root, however the path is encoded', async () => {
    for (const path of [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/assets/..%2f..%2fpackage.json',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/assets/..%5c..%5cpackage.json',
      '//etc/passwd',
    ]) {
      const res = await a.app.request(path);
      const text = await res.text();
      expect(text, path).not.toContain('"name": "atalaya"');
      expect(text, path).not.toContain('root:x:0:0');
      expectHeaders(res, path);
    }
  });
});

/** Stack frames, source paths, SQL and driver names: nothing of the inside may reach an error body. */
function expectNoLeak(text: string, what: string) {
  expect(text, what).not.toMatch(/\bat [\w.<>$]+ \(|\bat (?:file:|\/)[^\s]*:\d+|\n\s+at /);
  for (const needle of [
    '.ts:',
    '.js:',
    'node_modules',
    'SELECT',
    'INSERT',
    'UPDATE ',
    'DELETE FROM',
    ' WHERE ',
  ]) {
    expect(text, `${what}: ${needle}`).not.toContain(needle);
  }
  expect(text, what).not.toMatch(/postgres|pglite|kysely|syntax error|relation "|violates|duplicate key/i);
}

describe('error bodies', () => {
  it('never carry a stack trace or SQL when the database is gone, on any route', async () => {
    const t = await createTestApp({ now: () => NOW });
    const routes = await routeTable(t);
    const admin = await t.withToken('admin');
    const session = await t.signIn('admin');
    await t.database.close(); // the pool and PGlite: every query now fails
    try {
      const concrete = (path: string) =>
        path
          .replace('{username}', session.username)
          .replace('{iso3}', 'SDN')
          .replace('/api/hits/{id}', '/api/hits/1')
          .replace('{id}', '00000000-0000-4000-8000-000000000000');
      const samples: Record<string, unknown> = {
        'POST /api/reports': { country: 'SDN', date: '2026-03-01', text: 'Militias killed villagers.' },
        'POST /api/users': { username: 'newone', password: 'a long enough password', role: 'viewer' },
        'POST /api/tokens': { name: 'n', role: 'viewer' },
        'POST /api/auth/login': { username: session.username, password: TEST_PASSWORD },
      };
      let serverErrors = 0;
      for (const route of routes) {
        for (const client of [admin, session, t.anonymous]) {
          const res = await client.request(concrete(route.path), {
            method: route.method,
            headers: json,
            ...(route.method === 'GET' ? {} : { body: JSON.stringify(samples[routeKey(route)] ?? {}) }),
          });
          const text = await res.text();
          const what = `${routeKey(route)} → ${res.status}`;
          if (res.status >= 500) serverErrors++;
          // Health names the backend by design ({status, database, version}); every other 4xx/5xx is an error body.
          if (res.status >= 400 && route.path !== '/api/health') expectNoLeak(text, what);
          if (res.status >= 500 && route.path !== '/api/health') {
            expect(JSON.parse(text), what).toEqual({
              error: {
                code: expect.toBeOneOf(['unavailable', 'internal']),
                message: expect.any(String),
                details: [],
              },
            });
          }
        }
      }
      expect(serverErrors).toBeGreaterThan(routes.length); // the outage was real
    } finally {
      await t.close().catch(() => {});
    }
  });

  it('never carry a stack trace or SQL for malformed input anywhere', async () => {
    const t = await createTestApp({ now: () => NOW });
    try {
      const routes = await routeTable(t);
      const admin = await t.withToken('admin');
      const bodies = [
        '{',
        '[',
        '{"a":',
        '\u0000',
        '"\\ud800"',
        '{"text":{"$gt":""}}',
        "'; SELECT 1; --",
        '{"__proto__":{"x":1}}',
      ];
      const segments = ['%', '%zz', '%00', "'", '..', 'x'.repeat(300), '1 OR 1=1', '-1'];
      for (const route of routes) {
        for (const body of bodies) {
          const res = await admin.request(route.path.replace(/\{[^}]+\}/g, segments[0]!), {
            method: route.method === 'GET' ? 'POST' : route.method,
            headers: json,
            body,
          });
          if (res.status >= 400) expectNoLeak(await res.text(), `${routeKey(route)} body ${body}`);
        }
        for (const segment of segments) {
          const path = route.path.replace(/\{[^}]+\}/g, segment);
          const res = await admin.request(`${path}?limit=${segment}&cursor=${segment}&from=${segment}`, {
            method: route.method,
            headers: json,
            ...(route.method === 'GET' ? {} : { body: '{}' }),
          });
          expect(res.status, `${routeKey(route)} ${segment}`).toBeLessThan(500);
          if (res.status >= 400) expectNoLeak(await res.text(), `${routeKey(route)} ${segment}`);
        }
      }
    } finally {
      await t.close();
    }
  });
});

describe('report text in logs', () => {
  const MARKER = 'ZQX-report-text-marker-7f3a';
  const report = (i: number) => ({
    country: 'SDN',
    date: '2026-03-01',
    text: `Militias killed ${i} villagers. ${MARKER} said the witness.`,
    title: `Title ${MARKER}`,
    source: { name: `Source ${MARKER}`, url: `https://example.org/${MARKER}` },
    tags: [MARKER],
    externalId: `${MARKER}-${i}`,
  });

  /** Sends the marker through every ingest route of the route table, valid and invalid, and /api/score. */
  async function ingestEverywhere(a: Awaited<ReturnType<typeof customApp>>) {
    const token = (await a.services.tokens.create({ username: 's' }, { name: 'ingest', role: 'analyst' }))
      .token;
    const auth = { authorization: `Bearer ${token}` };
    const routes = (await routeTable(await tableApp)).filter(
      (r) => r.method === 'POST' && (r.path.startsWith('/api/reports') || r.path === '/api/score'),
    );
    const sent = new Set<string>();
    const send = async (key: string, init: RequestInit, path = key.split(' ')[1]!) => {
      sent.add(key);
      const res = await a.app.request(path, {
        method: 'POST',
        ...init,
        headers: { ...auth, ...(init.headers as object) },
      });
      return res.status;
    };
    const csvRow = (i: number) => {
      const r = report(i);
      return `country,date,text,title,source_name,tags\r\n${r.country},${r.date},"${r.text}","${r.title}","${r.source.name}",${MARKER}\r\n`;
    };
    const form = (text: string) => {
      const f = new FormData();
      f.set('file', new Blob([text], { type: 'text/plain' }), `${MARKER}.txt`);
      f.set('country', 'SDN');
      f.set('date', '2026-03-01');
      f.set('title', `Title ${MARKER}`);
      return f;
    };
    const statuses = [
      await send('POST /api/reports', { headers: json, body: JSON.stringify(report(1)) }),
      await send('POST /api/reports', {
        headers: json,
        body: JSON.stringify({ ...report(2), country: 'XXX' }),
      }),
      await send('POST /api/reports/bulk', {
        headers: { 'content-type': 'application/x-ndjson' },
        body: `${JSON.stringify(report(3))}\n{"text":"${MARKER}"}\n${MARKER}\n`,
      }),
      await send('POST /api/reports/bulk', {
        headers: { 'content-type': 'text/csv' },
        body: `${csvRow(4)}"${MARKER}`,
      }),
      await send('POST /api/reports/file', { body: form(`Soldiers killed villagers. ${MARKER}.`) }),
      await send('POST /api/reports/file', { body: form('   ') }),
      await send('POST /api/score', {
        headers: json,
        body: JSON.stringify({ text: `Soldiers killed villagers. ${MARKER}` }),
      }),
      await send('POST /api/score', { headers: json, body: JSON.stringify({ text: `${MARKER}\u0000` }) }),
    ];
    for (const route of routes) expect([...sent], `cover ${routeKey(route)}`).toContain(routeKey(route));
    return statuses;
  }
  let tableApp: Promise<TestApp>;
  beforeAll(() => {
    tableApp = createTestApp();
  });
  afterAll(async () => (await tableApp).close());

  it('is never logged at info level, by any ingest route, accepted or rejected', async () => {
    const a = await customApp({ logLevel: 'info' });
    try {
      const statuses = await ingestEverywhere(a);
      expect(statuses).toEqual(expect.arrayContaining([201, 200, 400]));
      expect(a.logs.some((l) => l.includes('"msg":"request"') && l.includes('/api/reports/bulk'))).toBe(true);
      const leaking = a.logs.filter((l) => l.includes(MARKER));
      expect(leaking).toEqual([]);
    } finally {
      await a.close();
    }
  });

  it('is never logged at info level when the database fails mid-ingest either', async () => {
    const a = await customApp({ logLevel: 'info' });
    try {
      const token = (await a.services.tokens.create({ username: 's' }, { name: 'ingest', role: 'analyst' }))
        .token;
      await a.database.db.schema.alterTable('hits').renameTo('hits_away').execute();
      const res = await a.app.request('/api/reports', {
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${token}` },
        body: JSON.stringify(report(9)),
      });
      expect(res.status).toBe(500);
      expect(a.logs.some((l) => l.includes('"unhandled"'))).toBe(true);
      expect(a.logs.filter((l) => l.includes(MARKER))).toEqual([]);
      await a.database.db.schema.alterTable('hits_away').renameTo('hits').execute();
    } finally {
      await a.close();
    }
  });
});
