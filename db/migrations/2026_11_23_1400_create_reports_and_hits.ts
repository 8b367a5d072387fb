import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('external_id', 'text', (c) => c.unique())
    .addColumn('country', 'char(3)', (c) => c.notNull())
    .addColumn('report_date', 'date', (c) => c.notNull())
    .addColumn('period_start', 'date')
    .addColumn('period_end', 'date')
    .addColumn('title', 'text')
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('scored', 'boolean', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('text_hash', 'text', (c) => c.notNull())
    .addColumn('source_name', 'text')
    .addColumn('source_url', 'text')
    .addColumn('reliability', 'char(2)', (c) => c.notNull().defaultTo('F6'))
    .addColumn('tags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('risk_factors', 'jsonb', (c) => c.notNull())
    .addColumn('crimes', 'jsonb', (c) => c.notNull())
    .addColumn('catalog_version', 'text', (c) => c.notNull())
    .addColumn('synthetic', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('reports_same_text_country_date', ['country', 'report_date', 'text_hash'])
    .execute();
  await db.schema
    .createIndex('reports_country_date_idx')
    .on('reports')
    .columns(['country', 'report_date'])
    .execute();
  await db.schema.createIndex('reports_date_idx').on('reports').columns(['report_date', 'id']).execute();
  // Which countries carry synthetic (demo) data, answered from a small partial index.
  await db.schema
    .createIndex('reports_synthetic_idx')
    .on('reports')
    .column('country')
    .where(sql.ref('synthetic'), '=', true)
    .execute();

  await db.schema
    .createTable('hits')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('risk_factors', sql`text[]`, (c) => c.notNull())
    .addColumn('crimes', sql`text[]`, (c) => c.notNull())
    .addColumn('legal_basis', sql`text[]`, (c) => c.notNull())
    .addColumn('evidence_text', 'text', (c) => c.notNull())
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('evidence_end', 'integer', (c) => c.notNull())
    .addColumn('negated', 'boolean', (c) => c.notNull())
    .addColumn('context', 'text', (c) => c.notNull())
    .addColumn('weight', 'real', (c) => c.notNull())
    .addColumn('magnitude', 'double precision')
    .addColumn('matches', 'jsonb', (c) => c.notNull())
    .addColumn('groups', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('hits_report_id_idx').on('hits').column('report_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('hits').ifExists().execute();
  await db.schema.dropTable('reports').ifExists().execute();
}
