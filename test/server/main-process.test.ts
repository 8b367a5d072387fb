import { rmSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from '../helpers/server-process.ts';
import { createTestDatabase, createTestDataDir, type TestDatabase } from '../helpers/test-database.ts';

const SERVING = /serving the dashboard at (http:\/\/127\.0\.0\.1:\d+)/;
const BOOTSTRAP_TOKEN = 'bootstrap-token-for-automation-0123456789';

async function login(url: string, password: string) {
  return fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
}

describe('the server process (server/main.ts)', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  /** Where the process keeps its data: the embedded database, or a fresh PostgreSQL database in CI. */
  async function storage(): Promise<{ env: Record<string, string>; backend: string }> {
    if (process.env.TEST_DATABASE_URL) {
      const database: TestDatabase = await createTestDatabase();
      await database.close();
      cleanups.push(() => database.destroy());
      return { env: { DATABASE_URL: database.location.url! }, backend: 'postgres' };
    }
    const dir = createTestDataDir();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return { env: { ATALAYA_DATA_DIR: dir }, backend: 'pglite' };
  }

  it('creates the first admin once, serves, stops cleanly on SIGTERM and keeps its data', async () => {
    const { env, backend } = await storage();
    const first = spawnServer({ ...env, ATALAYA_BOOTSTRAP_TOKEN: BOOTSTRAP_TOKEN });
    cleanups.push(() => void first.proc.kill('SIGKILL'));
    const [, password] = await first.waitFor(/created user "admin" with password (\S+)/);
    const [, url] = await first.waitFor(SERVING);

    const health = await (await fetch(`${url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: backend });
    expect((await login(url!, password!)).status).toBe(200);
    const viaToken = await fetch(`${url}/api/users`, {
      headers: { authorization: `Bearer ${BOOTSTRAP_TOKEN}` },
    });
    expect(viaToken.status).toBe(200);
    // The generated password goes to the console once, never into a structured log line.
    expect(
      first
        .output()
        .split('\n')
        .filter((l) => l.startsWith('{') && l.includes(password!)),
    ).toEqual([]);

    first.proc.kill('SIGTERM');
    expect(await first.exited()).toBe(0);
    expect(first.output()).toContain('stopped cleanly');

    const second = spawnServer(env);
    cleanups.push(() => void second.proc.kill('SIGKILL'));
    const [, url2] = await second.waitFor(SERVING);
    expect(second.output()).not.toContain('First start');
    expect((await login(url2!, password!)).status).toBe(200);
    second.proc.kill('SIGTERM');
    expect(await second.exited()).toBe(0);
  });

  // PostgreSQL serves many processes by design; the lock is the embedded database's.
  it.skipIf(Boolean(process.env.TEST_DATABASE_URL))(
    'refuses a second process on the same embedded data directory',
    async () => {
      const { env } = await storage();
      const first = spawnServer({ ...env, ATALAYA_ADMIN_PASSWORD: 'a strong admin password' });
      cleanups.push(() => void first.proc.kill('SIGKILL'));
      await first.waitFor(SERVING);
      const second = spawnServer({ ...env });
      expect(await second.exited()).toBe(1);
      expect(second.output()).toMatch(/in use by process \d+/);
      first.proc.kill('SIGTERM');
      expect(await first.exited()).toBe(0);
    },
  );

  it('finishes a request that is in flight when SIGTERM arrives', async () => {
    const { env } = await storage();
    const server = spawnServer({ ...env, ATALAYA_BOOTSTRAP_TOKEN: BOOTSTRAP_TOKEN });
    cleanups.push(() => void server.proc.kill('SIGKILL'));
    const [, url] = await server.waitFor(SERVING);
    const body = JSON.stringify({ text: 'Soldiers killed 12 villagers near the river.', lang: 'en' });
    const { hostname, port } = new URL(url!);
    // Send the headers and half the body, signal the server, then send the rest.
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          hostname,
          port,
          path: '/api/score',
          method: 'POST',
          headers: {
            authorization: `Bearer ${BOOTSTRAP_TOKEN}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.proc.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 200);
    });
    const { status, text } = await response;
    expect(status).toBe(200);
    expect(JSON.parse(text).hits.length).toBeGreaterThan(0);
    expect(await server.exited()).toBe(0);
  });

  it('exits with a message naming each bad environment variable', async () => {
    const bad = spawnServer({ PORT: 'eighty', DATABASE_URL: 'mysql://nope' });
    expect(await bad.exited()).toBe(1);
    expect(bad.output()).toMatch(/PORT/);
    expect(bad.output()).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
  });
});
