import { isDatabaseUnavailable } from '../../db/errors.ts';
import type { Logger } from '../logger.ts';

/**
 * How a background loop (alert worker, jobs runner) reports its failures. While the database is unreachable
 * every pass fails; that is one warning when it starts and one line when it ends, not an error a second.
 * Any other failure is an error, every time.
 */
export function loopFailures(logger: Logger, loop: string) {
  let databaseDown = false;
  return {
    failed(err: unknown): void {
      const message = err instanceof Error ? err.message : String(err);
      if (!isDatabaseUnavailable(err)) {
        logger.error({ err: message }, loop);
        return;
      }
      if (!databaseDown)
        logger.warn({ loop, err: message }, 'database unavailable: retrying until it is back');
      databaseDown = true;
    },
    succeeded(): void {
      if (databaseDown) logger.info({ loop }, 'database reachable again');
      databaseDown = false;
    },
  };
}
