import type { Kysely } from 'kysely';
import { isDatabaseUnavailable, isUniqueViolation } from '../../db/errors.ts';
import { insertAuditEntry } from '../../db/queries/audit-log.ts';
import {
  claimNextJob,
  findActiveJob,
  findJob,
  finishJob,
  insertJob,
  requeueJob,
  requeueStaleJobs,
  updateJobProgress,
} from '../../db/queries/jobs.ts';
import type { Database, JobRow } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { loopFailures } from './loop-failures.ts';
import type { Actor } from './principal.ts';

/**
 * Does a job's work, reporting progress as it goes. `resumed` is true when an earlier attempt started and was
 * cut off (its process died, or the database went away): the handler must then not assume it starts afresh.
 */
export type JobHandler = (report: (progress: object) => Promise<void>, resumed: boolean) => Promise<object>;

const STALE_MS = 5 * 60_000;

export const toJob = (row: JobRow) => ({
  id: row.id,
  kind: row.kind,
  status: row.status,
  progress: row.progress,
  error: row.error,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
  startedAt: row.started_at?.toISOString() ?? null,
  finishedAt: row.finished_at?.toISOString() ?? null,
});

/**
 * Background jobs kept in the database: any app process may run them, one at a time each, claimed with
 * FOR UPDATE SKIP LOCKED; a job whose process died (no heartbeat) is queued again.
 */
export function createJobsService(deps: {
  db: Kysely<Database>;
  logger: Logger;
  handlers: Record<string, JobHandler>;
  now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  // Jobs this process was running when the database went away. Their status could not be written then, so
  // they would sit as "running" until their heartbeat went stale (minutes); they go back to the queue as soon
  // as the database answers again.
  const interrupted = new Set<string>();
  const failures = loopFailures(deps.logger, 'job runner');

  async function runOne(): Promise<boolean> {
    for (const id of interrupted) {
      await requeueJob(deps.db, id);
      interrupted.delete(id);
    }
    await requeueStaleJobs(deps.db, new Date(now().getTime() - STALE_MS));
    const job = await claimNextJob(deps.db, Object.keys(deps.handlers), now());
    if (!job) return false;
    // A job with progress recorded was started before and cut off.
    const resumed = Object.keys(job.progress ?? {}).length > 0;
    deps.logger.info({ job: job.id, kind: job.kind, resumed }, 'job started');
    try {
      const result = await deps.handlers[job.kind]!(
        (progress) => updateJobProgress(deps.db, job.id, progress, now()),
        resumed,
      );
      await finishJob(deps.db, job.id, { status: 'done', progress: result }, now());
      deps.logger.info({ job: job.id, kind: job.kind }, 'job done');
    } catch (err) {
      if (isDatabaseUnavailable(err)) {
        interrupted.add(job.id);
        deps.logger.warn({ job: job.id, kind: job.kind }, 'job interrupted: the database is unavailable');
        return false;
      }
      deps.logger.error({ job: job.id, kind: job.kind, err: (err as Error).message }, 'job failed');
      await finishJob(deps.db, job.id, { status: 'failed', error: (err as Error).message }, now()).catch(
        () => {},
      );
    }
    return true;
  }

  return {
    /**
     * Queues a job of `kind`, or returns the one of that kind already queued or running: asking twice, even at
     * the same moment from two processes, starts one (a partial unique index decides the race).
     */
    async enqueue(actor: Actor, kind: string) {
      try {
        return await this.enqueueOnce(actor, kind);
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        const active = await findActiveJob(deps.db, kind);
        if (!active) throw err;
        return toJob(active);
      }
    },

    async enqueueOnce(actor: Actor, kind: string) {
      const job = await deps.db.transaction().execute(async (trx) => {
        const active = await findActiveJob(trx, kind);
        if (active) return active;
        const created = await insertJob(trx, { kind, createdBy: actor.username, dedupeKey: kind });
        await insertAuditEntry(trx, {
          actor: actor.username,
          action: 'job.enqueue',
          targetType: 'job',
          targetId: created.id,
          details: { kind },
          requestId: actor.requestId,
        });
        return created;
      });
      void this.tick();
      return toJob(job);
    },

    async get(id: string) {
      const job = await findJob(deps.db, id);
      if (!job) throw notFound('Job');
      return toJob(job);
    },

    /** Runs queued jobs until none is left (one at a time in this process). */
    tick(): Promise<void> {
      if (stopped) return Promise.resolve();
      running ??= (async () => {
        try {
          while (!stopped && (await runOne()));
          failures.succeeded();
        } catch (err) {
          failures.failed(err);
        } finally {
          running = undefined;
        }
      })();
      return running;
    },

    start(pollMs = 2_000): void {
      stopped = false;
      timer = setInterval(() => void this.tick(), pollMs);
      timer.unref();
    },

    /** Stops polling and waits for the job in progress to finish its current page. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}

export type JobsService = ReturnType<typeof createJobsService>;
