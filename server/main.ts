// The process: environment → database → HTTP server → clean shutdown on SIGTERM/SIGINT.
import { parseEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { startServer } from './server.ts';

const env = parseEnv(process.env);
const logger = createLogger(env.LOG_LEVEL);

try {
  const server = await startServer(env, { logger });
  console.log(
    `Atalaya is serving the dashboard at ${server.url} (database: ${server.database.backend}` +
      `${server.database.backend === 'pglite' ? ` in ${env.ATALAYA_DATA_DIR}` : ''})`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      await server.close();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
} catch (err) {
  console.error(`Atalaya could not start: ${(err as Error).message}`);
  process.exit(1);
}
