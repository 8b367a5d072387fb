import { sql } from 'kysely';
import type { JobRow } from '../schema.ts';
import type { Executor } from './executor.ts';

export function insertJob(
  db: Executor,
  job: { kind: string; createdBy: string; dedupeKey?: string },
): Promise<JobRow> {
  return db
    .insertInto('jobs')
    .values({ kind: job.kind, created_by: job.createdBy, dedupe_key: job.dedupeKey ?? null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Claims the oldest queued job of these kinds for this process: the row lock and SKIP LOCKED make two processes
 * polling at once take different jobs, never the same one.
 */
export async function claimNextJob(
  db: Executor,
  kinds: readonly string[],
  now: Date,
): Promise<JobRow | undefined> {
  if (kinds.length === 0) return undefined;
  const result = await sql<JobRow>`
    update jobs set status = 'running', started_at = ${now}, heartbeat_at = ${now}
    where id = (
      select id from jobs where status = 'queued' and kind in (${sql.join(kinds)})
      order by created_at limit 1 for update skip locked
    )
    returning *`.execute(db);
  return result.rows[0];
}

export async function updateJobProgress(
  db: Executor,
  id: string,
  progress: object,
  now: Date,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ progress: JSON.stringify(progress), heartbeat_at: now })
    .where('id', '=', id)
    .execute();
}

export async function finishJob(
  db: Executor,
  id: string,
  outcome: { status: 'done' | 'failed'; error?: string; progress?: object },
  now: Date,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      status: outcome.status,
      error: outcome.error ?? null,
      finished_at: now,
      ...(outcome.progress ? { progress: JSON.stringify(outcome.progress) } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** A job this process was running goes back to the queue (it was cut off by a database outage). */
export async function requeueJob(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'queued', started_at: null })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

/** Jobs whose process died (no heartbeat for `staleMs`) go back to the queue. */
export async function requeueStaleJobs(db: Executor, staleBefore: Date): Promise<number> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'queued', started_at: null })
    .where('status', '=', 'running')
    .where('heartbeat_at', '<', staleBefore)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function findJob(db: Executor, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findActiveJob(db: Executor, dedupeKey: string): Promise<JobRow | undefined> {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('dedupe_key', '=', dedupeKey)
    .where('status', 'in', ['queued', 'running'])
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
}
