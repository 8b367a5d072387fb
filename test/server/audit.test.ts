import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('records who created a user, changed a role, created and revoked a token, with the request id', async () => {
    const admin = await t.signIn('admin', 'chief');
    await admin.post('/api/users', { username: 'ana', password: 'a long password', role: 'viewer' });
    await admin.patch('/api/users/ana', { role: 'analyst' });
    const { id } = await (await admin.post('/api/tokens', { name: 'feed', role: 'viewer' })).json();
    const revoke = await admin.delete(`/api/tokens/${id}`);

    const { items } = await (await admin.get('/api/audit?limit=4')).json();
    expect(items.map((e: { action: string }) => e.action)).toEqual([
      'token.revoke',
      'token.create',
      'user.role_change',
      'user.create',
    ]);
    expect(items.every((e: { actor: string }) => e.actor === 'chief')).toBe(true);
    expect(items[2]).toMatchObject({
      targetType: 'user',
      targetId: 'ana',
      details: { from: 'viewer', to: 'analyst' },
    });
    const row = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.request_id).toBe(revoke.headers.get('x-request-id'));
    expect(JSON.stringify(items)).not.toMatch(/password|aty_/);
  });

  it('writes nothing when the change itself fails (same transaction)', async () => {
    const admin = await t.signIn('admin');
    const count = async () => (await t.database.db.selectFrom('audit_log').select('id').execute()).length;
    const before = await count();
    expect(
      (await admin.post('/api/users', { username: 'ana', password: 'a long password', role: 'viewer' }))
        .status,
    ).toBe(409);
    expect((await admin.patch('/api/users/nobody', { role: 'viewer' })).status).toBe(404);
    expect((await admin.delete('/api/tokens/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(await count()).toBe(before);
  });

  it('rolls the change back when the audit write fails', async () => {
    const admin = await t.signIn('admin');
    // Break the audit table for one statement's worth of time: the user insert must not survive alone.
    await t.database.db.schema.alterTable('audit_log').renameTo('audit_log_away').execute();
    try {
      const res = await admin.post('/api/users', {
        username: 'orphan',
        password: 'a long password',
        role: 'viewer',
      });
      expect(res.status).toBe(500);
      expect((await res.json()).error.code).toBe('internal');
    } finally {
      await t.database.db.schema.alterTable('audit_log_away').renameTo('audit_log').execute();
    }
    expect((await t.services.users.list()).map((u) => u.username)).not.toContain('orphan');
  });
});
