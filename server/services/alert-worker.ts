import type { Logger } from '../logger.ts';
import type { AlertEngine } from './alert-engine.ts';
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

  async function cycle(): Promise<void> {
    const day = deps.now().toISOString().slice(0, 10);
    if (day !== lastDailyRun) {
      lastDailyRun = day;
      await deps.engine.requestAll();
    }
    const evaluated = await deps.engine.drain();
    if (evaluated > 0) deps.logger.debug({ countries: evaluated }, 'alerts evaluated');
    while (!stopped && (await deps.webhooks.deliverDue()) > 0);
  }

  return {
    /** One pass now (also what the timer runs); concurrent calls share the pass in progress. */
    tick(): Promise<void> {
      running ??= cycle()
        .catch((err: Error) => deps.logger.error({ err: err.message }, 'alert worker'))
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
