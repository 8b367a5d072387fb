import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('thresholds')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'char(3)')
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('level', 'rise')`))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('window_days', 'integer')
    .addColumn('persistence_days', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('built_in', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('alerts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('threshold_id', 'uuid', (c) => c.references('thresholds.id').onDelete('set null'))
    // The condition as it was when the alert was raised: it stays readable after the threshold changes.
    .addColumn('threshold_name', 'text', (c) => c.notNull())
    .addColumn('country', 'char(3)', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('threshold_value', 'double precision', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('change', 'double precision', (c) => c.notNull())
    .addColumn('latest_value', 'double precision', (c) => c.notNull())
    .addColumn('triggered_at', 'date', (c) => c.notNull())
    .addColumn('holding', 'boolean', (c) => c.notNull())
    .addColumn('cleared_at', 'date')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('open').check(sql`status in ('open', 'acknowledged', 'resolved')`),
    )
    .addColumn('assignee', 'text')
    .addColumn('risk_factors', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // One alert per threshold, country and trigger day; at most one unresolved alert per threshold and country.
  await db.schema
    .createIndex('alerts_one_per_trigger')
    .on('alerts')
    .columns(['threshold_id', 'country', 'triggered_at'])
    .unique()
    .execute();
  await db.schema
    .createIndex('alerts_one_active')
    .on('alerts')
    .columns(['threshold_id', 'country'])
    .unique()
    .where(sql.ref('status'), '<>', 'resolved')
    .execute();
  await db.schema.createIndex('alerts_inbox_idx').on('alerts').columns(['status', 'triggered_at']).execute();
  await db.schema
    .createIndex('alerts_country_idx')
    .on('alerts')
    .columns(['country', 'triggered_at'])
    .execute();

  await db.schema
    .createTable('alert_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('alert_id', 'uuid', (c) => c.notNull().references('alerts.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema
    .createIndex('alert_events_alert_idx')
    .on('alert_events')
    .columns(['alert_id', 'id'])
    .execute();

  await db.schema
    .createTable('alert_reports')
    .addColumn('alert_id', 'uuid', (c) => c.notNull().references('alerts.id').onDelete('cascade'))
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('added_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('alert_reports_pk', ['alert_id', 'report_id'])
    .execute();

  // Countries whose alerts must be evaluated again: written in the transaction that changes their reports,
  // drained by a worker. A version counts the requests, so a drain never deletes a request it did not see.
  await db.schema
    .createTable('alert_queue')
    .addColumn('country', 'char(3)', (c) => c.primaryKey())
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('webhooks')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('threshold_id', 'uuid', (c) => c.references('thresholds.id').onDelete('cascade'))
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('webhook_id', 'uuid', (c) => c.notNull().references('webhooks.id').onDelete('cascade'))
    .addColumn('alert_id', 'uuid', (c) => c.references('alerts.id').onDelete('set null'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`status in ('pending', 'delivered', 'failed')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('next_attempt_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('delivered_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_due_idx')
    .on('webhook_deliveries')
    .column('next_attempt_at')
    .where(sql.ref('status'), '=', 'pending')
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_webhook_idx')
    .on('webhook_deliveries')
    .columns(['webhook_id', 'created_at'])
    .execute();

  // Defaults that ship enabled (issue: "any country's score reaches high; a 15-point rise in 30 days; any
  // genocide-specific factor RF10 above a set value").
  await db
    .insertInto('thresholds')
    .values([
      {
        name: 'Score reaches high',
        country: null,
        metric: 'score',
        kind: 'level',
        value: 40,
        window_days: null,
        persistence_days: 1,
        built_in: true,
        created_by: 'atalaya',
      },
      {
        name: 'Score rises 15 points in 30 days',
        country: null,
        metric: 'score',
        kind: 'rise',
        value: 15,
        window_days: 30,
        persistence_days: 1,
        built_in: true,
        created_by: 'atalaya',
      },
      {
        name: 'Intent to destroy a protected group (RF10) reaches 0.5',
        country: null,
        metric: 'RF10',
        kind: 'level',
        value: 0.5,
        window_days: null,
        persistence_days: 1,
        built_in: true,
        created_by: 'atalaya',
      },
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'webhook_deliveries',
    'webhooks',
    'alert_queue',
    'alert_reports',
    'alert_events',
    'alerts',
    'thresholds',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
