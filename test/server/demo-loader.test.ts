import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoIfEmpty } from '../../server/services/demo-loader.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

describe('loading the synthetic demo data set', () => {
  let t: TestApp;
  let stored = 0;
  beforeAll(async () => {
    t = await createTestApp();
    const deps = { db: t.database.db, scoring: t.services.scoring, risk: t.services.risk };
    stored = await loadDemoIfEmpty(deps, { endDate: '2026-11-23' });
  }, 180_000);
  afterAll(() => t.close());

  it('fills an empty database with thousands of reports flagged synthetic, and the ranking marks them', async () => {
    expect(stored).toBeGreaterThan(3_000);
    const flags = await t.database.db.selectFrom('reports').select('synthetic').distinct().execute();
    expect(flags.map((f) => f.synthetic)).toEqual([true]);
    const viewer = await t.withToken('viewer');
    const ranking = await (await viewer.get('/api/countries?asOf=2026-11-23')).json();
    expect(ranking.items.length).toBeGreaterThanOrEqual(30);
    expect(ranking.items.every((c: { synthetic: boolean }) => c.synthetic)).toBe(true);
    expect(ranking.items[0].score).toBeGreaterThan(ranking.items.at(-1).score);
  });

  it('does nothing when the database already holds reports', async () => {
    const deps = { db: t.database.db, scoring: t.services.scoring, risk: t.services.risk };
    expect(await loadDemoIfEmpty(deps, { endDate: '2026-11-23' })).toBe(0);
  });
});
