import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thresholdDisplayName } from '../../indicators/risk/built-in-thresholds.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

describe('the thresholds Atalaya ships', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('each have a Spanish name, so a Spanish reader never meets a shipped English one', async () => {
    const shipped = await database.db
      .selectFrom('thresholds')
      .select('name')
      .where('built_in', '=', true)
      .execute();
    expect(shipped.length).toBeGreaterThan(0);
    for (const { name } of shipped) {
      expect(thresholdDisplayName(name, 'en')).toBe(name);
      expect(thresholdDisplayName(name, 'es'), name).not.toBe(name);
    }
  });

  it('keeps a name an analyst wrote as it is, in every language', () => {
    expect(thresholdDisplayName('Sudán: umbral propio', 'en')).toBe('Sudán: umbral propio');
    expect(thresholdDisplayName('My own threshold', 'es')).toBe('My own threshold');
  });
});
