import { Migrator, NO_MIGRATIONS, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('are already applied to a test database and re-running them is a no-op', async () => {
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it('go all the way down and up again', async () => {
    const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });
    const down = await migrator.migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    const tables = await sql<{ n: string }>`select count(*)::text as n from information_schema.tables
      where table_schema = 'public' and table_name = 'users'`.execute(database.db);
    expect(tables.rows[0]!.n).toBe('0');
    expect(await migrateToLatest(database.db)).toEqual(Object.keys(migrations));
  });

  it('follow the frozen naming scheme, in order', () => {
    const names = Object.keys(migrations);
    for (const name of names) expect(name).toMatch(/^\d{4}_\d{2}_\d{2}_\d{4}_[a-z0-9_]+$/);
    expect([...names].sort()).toEqual(names);
  });
});
