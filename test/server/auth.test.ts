import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../helpers/test-app.ts';

const json = { 'content-type': 'application/json' };
const loginBody = (username: string, password = TEST_PASSWORD) => JSON.stringify({ username, password });

describe('sign-in, sessions and tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sets an HttpOnly, SameSite=Strict session cookie and gives a CSRF token', async () => {
    const viewer = await t.signIn('viewer');
    const res = await t.app.request('/api/auth/login', {
      method: 'POST',
      headers: json,
      body: loginBody(viewer.username),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^atalaya_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure'); // plain http here
    const body = await res.json();
    expect(body).toEqual({
      user: { username: viewer.username, role: 'viewer' },
      csrfToken: expect.any(String),
    });
  });

  it('marks the cookie Secure when the request came over HTTPS', async () => {
    const viewer = await t.signIn('viewer');
    const res = await t.app.request('https://atalaya.example/api/auth/login', {
      method: 'POST',
      headers: json,
      body: loginBody(viewer.username),
    });
    expect(res.headers.get('set-cookie')).toContain('Secure');
  });

  it('refuses a wrong password and an unknown user with the same 401', async () => {
    const viewer = await t.signIn('viewer');
    const wrong = await t.anonymous.post('/api/auth/login', {
      username: viewer.username,
      password: 'not the password',
    });
    const unknown = await t.anonymous.post('/api/auth/login', {
      username: 'nobody-here',
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('issues a new session id on every sign-in (no session fixation)', async () => {
    const viewer = await t.signIn('viewer');
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = await t.app.request('/api/auth/login', {
        method: 'POST',
        headers: { ...json, cookie: 'atalaya_session=attacker-chosen-id' },
        body: loginBody(viewer.username),
      });
      ids.add(res.headers.get('set-cookie')!.split(';')[0]!);
    }
    expect(ids.size).toBe(3);
    expect([...ids]).not.toContain('atalaya_session=attacker-chosen-id');
  });

  it('ends the session on the server at logout', async () => {
    const viewer = await t.signIn('viewer');
    expect((await viewer.get('/api/auth/me')).status).toBe(200);
    expect((await viewer.post('/api/auth/logout')).status).toBe(204);
    expect((await viewer.get('/api/auth/me')).status).toBe(401);
  });

  it('applies a role change on the very next request', async () => {
    const admin = await t.signIn('admin');
    const analyst = await t.signIn('analyst');
    expect((await analyst.get('/api/users')).status).toBe(403);
    expect((await admin.patch(`/api/users/${analyst.username}`, { role: 'admin' })).status).toBe(200);
    expect((await analyst.get('/api/users')).status).toBe(200);
    expect((await admin.patch(`/api/users/${analyst.username}`, { role: 'viewer' })).status).toBe(200);
    expect((await analyst.get('/api/users')).status).toBe(403);
  });

  it('does not let an admin lock themselves out by lowering their own role', async () => {
    const admin = await t.signIn('admin');
    const res = await admin.patch(`/api/users/${admin.username}`, { role: 'viewer' });
    expect(res.status).toBe(409);
    expect((await admin.get('/api/users')).status).toBe(200);
  });

  it('shows a token once, stores only its hash, and stops it at once when revoked', async () => {
    const admin = await t.signIn('admin');
    const created = await (
      await admin.post('/api/tokens', { name: 'nightly import', role: 'analyst' })
    ).json();
    expect(created.token).toMatch(/^aty_[\w-]{40,}$/);
    const stored = await t.database.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(created.token);
    const listed = await (await admin.get('/api/tokens')).json();
    expect(JSON.stringify(listed)).not.toContain(created.token);

    const script = { authorization: `Bearer ${created.token}` };
    expect((await t.app.request('/api/auth/me', { headers: script })).status).toBe(200);
    expect((await admin.delete(`/api/tokens/${created.id}`)).status).toBe(204);
    expect((await t.app.request('/api/auth/me', { headers: script })).status).toBe(401);
  });

  it('rejects a malformed Authorization header even on a public route', async () => {
    const res = await t.app.request('/api/health', { headers: { authorization: 'Bearer wrong' } });
    expect(res.status).toBe(401);
    const basic = await t.app.request('/api/auth/me', {
      headers: { authorization: 'Basic YWRtaW46YWRtaW4=' },
    });
    expect(basic.status).toBe(401);
  });
});

describe('CSRF protection of cookie-authenticated writes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses a write with a session cookie but no or a wrong X-CSRF-Token', async () => {
    const admin = await t.signIn('admin');
    const body = JSON.stringify({ name: 'x', role: 'viewer' });
    const cookieOnly = await admin.request('/api/tokens', {
      method: 'POST',
      headers: { ...json, 'x-csrf-token': '' },
      body,
    });
    expect(cookieOnly.status).toBe(403);
    const wrong = await admin.request('/api/tokens', {
      method: 'POST',
      headers: { ...json, 'x-csrf-token': 'guess' },
      body,
    });
    expect(wrong.status).toBe(403);
    expect((await t.services.tokens.list()).length).toBe(0);
    const right = await admin.request('/api/tokens', { method: 'POST', headers: json, body });
    expect(right.status).toBe(201);
  });

  it("refuses another user's CSRF token", async () => {
    const admin = await t.signIn('admin');
    const other = await t.signIn('admin');
    const res = await admin.request('/api/tokens', {
      method: 'POST',
      headers: { ...json, 'x-csrf-token': other.csrfToken },
      body: JSON.stringify({ name: 'x', role: 'viewer' }),
    });
    expect(res.status).toBe(403);
  });

  it('refuses cross-site requests by Origin and Sec-Fetch-Site, including sign-in', async () => {
    const admin = await t.signIn('admin');
    const body = JSON.stringify({ name: 'x', role: 'viewer' });
    const crossSite: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of crossSite) {
      const res = await admin.request('/api/tokens', {
        method: 'POST',
        headers: { ...json, ...headers },
        body,
      });
      expect(res.status).toBe(403);
      const login = await t.anonymous.request('/api/auth/login', {
        method: 'POST',
        headers: { ...json, ...headers },
        body: loginBody(admin.username),
      });
      expect(login.status).toBe(403);
    }
    const sameOrigin = await admin.request('http://localhost/api/tokens', {
      method: 'POST',
      headers: { ...json, origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
      body,
    });
    expect(sameOrigin.status).toBe(201);
  });

  it('lets bearer-token scripts write without a CSRF token', async () => {
    const script = await t.withToken('admin');
    expect((await script.post('/api/tokens', { name: 'y', role: 'viewer' })).status).toBe(201);
  });
});

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After after 10 attempts on one username, even with the right password', async () => {
    const viewer = await t.signIn('viewer');
    for (let i = 0; i < 10; i++) {
      const res = await t.anonymous.post('/api/auth/login', {
        username: viewer.username,
        password: 'wrong password',
      });
      expect(res.status).toBe(401);
    }
    const blocked = await t.anonymous.post('/api/auth/login', {
      username: viewer.username,
      password: TEST_PASSWORD,
    });
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).error.code).toBe('rate_limited');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('keeps the count in the database, so every app process shares it', async () => {
    const rows = await t.database.db.selectFrom('rate_limits').selectAll().execute();
    expect(rows.some((r) => r.key.startsWith('login:user:') && r.count > 10)).toBe(true);
  });
});
