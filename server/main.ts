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
    // The process ends whatever happens below: a log line to a pipe whose reader is gone throws, and a close
    // that hangs must not leave a server nobody can stop but with SIGKILL.
    setTimeout(() => process.exit(1), 20_000).unref();
    let code = 0;
    try {
      quietly(() => logger.info({ signal }, 'shutting down: finishing in-flight requests'));
      await server.close();
      quietly(() => logger.info('stopped cleanly'));
    } catch (err) {
      code = 1;
      quietly(() => logger.error({ err }, 'shutdown failed'));
    }
    process.exit(code);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
} catch (err) {
  console.error(`Atalaya could not start: ${(err as Error).message}`);
  process.exit(1);
}

/** Runs a logging call that must not stop the shutdown if the log's destination is gone. */
function quietly(log: () => void): void {
  try {
    log();
  } catch {
    // Nowhere left to say it.
  }
}
