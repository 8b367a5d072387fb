import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type DatabaseHandle, openDatabase } from '../db/client.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createApp } from './app.ts';
import type { Env } from './env.ts';
import type { Logger } from './logger.ts';
import { bootstrapFirstAdmin } from './services/bootstrap-service.ts';
import { loadDemoIfEmpty } from './services/demo-loader.ts';
import { createPasswordHasher, type PasswordHasher } from './services/password-hasher.ts';

export interface RunningServer {
  url: string;
  database: DatabaseHandle;
  /** Stops accepting connections, lets in-flight requests finish (up to `graceMs`), then closes the database. */
  close(graceMs?: number): Promise<void>;
}

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const VERSION: string = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;

/** Opens and migrates the database, creates the first admin when needed, and serves the app. */
export async function startServer(
  env: Env,
  options: {
    logger: Logger;
    passwords?: PasswordHasher;
    webRoot?: string;
    announce?: (line: string) => void;
  },
): Promise<RunningServer> {
  const announce = options.announce ?? ((line: string) => console.log(line));
  const database = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.ATALAYA_DATA_DIR,
    poolSize: env.DATABASE_POOL_SIZE,
  });
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length) options.logger.info({ migrations: applied }, 'migrations applied');
    const passwords = options.passwords ?? createPasswordHasher();
    const { app, services } = createApp({
      database,
      logger: options.logger,
      passwords,
      version: VERSION,
      maxBodyBytes: env.ATALAYA_MAX_BODY_BYTES,
      maxUploadBytes: env.ATALAYA_MAX_UPLOAD_BYTES,
      maxFileBytes: env.ATALAYA_MAX_FILE_BYTES,
      sessionHours: env.ATALAYA_SESSION_HOURS,
      trustProxy: env.ATALAYA_TRUST_PROXY,
      webRoot: options.webRoot ?? `${PROJECT_ROOT}dist/web`,
    });
    const boot = await bootstrapFirstAdmin(
      { db: database.db, users: services.users, tokens: services.tokens },
      { adminPassword: env.ATALAYA_ADMIN_PASSWORD, bootstrapToken: env.ATALAYA_BOOTSTRAP_TOKEN },
    );
    // Printed once to the console, never to the structured log (which may be shipped elsewhere).
    if (boot.generatedPassword)
      announce(`First start: created user "admin" with password ${boot.generatedPassword}`);
    else if (boot.created) announce('First start: created user "admin" with ATALAYA_ADMIN_PASSWORD.');
    if (boot.tokenCreated) announce('First start: created the admin API token from ATALAYA_BOOTSTRAP_TOKEN.');

    if (database.backend === 'pglite' && env.ATALAYA_DEMO) {
      const started = performance.now();
      const stored = await loadDemoIfEmpty(
        { db: database.db, scoring: services.scoring, risk: services.risk },
        { endDate: new Date().toISOString().slice(0, 10) },
      );
      if (stored > 0) {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        announce(
          `First start: loaded the SYNTHETIC demo data set (${stored} reports in ${seconds} s). Start with ATALAYA_DEMO=0 to begin empty.`,
        );
      }
    }
    services.jobs.start();
    services.alertWorker.start();
    const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;
    const host = env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
    const url = `http://${host}:${port}`;
    let closing: Promise<void> | undefined;

    return {
      url,
      database,
      close: (graceMs = 10_000) =>
        (closing ??= (async () => {
          await new Promise<void>((resolve) => {
            const force = setTimeout(() => {
              (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            }, graceMs);
            server.close(() => {
              clearTimeout(force);
              resolve();
            });
            (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
          });
          await services.jobs.stop();
          await services.alertWorker.stop();
          await database.close();
        })()),
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
