import type { Logger } from '../logger.ts';
import type { AlertEngine } from './alert-engine.ts';
import { loopFailures } from './loop-failures.ts';
import type { WebhooksService } from './webhooks-service.ts';

/**
 * The background loop of every app process: evaluates the countries queued by ingests, reviews and threshold
 * changes, sends due webhook deliveries, and once a day queues every country again (scores fade with time, so
 * a condition can stop holding without any new report). Several processes may run it at once: the queue and
 * the deliveries are claimed with SKIP LOCKED.
 */
export function createAlertWorker(deps: {
  engine: AlertEngine;
  webhooks: WebhooksService;
  logger: Logger;
  now: () => Date;
}) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;
  let lastDailyRun = '';
  const failures = loopFailures(deps.logger, 'alert worker');

  async function cycle(): Promise<void> {
    const day = deps.now().toISOString().slice(0, 10);
    if (day !== lastDailyRun) {
      await deps.engine.requestAll();
      // Only once it is done: a day whose request failed (the database was down) is asked again next cycle.
      lastDailyRun = day;
    }
    const evaluated = await deps.engine.drain();
    if (evaluated > 0) deps.logger.debug({ countries: evaluated }, 'alerts evaluated');
    while (!stopped && (await deps.webhooks.deliverDue()) > 0);
  }

  return {
    /** One pass now (also what the timer runs); concurrent calls share the pass in progress. */
    tick(): Promise<void> {
      running ??= cycle()
        .then(failures.succeeded, failures.failed)
        .finally(() => {
          running = undefined;
        });
      return running;
    },

    start(pollMs = 1_000): void {
      stopped = false;
      timer = setInterval(() => void this.tick(), pollMs);
      timer.unref();
      void this.tick();
    },

    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}

export type AlertWorker = ReturnType<typeof createAlertWorker>;
