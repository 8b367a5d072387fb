import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RouteEntry, routeKey, routeTable } from '../helpers/route-table.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

// Any concrete path for a templated one; the body is rejected before the parameter would matter.
const concrete = (path: string) =>
  path
    .replace('{username}', 'someone')
    .replace('/api/hits/{id}', '/api/hits/1')
    .replace('{id}', '00000000-0000-4000-8000-000000000000');

async function expectContractError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = await res.json();
  expect(body).toEqual({ error: { code, message: expect.any(String), details: expect.any(Array) } });
  return body.error as { details: Array<{ path: string; message: string }> };
}

describe('bad input on every JSON write route', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['withToken']>>;
  let writes: RouteEntry[];

  beforeAll(async () => {
    t = await createTestApp({ maxBodyBytes: 4096 });
    admin = await t.withToken('admin');
    writes = (await routeTable(t)).filter((r) => r.hasJsonBody);
  });
  afterAll(() => t.close());

  const send = (route: RouteEntry, body: string, contentType = 'application/json') =>
    admin.request(concrete(route.path), {
      method: route.method,
      headers: { 'content-type': contentType },
      body,
    });

  it('finds the JSON write routes', () => {
    expect(writes.map(routeKey)).toEqual(
      expect.arrayContaining(['POST /api/auth/login', 'POST /api/users', 'POST /api/tokens']),
    );
  });

  it('answers malformed JSON with 400 validation_failed', async () => {
    for (const route of writes) {
      for (const body of ['{', '{"a":', 'nul', '\u0000', '']) {
        const error = await expectContractError(await send(route, body), 400, 'validation_failed');
        expect(error.details.length, routeKey(route)).toBeGreaterThan(0);
      }
    }
  });

  it('answers wrong types, arrays and scalars with 400 naming the field', async () => {
    for (const route of writes) {
      for (const body of ['[]', '"text"', '42', 'null', '{"username": 7, "role": true, "name": []}']) {
        await expectContractError(await send(route, body), 400, 'validation_failed');
      }
    }
    const error = await expectContractError(
      await send(
        writes.find((r) => routeKey(r) === 'POST /api/users')!,
        '{"username": 7, "password": "x", "role": "god"}',
      ),
      400,
      'validation_failed',
    );
    expect(error.details.map((d) => d.path).sort()).toEqual(['password', 'role', 'username']);
  });

  it('rejects unknown fields by name', async () => {
    const users = writes.find((r) => routeKey(r) === 'POST /api/users')!;
    const error = await expectContractError(
      await send(
        users,
        JSON.stringify({ username: 'newone', password: 'long enough pass', role: 'viewer', isAdmin: true }),
      ),
      400,
      'validation_failed',
    );
    expect(error.details).toEqual([{ path: 'isAdmin', message: 'unknown field' }]);
    expect((await t.services.users.list()).map((u) => u.username)).not.toContain('newone');
  });

  it('rejects NUL characters, which PostgreSQL cannot store, as 400 rather than 500', async () => {
    const tokens = writes.find((r) => routeKey(r) === 'POST /api/tokens')!;
    const error = await expectContractError(
      await send(tokens, JSON.stringify({ name: 'a\u0000b', role: 'viewer' })),
      400,
      'validation_failed',
    );
    expect(error.details[0]!.path).toBe('name');
  });

  it('answers a non-JSON Content-Type with 415', async () => {
    for (const route of writes) {
      await expectContractError(await send(route, '{}', 'text/plain'), 415, 'validation_failed');
      await expectContractError(
        await send(route, 'a=b', 'application/x-www-form-urlencoded'),
        415,
        'validation_failed',
      );
    }
  });

  it('answers an oversized body with 413 and stores nothing', async () => {
    const users = writes.find((r) => routeKey(r) === 'POST /api/users')!;
    const before = (await t.services.users.list()).length;
    const big = JSON.stringify({ username: 'big', password: 'x'.repeat(10_000), role: 'viewer' });
    await expectContractError(await send(users, big), 413, 'payload_too_large');
    expect((await t.services.users.list()).length).toBe(before);
  });

  it('answers bad query and path parameters with 400 naming them', async () => {
    let error = await expectContractError(await admin.get('/api/audit?limit=zero'), 400, 'validation_failed');
    expect(error.details[0]!.path).toBe('limit');
    error = await expectContractError(await admin.get('/api/audit?limit=5&evil=1'), 400, 'validation_failed');
    expect(error.details).toEqual([{ path: 'evil', message: 'unknown field' }]);
    error = await expectContractError(await admin.delete('/api/tokens/not-a-uuid'), 400, 'validation_failed');
    expect(error.details[0]!.path).toBe('id');
  });

  it('answers unknown API paths with 404 not_found', async () => {
    await expectContractError(await admin.get('/api/no/such/thing'), 404, 'not_found');
    await expectContractError(
      await admin.delete('/api/tokens/00000000-0000-4000-8000-000000000000'),
      404,
      'not_found',
    );
  });
});
