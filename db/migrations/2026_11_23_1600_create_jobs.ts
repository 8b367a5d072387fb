import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Background work (rescoring, later webhook deliveries) as rows that any app process may claim with
// FOR UPDATE SKIP LOCKED, so several processes on one database never run a job twice.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('queued').check(sql`status in ('queued', 'running', 'done', 'failed')`),
    )
    .addColumn('progress', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('error', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .addColumn('heartbeat_at', 'timestamptz')
    .addColumn('dedupe_key', 'text')
    .execute();
  // At most one queued or running job per dedupe key ("rescore"): asking twice at once cannot start two.
  await sql`create unique index jobs_one_active_per_key on jobs (dedupe_key)
    where dedupe_key is not null and status in ('queued', 'running')`.execute(db);
  await db.schema
    .createIndex('jobs_status_created_idx')
    .on('jobs')
    .columns(['status', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('jobs').ifExists().execute();
}
