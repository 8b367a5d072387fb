import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Names of witnesses and monitors that briefings must never print (source protection). The folded form
// (lower case, accents removed) is what briefings match on and what keeps one entry per name.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('protected_names')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('folded', 'text', (c) => c.notNull().unique())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('protected_names').ifExists().execute();
}
