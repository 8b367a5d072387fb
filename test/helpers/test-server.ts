import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { DatabaseHandle } from '../../db/client.ts';
import { parseEnv } from '../../server/env.ts';
import { createLogger } from '../../server/logger.ts';
import { startServer } from '../../server/server.ts';
import { captureLogs } from './log-capture.ts';
import { testPasswords } from './test-app.ts';
import { createTestDatabase, createTestDataDir } from './test-database.ts';

export interface TestServer {
  url: string;
  adminPassword: string;
  logs: string[];
  /** The server's own database handle: for setting up what no API can (PGlite allows one opener only). */
  database: DatabaseHandle;
  close(): Promise<void>;
}

/**
 * The real server (same startServer as `npm start`) on a random port and a database of its own, with the
 * built web app (the global setup builds it when stale). Used by browser tests.
 */
export async function startTestServer(options: { env?: Record<string, string> } = {}): Promise<TestServer> {
  const adminPassword = randomBytes(12).toString('base64url');
  const { lines: logs, stream: sink } = captureLogs();

  let cleanup: () => Promise<void>;
  const location: Record<string, string> = {};
  if (process.env.TEST_DATABASE_URL) {
    const database = await createTestDatabase();
    location.DATABASE_URL = database.location.url!;
    await database.close(); // the server opens its own pool; keep the database itself
    cleanup = () => database.destroy();
  } else {
    const dataDir = createTestDataDir();
    location.ATALAYA_DATA_DIR = dataDir;
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }

  const env = parseEnv({
    PORT: '0',
    HOST: '127.0.0.1',
    ATALAYA_ADMIN_PASSWORD: adminPassword,
    ATALAYA_DEMO: '0',
    LOG_LEVEL: 'info',
    ...location,
    ...options.env,
  });
  const server = await startServer(env, {
    logger: createLogger('info', sink),
    passwords: testPasswords(),
    announce: () => {},
  });
  return {
    url: server.url,
    adminPassword,
    logs,
    database: server.database,
    close: async () => {
      await server.close(2_000);
      await cleanup();
    },
  };
}
