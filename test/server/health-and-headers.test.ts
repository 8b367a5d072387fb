import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('names the database backend in use and the version, without sign-in', async () => {
    const res = await t.anonymous.get('/api/health');
    expect(res.status).toBe(200);
    const expected = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
    expect(await res.json()).toEqual({ status: 'ok', database: expected, version: 'test' });
  });
});

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sends a strict CSP, HSTS, nosniff and no-referrer on every response, errors included', async () => {
    const viewer = await t.signIn('viewer');
    for (const res of [
      await t.anonymous.get('/api/health'),
      await t.anonymous.get('/api/users'),
      await viewer.get('/api/users'),
      await viewer.get('/api/nothing'),
      await viewer.request('/api/tokens', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      }),
      await viewer.get('/api/docs'),
    ]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=63072000/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-request-id')).toBeTruthy();
    }
  });

  it('never puts a stack trace or SQL in an error body', async () => {
    const admin = await t.signIn('admin');
    await t.database.db.schema.alterTable('api_tokens').renameTo('api_tokens_away').execute();
    try {
      const res = await admin.get('/api/tokens');
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toMatch(/api_tokens|select|at .*\.ts|relation/i);
      expect(JSON.parse(text).error.message).toContain(res.headers.get('x-request-id'));
    } finally {
      await t.database.db.schema.alterTable('api_tokens_away').renameTo('api_tokens').execute();
    }
  });
});

describe('logging', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('logs each request with its id, never bodies, passwords, tokens or query strings', async () => {
    const admin = await t.signIn('admin');
    const created = await (
      await admin.post('/api/tokens', { name: 'secret-name-xyz', role: 'viewer' })
    ).json();
    await admin.get('/api/audit?limit=3');
    const log = t.logs.join('');
    const lines = t.logs.map((l) => JSON.parse(l));
    expect(
      lines.some((l) => l.msg === 'request' && l.path === '/api/tokens' && l.reqId && l.status === 201),
    ).toBe(true);
    expect(log).not.toContain(created.token);
    expect(log).not.toContain('correct horse');
    expect(log).not.toContain('secret-name-xyz');
    expect(log).not.toContain('limit=3');
  });
});
