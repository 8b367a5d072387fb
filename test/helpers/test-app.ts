import type { Role } from '../../db/schema.ts';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/logger.ts';
import { createPasswordHasher } from '../../server/services/password-hasher.ts';
import { captureLogs } from './log-capture.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/** A cheap scrypt cost for tests: the hash format and code path are the production ones. */
export const testPasswords = () => createPasswordHasher({ logN: 10 });

export const TEST_PASSWORD = 'correct horse battery staple';

export interface ApiClient {
  request(path: string, init?: RequestInit): Promise<Response>;
  get(path: string): Promise<Response>;
  post(path: string, body?: unknown): Promise<Response>;
  patch(path: string, body?: unknown): Promise<Response>;
  put(path: string, body?: unknown): Promise<Response>;
  delete(path: string): Promise<Response>;
}

export interface TestApp {
  app: ReturnType<typeof createApp>['app'];
  services: ReturnType<typeof createApp>['services'];
  database: TestDatabase;
  /** Every log line the app wrote, for asserting what is (never) logged. */
  logs: string[];
  anonymous: ApiClient;
  /** Creates a user with `role` and signs in: a cookie session that sends its CSRF token. */
  signIn(role: Role, username?: string): Promise<ApiClient & { username: string; csrfToken: string }>;
  /** Creates an API token with `role`. */
  withToken(role: Role): Promise<ApiClient & { token: string; id: string }>;
  close(): Promise<void>;
}

export async function createTestApp(
  options: {
    maxBodyBytes?: number;
    maxUploadBytes?: number;
    maxFileBytes?: number;
    /** The app's clock: alerts are evaluated as of its day. */
    now?: () => Date;
    fetch?: typeof fetch;
    /** The backend, when the test needs a given one (default: PostgreSQL if TEST_DATABASE_URL, else PGlite). */
    backend?: 'pglite' | 'postgres';
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(options.backend);
  const { lines: logs, stream: sink } = captureLogs();
  const { app, services } = createApp({
    database,
    logger: createLogger('debug', sink),
    passwords: testPasswords(),
    version: 'test',
    maxBodyBytes: options.maxBodyBytes ?? 64 * 1024,
    maxUploadBytes: options.maxUploadBytes ?? 64 * 1024 * 1024,
    maxFileBytes: options.maxFileBytes ?? 2 * 1024 * 1024,
    sessionHours: 1,
    trustProxy: false,
    ...(options.now ? { now: options.now } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const system = { username: 'test-setup' };
  let counter = 0;

  const client = (headers: Record<string, string>): ApiClient => {
    const request = (path: string, init: RequestInit = {}) =>
      Promise.resolve(app.request(path, { ...init, headers: { ...headers, ...(init.headers as object) } }));
    const withBody = (method: string) => (path: string, body?: unknown) =>
      request(path, {
        method,
        ...(body === undefined
          ? {}
          : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
      });
    return {
      request,
      get: (path) => request(path),
      post: withBody('POST'),
      patch: withBody('PATCH'),
      put: withBody('PUT'),
      delete: (path) => request(path, { method: 'DELETE' }),
    };
  };

  return {
    app,
    services,
    database,
    logs,
    anonymous: client({}),
    async signIn(role, username = `${role}-${++counter}`) {
      await services.users.create(system, { username, password: TEST_PASSWORD, role });
      const res = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: TEST_PASSWORD }),
      });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
      return { ...client({ cookie, 'x-csrf-token': csrfToken }), username, csrfToken };
    },
    async withToken(role) {
      const created = await services.tokens.create(system, { name: `token-${++counter}`, role });
      return {
        ...client({ authorization: `Bearer ${created.token}` }),
        token: created.token,
        id: created.id,
      };
    },
    close: async () => {
      await services.jobs.stop();
      await database.destroy();
    },
  };
}
