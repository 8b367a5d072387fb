import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../db/schema.ts';
import { anAlert } from '../helpers/alerts.ts';
import { type RouteEntry, routeKey, routeTable } from '../helpers/route-table.ts';
import { type ApiClient, createTestApp, type TestApp } from '../helpers/test-app.ts';

/**
 * A valid request for every route, so "the right role succeeds" is checked with real input. A route added to
 * the server without an entry here fails the first test: every route must be covered.
 */
type Sample = (
  t: TestApp,
) => Promise<{ path: string; body?: unknown; raw?: { type: string; body: string }; form?: FormData }>;
let n = 0;
async function aHitId(t: TestApp): Promise<string> {
  const stored = await t.services.reports.ingest(
    { username: 't' },
    { country: 'SDN', date: '2026-02-02', text: `Militias killed ${++n} villagers near the river.` },
  );
  return (await t.services.reports.get(stored.id)).hits[0]!.id;
}
const SAMPLES: Record<string, Sample> = {
  'GET /api/health': async () => ({ path: '/api/health' }),
  'POST /api/auth/login': async (t) => {
    const username = `login-sample-${++n}`;
    await t.services.users.create(
      { username: 't' },
      { username, password: 'a sample password', role: 'viewer' },
    );
    return { path: '/api/auth/login', body: { username, password: 'a sample password' } };
  },
  'GET /api/auth/me': async () => ({ path: '/api/auth/me' }),
  'POST /api/auth/logout': async () => ({ path: '/api/auth/logout' }),
  'GET /api/users': async () => ({ path: '/api/users' }),
  'POST /api/users': async () => ({
    path: '/api/users',
    body: { username: `sample-${++n}`, password: 'a long enough password', role: 'viewer' },
  }),
  'PATCH /api/users/{username}': async (t) => {
    const username = `patch-sample-${++n}`;
    await t.services.users.create(
      { username: 't' },
      { username, password: 'a sample password', role: 'viewer' },
    );
    return { path: `/api/users/${username}`, body: { role: 'analyst' } };
  },
  'GET /api/tokens': async () => ({ path: '/api/tokens' }),
  'POST /api/tokens': async () => ({ path: '/api/tokens', body: { name: 'sample', role: 'viewer' } }),
  'DELETE /api/tokens/{id}': async (t) => {
    const { id } = await t.services.tokens.create({ username: 't' }, { name: 'to-revoke', role: 'viewer' });
    return { path: `/api/tokens/${id}` };
  },
  'GET /api/audit': async () => ({ path: '/api/audit?limit=5' }),
  'GET /api/openapi.json': async () => ({ path: '/api/openapi.json' }),
  'GET /api/docs': async () => ({ path: '/api/docs' }),
  'GET /api/docs.css': async () => ({ path: '/api/docs.css' }),
  'GET /api/indicators': async () => ({ path: '/api/indicators' }),
  'POST /api/reports': async () => ({
    path: '/api/reports',
    body: {
      country: 'COL',
      date: '2026-03-01',
      text: `Paramilitares asesinaron a ${++n} campesinos en la vereda.`,
    },
  }),
  'GET /api/reports': async () => ({ path: '/api/reports?country=COL&limit=5' }),
  'POST /api/reports/file': async () => {
    const form = new FormData();
    form.set(
      'file',
      new Blob([`Soldiers killed ${++n} villagers near the river.`], { type: 'text/plain' }),
      'r.txt',
    );
    form.set('country', 'SDN');
    form.set('date', '2026-03-05');
    return { path: '/api/reports/file', form };
  },
  'POST /api/reports/bulk': async () => ({
    path: '/api/reports/bulk',
    raw: {
      type: 'application/x-ndjson',
      body: JSON.stringify({
        country: 'PER',
        date: '2026-03-01',
        text: `Militares asesinaron a ${++n} comuneros.`,
      }),
    },
  }),
  'GET /api/countries': async () => ({ path: '/api/countries?asOf=2026-03-31' }),
  'GET /api/countries/sparklines': async () => ({ path: '/api/countries/sparklines?asOf=2026-03-31' }),
  'POST /api/admin/rescore': async () => ({ path: '/api/admin/rescore' }),
  'GET /api/countries/{iso3}/evidence': async () => ({
    path: '/api/countries/COL/evidence?from=2026-01-01&to=2026-03-31',
  }),
  'GET /api/jobs/{id}': async (t) => {
    const job = await t.services.jobs.enqueue({ username: 't' }, 'rescore');
    return { path: `/api/jobs/${job.id}` };
  },
  'GET /api/countries/{iso3}/risk': async () => ({
    path: '/api/countries/COL/risk?from=2026-01-01&to=2026-03-31',
  }),
  'GET /api/reports/{id}': async (t) => {
    const stored = await t.services.reports.ingest(
      { username: 't' },
      { country: 'SDN', date: '2026-02-01', text: `Militias killed ${++n} villagers near the river.` },
    );
    return { path: `/api/reports/${stored.id}` };
  },
  'PUT /api/hits/{id}/review': async (t) => ({
    path: `/api/hits/${await aHitId(t)}/review`,
    body: { decision: 'confirmed', note: 'Checked against the source' },
  }),
  'DELETE /api/hits/{id}/review': async (t) => ({ path: `/api/hits/${await aHitId(t)}/review` }),
  'GET /api/thresholds': async () => ({ path: '/api/thresholds' }),
  'POST /api/thresholds': async () => ({
    path: '/api/thresholds',
    body: { country: 'SDN', metric: 'score', kind: 'level', value: 80 },
  }),
  'POST /api/thresholds/backtest': async () => ({
    path: '/api/thresholds/backtest',
    body: { threshold: { country: 'SDN', metric: 'RF10', kind: 'rise', value: 0.2, windowDays: 14 } },
  }),
  'PUT /api/thresholds/{id}': async (t) => {
    const { id } = await t.services.thresholds.create(
      { username: 't' },
      { country: 'COL', metric: 'score', kind: 'level', value: 90 },
    );
    return {
      path: `/api/thresholds/${id}`,
      body: { country: 'COL', metric: 'score', kind: 'level', value: 85 },
    };
  },
  'DELETE /api/thresholds/{id}': async (t) => {
    const { id } = await t.services.thresholds.create(
      { username: 't' },
      { country: 'COL', metric: 'score', kind: 'level', value: 95 },
    );
    return { path: `/api/thresholds/${id}` };
  },
  'GET /api/alerts': async () => ({ path: '/api/alerts?status=open' }),
  'GET /api/alerts.atom': async () => ({ path: '/api/alerts.atom' }),
  'POST /api/alerts/acknowledge': async (t) => ({
    path: '/api/alerts/acknowledge',
    body: { ids: [await anAlert(t), await anAlert(t)], note: 'Seen' },
  }),
  'GET /api/alerts/{id}': async (t) => ({ path: `/api/alerts/${await anAlert(t)}` }),
  'POST /api/alerts/{id}/acknowledge': async (t) => ({
    path: `/api/alerts/${await anAlert(t)}/acknowledge`,
    body: { note: 'Looking into it' },
  }),
  'POST /api/alerts/{id}/resolve': async (t) => ({
    path: `/api/alerts/${await anAlert(t)}/resolve`,
    body: {},
  }),
  'POST /api/alerts/{id}/reopen': async (t) => ({
    path: `/api/alerts/${await anAlert(t, { status: 'resolved' })}/reopen`,
    body: {},
  }),
  'POST /api/alerts/{id}/assign': async (t) => ({
    path: `/api/alerts/${await anAlert(t)}/assign`,
    body: { assignee: null, note: 'Nobody yet' },
  }),
  'GET /api/webhooks': async () => ({ path: '/api/webhooks' }),
  'POST /api/webhooks': async () => ({
    path: '/api/webhooks',
    body: { name: 'Chat', url: 'http://127.0.0.1:9/hook' },
  }),
  'DELETE /api/webhooks/{id}': async (t) => {
    const { id } = await t.services.webhooks.create(
      { username: 't' },
      { name: 'x', url: 'http://127.0.0.1:9/x' },
    );
    return { path: `/api/webhooks/${id}` };
  },
  'GET /api/webhooks/{id}/deliveries': async (t) => {
    const { id } = await t.services.webhooks.create(
      { username: 't' },
      { name: 'y', url: 'http://127.0.0.1:9/y' },
    );
    return { path: `/api/webhooks/${id}/deliveries` };
  },
  'POST /api/score': async () => ({ path: '/api/score', body: { text: 'Soldiers killed 12 villagers.' } }),
  'GET /api/briefings/{iso3}': async () => ({
    path: '/api/briefings/SDN?format=md&from=2026-01-01&to=2026-03-31',
  }),
  'GET /api/protected-names': async () => ({ path: '/api/protected-names' }),
  'POST /api/protected-names': async () => ({
    path: '/api/protected-names',
    body: { name: `Witness ${++n}` },
  }),
  'DELETE /api/protected-names/{id}': async (t) => {
    const { id } = await t.services.briefings.addProtectedName({ username: 't' }, { name: `Monitor ${++n}` });
    return { path: `/api/protected-names/${id}` };
  },
};

const ROLES: Role[] = ['viewer', 'analyst', 'admin'];
const RANK = { public: 0, viewer: 1, analyst: 2, admin: 3 } as const;

async function call(client: ApiClient, route: RouteEntry, t: TestApp) {
  const sample = await SAMPLES[routeKey(route)]!(t);
  if (route.method === 'GET') return client.get(sample.path);
  if (route.method === 'DELETE') return client.delete(sample.path);
  if (sample.form) return client.request(sample.path, { method: route.method, body: sample.form });
  if (sample.raw) {
    return client.request(sample.path, {
      method: route.method,
      headers: { 'content-type': sample.raw.type },
      body: sample.raw.body,
    });
  }
  return client.request(sample.path, {
    method: route.method,
    headers: { 'content-type': 'application/json' },
    ...(sample.body === undefined ? {} : { body: JSON.stringify(sample.body) }),
  });
}

describe('authorization of every /api route', () => {
  let t: TestApp;
  let routes: RouteEntry[];
  const clients = {} as Record<Role, { session: ApiClient; token: ApiClient }>;

  beforeAll(async () => {
    t = await createTestApp();
    routes = await routeTable(t);
    for (const role of ROLES)
      clients[role] = { session: await t.signIn(role), token: await t.withToken(role) };
  });
  afterAll(() => t.close());

  it('covers every route of the route table with a sample and an access level', () => {
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) {
      expect(SAMPLES, `no sample request for ${routeKey(route)}`).toHaveProperty([routeKey(route)]);
      expect(['public', 'viewer', 'analyst', 'admin']).toContain(route.access);
    }
    expect(
      routes
        .filter((r) => r.access === 'public')
        .map(routeKey)
        .sort(),
    ).toEqual(['GET /api/health', 'POST /api/auth/login']);
  });

  it('answers 401 to anonymous callers on every non-public route', async () => {
    for (const route of routes.filter((r) => r.access !== 'public')) {
      const res = await call(t.anonymous, route, t);
      expect(res.status, routeKey(route)).toBe(401);
      expect((await res.json()).error.code).toBe('unauthorized');
    }
  });

  it('answers 401 to a revoked token and to a forged session cookie', async () => {
    const revoked = await t.withToken('admin');
    await t.services.tokens.revoke({ username: 't' }, revoked.id);
    const forged = t.anonymous;
    for (const route of routes.filter((r) => r.access !== 'public')) {
      expect((await call(revoked, route, t)).status, routeKey(route)).toBe(401);
      const res = await forged.request((await SAMPLES[routeKey(route)]!(t)).path, {
        headers: { cookie: 'atalaya_session=not-a-real-session' },
      });
      expect(res.status, routeKey(route)).toBe(401);
    }
  });

  for (const role of ROLES) {
    for (const via of ['session', 'token'] as const) {
      it(`gives a ${role} (${via}) exactly the routes of its role: 403 below, success at or above`, async () => {
        // Logout last: it ends the session the other calls use.
        const ordered = [...routes].sort(
          (a, b) => Number(a.path === '/api/auth/logout') - Number(b.path === '/api/auth/logout'),
        );
        for (const route of ordered) {
          const res = await call(clients[role][via], route, t);
          if (RANK[role] < RANK[route.access]) {
            expect(res.status, `${role} ${routeKey(route)}`).toBe(403);
            expect((await res.json()).error.code).toBe('forbidden');
          } else {
            expect(res.status, `${role} ${routeKey(route)}: ${await res.clone().text()}`).toBeLessThan(300);
          }
        }
        // Logout ended the session above: sign in again for the next role's run.
        if (via === 'session') clients[role].session = await t.signIn(role);
      });
    }
  }
});
