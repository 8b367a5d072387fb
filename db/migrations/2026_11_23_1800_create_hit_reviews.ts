import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// A review is keyed by what it judges (this indicator on this sentence of this report), not by the hit row's
// id, so it survives a rescore that deletes and re-creates the hits of the report.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('hit_reviews')
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('evidence_end', 'integer', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision in ('confirmed', 'rejected')`))
    .addColumn('note', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('hit_reviews_pk', [
      'report_id',
      'indicator_id',
      'evidence_start',
      'evidence_end',
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('hit_reviews').ifExists().execute();
}
