import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// One row per country and day with reports: the day's combined values (noisy-OR of its reports) and the decayed
// evidence at the end of that day, in a fixed order of 17 dimensions (RF1–RF14, genocide, crimes against
// humanity, war crimes). Keeping the decayed state lets a ranking read one row per country.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('country_days')
    .addColumn('country', 'char(3)', (c) => c.notNull())
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('reports', 'integer', (c) => c.notNull())
    // Reports of this country up to and including this day, kept with the state so a ranking reads one row.
    .addColumn('reports_to_date', 'integer', (c) => c.notNull())
    .addColumn('daily', sql`float8[]`, (c) => c.notNull())
    .addColumn('state', sql`float8[]`, (c) => c.notNull())
    .addPrimaryKeyConstraint('country_days_pk', ['country', 'day'])
    .execute();
  await db.schema
    .createIndex('country_days_day_idx')
    .on('country_days')
    .columns(['day', 'country'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('country_days').ifExists().execute();
}
