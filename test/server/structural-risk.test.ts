import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/ewp/final-forecasts.csv', import.meta.url));

describe('structural risk from the Early Warning Project', () => {
  let t: TestApp;
  let analyst: Awaited<ReturnType<TestApp['withToken']>>;
  beforeAll(async () => {
    t = await createTestApp();
    analyst = await t.withToken('analyst');
  });
  afterAll(() => t.close());

  it('imports the forecasts, reports the rows it could not use, and audits the import', async () => {
    const result = await t.services.structural.importEwp({ username: 'importer' }, createReadStream(FIXTURE));
    expect(result.imported).toBeGreaterThanOrEqual(3);
    expect(result.problems.length).toBeGreaterThan(0);
    const byCountry = await t.services.structural.byCountry();
    expect(byCountry.get('MMR')).toMatchObject({
      risk: 0.1041,
      rank: 1,
      forecastWindow: '2025-2026',
      baseYear: 2024,
    });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'structural_risk.import')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('shows the structural risk beside the report-based score in the ranking', async () => {
    await analyst.post('/api/reports', {
      country: 'MMR',
      date: '2026-03-01',
      text: 'Soldiers killed 40 Rohingya villagers.',
    });
    await analyst.post('/api/reports', {
      country: 'COL',
      date: '2026-03-01',
      text: 'Paramilitares asesinaron a 4 campesinos.',
    });
    const { items } = await (await analyst.get('/api/countries?asOf=2026-03-02')).json();
    const mmr = items.find((c: { iso3: string }) => c.iso3 === 'MMR');
    const col = items.find((c: { iso3: string }) => c.iso3 === 'COL');
    expect(mmr.structuralRisk).toMatchObject({ source: 'ewp', risk: 0.1041, rank: 1 });
    expect(col.structuralRisk).toBeNull();
  });

  it('replaces the previous import whole', async () => {
    await t.services.structural.importEwp({ username: 'importer' }, createReadStream(FIXTURE));
    const rows = await t.database.db.selectFrom('structural_risk').select('country').execute();
    expect(new Set(rows.map((r) => r.country)).size).toBe(rows.length);
  });
});
