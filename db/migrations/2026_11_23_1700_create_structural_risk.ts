import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Statistical (base-rate) risk forecasts per country from outside models, e.g. the Early Warning Project:
// one row per country and source, replaced by each import.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('structural_risk')
    .addColumn('country', 'char(3)', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('risk', 'float8', (c) => c.notNull().check(sql`risk >= 0 and risk <= 1`))
    .addColumn('rank', 'integer')
    .addColumn('forecast_window', 'text', (c) => c.notNull())
    .addColumn('base_year', 'integer', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('structural_risk_pk', ['country', 'source'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('structural_risk').ifExists().execute();
}
