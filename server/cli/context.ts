import { openDatabase } from '../../db/client.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { parseEnv } from '../env.ts';
import { createLogger } from '../logger.ts';
import { createServices } from '../services/index.ts';
import { createPasswordHasher } from '../services/password-hasher.ts';

/**
 * The CLI works on the database directly, as the server does: the same environment variables, migrations and
 * services. The embedded database is locked while the server runs; stop it first, or use PostgreSQL.
 */
export async function openCliContext() {
  const env = parseEnv(process.env);
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.ATALAYA_DATA_DIR });
  await migrateToLatest(database.db);
  const services = createServices({
    database,
    passwords: createPasswordHasher(),
    now: () => new Date(),
    sessionHours: env.ATALAYA_SESSION_HOURS,
    logger: createLogger(env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL),
  });
  const actor = { username: `cli:${process.env.USER ?? 'analyst'}` };
  return { env, database, services, actor, close: () => database.close() };
}

export type CliContext = Awaited<ReturnType<typeof openCliContext>>;
