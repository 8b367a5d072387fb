import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let n = 0;
const killing = (extra = '') =>
  `Paramilitares asesinaron a ${10 + ++n} campesinos en la vereda ${n}. ${extra}`;
const report = (country: string, date: string, reliability = 'B2', text = killing()) => ({
  country,
  date,
  text,
  lang: 'es',
  source: { name: 'Monitor', reliability },
});

describe('country risk over time', () => {
  let t: TestApp;
  let analyst: Awaited<ReturnType<TestApp['withToken']>>;
  const ingest = async (body: object) => {
    const res = await analyst.post('/api/reports', body);
    expect(res.status).toBe(201);
  };
  const ranking = async (asOf: string) =>
    (await (await analyst.get(`/api/countries?asOf=${asOf}`)).json()).items;
  const scoreOf = async (iso3: string, asOf: string) =>
    (await ranking(asOf)).find((c: { iso3: string }) => c.iso3 === iso3)?.score ?? 0;

  beforeAll(async () => {
    t = await createTestApp();
    analyst = await t.withToken('analyst');
  });
  afterAll(() => t.close());

  it('ranks countries by score with level, 30-day change, top risk factors and coverage', async () => {
    await ingest(report('COL', '2026-01-10'));
    await ingest(report('COL', '2026-02-20'));
    await ingest(report('PER', '2026-02-21', 'E5'));
    const items = await ranking('2026-02-28');
    expect(items.map((c: { iso3: string }) => c.iso3)).toEqual(['COL', 'PER']);
    const col = items[0];
    expect(col).toMatchObject({
      name: { en: 'Colombia', es: 'Colombia' },
      reports: 2,
      lastReportDate: '2026-02-20',
    });
    expect(['low', 'moderate', 'high', 'very_high']).toContain(col.level);
    expect(col.change30d).toBeGreaterThan(0);
    expect(col.topRiskFactors.length).toBeGreaterThan(0);
    expect(col.region).toBe('americas');
    // Killings of peasants by paramilitaries: crimes against humanity and war crimes carry evidence.
    expect(Object.keys(col.crimes).sort()).toEqual(['crimes_against_humanity', 'genocide', 'war_crimes']);
    expect(col.crimes.crimes_against_humanity).toBeGreaterThan(0);
    expect(await ranking('2026-01-01')).toEqual([]);
  });

  it('gives every country its score at the last twelve month ends for the sparklines', async () => {
    await ingest(report('GTM', '2025-06-10'));
    await ingest(report('GTM', '2025-11-03'));
    const res = await analyst.get('/api/countries/sparklines?asOf=2026-02-15');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.dates).toHaveLength(12);
    expect(body.dates[0]).toBe('2025-03-31');
    expect(body.dates.at(-1)).toBe('2026-02-15');
    const gtm = body.items.find((i: { iso3: string }) => i.iso3 === 'GTM').scores as number[];
    expect(gtm).toHaveLength(12);
    // Nothing before June, a peak at the end of the month of each report, fading in between.
    expect(gtm.slice(0, 3)).toEqual([0, 0, 0]);
    const june = gtm[3]!;
    const november = gtm[8]!;
    expect(june).toBeGreaterThan(0);
    expect(gtm[4]!).toBeLessThan(june);
    expect(november).toBeGreaterThan(gtm[7]!);
    expect(gtm[11]!).toBeLessThan(november);
    // Each point is the score the ranking would give on that day.
    expect(november).toBe(await scoreOf('GTM', '2025-11-30'));
    expect((await analyst.get('/api/countries/sparklines?months=1')).status).toBe(400);
  });

  it('lets evidence fade with a 30-day half-life', async () => {
    await ingest(report('ECU', '2026-01-01'));
    const series = await (await analyst.get('/api/countries/ECU/risk?from=2026-01-01&to=2026-03-02')).json();
    const at = (d: string) => series.series.find((p: { date: string }) => p.date === d);
    const v0 = at('2026-01-01').riskFactors;
    const v30 = at('2026-01-31').riskFactors;
    const top = Object.keys(v0).find((k) => v0[k] > 0)!;
    // value = 1 − e^(−state/2): halving the state maps v to 1 − sqrt(1 − v).
    expect(v30[top]).toBeCloseTo(1 - Math.sqrt(1 - v0[top]), 3);
    expect(at('2026-03-02').score).toBeLessThan(at('2026-01-31').score);
  });

  it('weighs a reliable source more than a doubtful one', async () => {
    const text = killing();
    await ingest(report('BOL', '2026-01-05', 'A1', text));
    await ingest(report('PRY', '2026-01-05', 'E5', text));
    expect(await scoreOf('BOL', '2026-01-05')).toBeGreaterThan(await scoreOf('PRY', '2026-01-05'));
  });

  it('saturates repeated coverage of one day instead of adding it up', async () => {
    for (let i = 0; i < 6; i++) await ingest(report('HND', '2026-01-15'));
    for (let i = 0; i < 6; i++) await ingest(report('SLV', `2026-01-${String(10 + i).padStart(2, '0')}`));
    const sameDay = await scoreOf('HND', '2026-01-15');
    const spread = await scoreOf('SLV', '2026-01-15');
    expect(sameDay).toBeLessThan(spread);
    const single = await t.database.db
      .selectFrom('country_days')
      .select('daily')
      .where('country', '=', 'HND')
      .executeTakeFirstOrThrow();
    expect(Math.max(...single.daily)).toBeLessThanOrEqual(1);
  });

  it('keeps the aggregates equal to a full recomputation when reports arrive out of order', async () => {
    for (const day of ['2026-03-20', '2026-03-01', '2026-03-25', '2026-02-10', '2026-03-01', '2026-03-22']) {
      await ingest(report('GTM', day));
    }
    const read = () =>
      t.database.db
        .selectFrom('country_days')
        .selectAll()
        .where('country', '=', 'GTM')
        .orderBy('day')
        .execute();
    const incremental = await read();
    await t.database.db.transaction().execute((trx) => t.services.risk.recomputeCountry(trx, 'GTM'));
    const recomputed = await read();
    expect(recomputed.map((r) => [r.day, r.reports, r.reports_to_date])).toEqual(
      incremental.map((r) => [r.day, r.reports, r.reports_to_date]),
    );
    recomputed.forEach((row, i) => {
      row.state.forEach((s, k) => {
        expect(s).toBeCloseTo(incremental[i]!.state[k]!, 9);
      });
    });
  });

  it('serves weekly and monthly series with the reports of each period', async () => {
    const monthly = await (
      await analyst.get('/api/countries/GTM/risk?from=2026-01-01&to=2026-04-30&interval=month')
    ).json();
    expect(monthly.series.map((p: { date: string }) => p.date)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
    expect(monthly.series.map((p: { reports: number }) => p.reports)).toEqual([0, 1, 5, 0]);
    const weekly = await (
      await analyst.get('/api/countries/GTM/risk?from=2026-03-02&to=2026-03-29&interval=week')
    ).json();
    expect(weekly.series.map((p: { date: string }) => p.date)).toEqual([
      '2026-03-08',
      '2026-03-15',
      '2026-03-22',
      '2026-03-29',
    ]);
    expect(Object.keys(weekly.series[0].riskFactors)).toHaveLength(14);
  });

  it('gives the evidence behind a period: the strongest quoted hits, ranked by what they add', async () => {
    const res = await analyst.get('/api/countries/GTM/evidence?from=2026-02-01&to=2026-03-31&limit=3');
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items.length).toBe(3);
    for (const item of items) {
      expect(item).toMatchObject({ reportId: expect.any(String), date: expect.any(String), negated: false });
      expect(item.weight).toBeGreaterThan(0);
      expect(item.evidence.text.length).toBeGreaterThan(0);
    }
    const contributions = items.map((i: { contribution: number }) => i.contribution);
    expect(contributions).toEqual([...contributions].sort((a, b) => b - a));
  });

  it('rejects an unknown country, an inverted period and a period over 12 years', async () => {
    expect((await analyst.get('/api/countries/XYZ/risk')).status).toBe(400);
    expect((await analyst.get('/api/countries/COL/risk?from=2026-05-01&to=2026-01-01')).status).toBe(400);
    expect((await analyst.get('/api/countries/COL/risk?from=2000-01-01&to=2026-01-01')).status).toBe(400);
  });
});
