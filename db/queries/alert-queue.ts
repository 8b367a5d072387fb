import { sql } from 'kysely';
import type { Executor } from './executor.ts';

/**
 * Asks for the alerts of these countries to be evaluated again. Call in the transaction that changes their
 * reports: the request commits with the change or not at all, so no change is ever left unevaluated.
 */
export async function requestEvaluation(db: Executor, countries: readonly string[]): Promise<void> {
  if (countries.length === 0) return;
  await sql`
    insert into alert_queue (country)
    select distinct unnest(${countries}::text[]) order by 1
    on conflict (country) do update
      set version = alert_queue.version + 1, requested_at = now()`.execute(db);
}

/**
 * Claims up to `limit` queued countries that are due (skipping those another process holds) until the
 * transaction ends.
 */
export async function claimQueued(
  db: Executor,
  limit: number,
): Promise<Array<{ country: string; version: string }>> {
  const result = await sql<{ country: string; version: string }>`
    select country, version from alert_queue
    where requested_at <= now()
    order by requested_at, country
    for update skip locked
    limit ${limit}`.execute(db);
  return result.rows.map((r) => ({ country: r.country.trim(), version: String(r.version) }));
}

/** Removes a request, unless a newer one arrived since it was claimed. */
export async function completeQueued(db: Executor, country: string, version: string): Promise<void> {
  await db.deleteFrom('alert_queue').where('country', '=', country).where('version', '=', version).execute();
}

/** Leaves a claimed request queued but not due for `seconds` (its evaluation failed); a new request makes it due. */
export async function postponeQueued(db: Executor, country: string, seconds: number): Promise<void> {
  await sql`
    update alert_queue set requested_at = now() + make_interval(secs => ${seconds})
    where country = ${country}`.execute(db);
}

export async function queuedCount(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('alert_queue')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
