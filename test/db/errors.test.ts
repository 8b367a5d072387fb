import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isUniqueViolation } from '../../db/errors.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

const failureOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (err) {
    return err;
  }
  throw new Error('the query did not fail');
};

describe('database error classification', () => {
  it('reads a query on a closed database (the app shutting down) as unavailable, not as a bug', async () => {
    const database = await createTestDatabase();
    const db = database.db;
    await database.destroy();
    const err = await failureOf(() => sql`select 1`.execute(db));
    expect(isDatabaseUnavailable(err), String(err)).toBe(true);
  });

  it('tells a unique violation from an outage, and a plain bug from both', async () => {
    const database = await createTestDatabase();
    try {
      await sql`create table t (k int primary key)`.execute(database.db);
      await sql`insert into t values (1)`.execute(database.db);
      const duplicate = await failureOf(() => sql`insert into t values (1)`.execute(database.db));
      expect(isUniqueViolation(duplicate)).toBe(true);
      expect(isDatabaseUnavailable(duplicate)).toBe(false);
      const bug = await failureOf(() => sql`select no_such_column from t`.execute(database.db));
      expect(isDatabaseUnavailable(bug)).toBe(false);
    } finally {
      await database.destroy();
    }
  });
});
