import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

const aReport = (overrides: Record<string, unknown> = {}) => ({
  country: 'COL',
  date: '2026-03-01',
  title: 'Informe semanal del Cauca',
  text: 'Según la Defensoría del Pueblo, paramilitares asesinaron a 12 campesinos indígenas en la vereda El Tambo.',
  source: { name: 'Defensoría del Pueblo', url: 'https://example.org/informe', reliability: 'B2' },
  tags: ['cauca'],
  ...overrides,
});

describe('POST /api/reports', () => {
  let t: TestApp;
  let analyst: Awaited<ReturnType<TestApp['withToken']>>;
  beforeAll(async () => {
    t = await createTestApp();
    analyst = await t.withToken('analyst');
  });
  afterAll(() => t.close());

  it('stores, scores and answers 201 with the hits and their evidence', async () => {
    const res = await analyst.post('/api/reports', aReport());
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      country: 'COL',
      date: '2026-03-01',
      lang: 'es',
      duplicate: false,
      scored: true,
    });
    expect(body.score).toBeGreaterThan(0);
    expect(body.hits.length).toBeGreaterThan(0);
    const stored = await (await analyst.get(`/api/reports/${body.id}`)).json();
    expect(stored.text).toBe(aReport().text);
    // Stored hits add their id and review (none yet) to what the scorer found.
    expect(stored.hits.map(({ id, review, ...hit }: { id: string; review: unknown }) => hit)).toEqual(
      body.hits,
    );
    expect(
      stored.hits.every((h: { id: string; review: unknown }) => /^\d+$/.test(h.id) && h.review === null),
    ).toBe(true);
    expect(stored).toMatchObject({
      source: { name: 'Defensoría del Pueblo', reliability: 'B2' },
      tags: ['cauca'],
    });
    for (const hit of stored.hits)
      expect(stored.text.slice(hit.evidence.start, hit.evidence.end)).toBe(hit.evidence.text);
  });

  it('answers a repeat of the same text, country and date as a duplicate, even re-spaced or re-cased', async () => {
    const first = await (await analyst.post('/api/reports', aReport({ date: '2026-03-02' }))).json();
    const again = await analyst.post(
      '/api/reports',
      aReport({ date: '2026-03-02', text: `  ${aReport().text.toUpperCase().replace(/ /g, '  ')} ` }),
    );
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: first.id, duplicate: true });
    const otherDay = await analyst.post('/api/reports', aReport({ date: '2026-03-03' }));
    expect(otherDay.status).toBe(201);
  });

  it('answers a repeat of the same externalId as a duplicate, whatever the text', async () => {
    const first = await (
      await analyst.post('/api/reports', aReport({ externalId: 'ngo-42', date: '2026-01-10' }))
    ).json();
    const again = await analyst.post(
      '/api/reports',
      aReport({ externalId: 'ngo-42', text: 'Otro texto distinto.' }),
    );
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe(first.id);
  });

  it('stores a report in another language, marked as not scored', async () => {
    const text = 'Les soldats ont tué des civils dans le village et ont brûlé les maisons pendant la nuit.';
    const body = await (await analyst.post('/api/reports', aReport({ text, date: '2026-01-11' }))).json();
    expect(body).toMatchObject({ lang: 'fr', scored: false, score: 0, hits: [] });
  });

  it('rejects bad fields by name and stores nothing', async () => {
    const count = async () => (await t.database.db.selectFrom('reports').select('id').execute()).length;
    const before = await count();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ country: 'XYZ' }, 'country'],
      [{ country: 'CO' }, 'country'],
      [{ date: '2026-02-30' }, 'date'],
      [{ text: '   ' }, 'text'],
      [{ source: { name: 'x', reliability: 'Z9' } }, 'source.reliability'],
      [{ source: { name: 'x', url: 'javascript:alert(1)' } }, 'source.url'],
      [{ period: { from: '2026-03-05', to: '2026-03-01' } }, 'period.to'],
      [{ lang: 'Spanish' }, 'lang'],
    ];
    for (const [patch, path] of cases) {
      const res = await analyst.post('/api/reports', aReport(patch));
      expect(res.status, path).toBe(400);
      expect((await res.json()).error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect(await count()).toBe(before);
  });
});

describe('GET /api/reports', () => {
  let t: TestApp;
  let analyst: Awaited<ReturnType<TestApp['withToken']>>;
  beforeAll(async () => {
    t = await createTestApp();
    analyst = await t.withToken('analyst');
    for (let day = 1; day <= 7; day++) {
      await analyst.post(
        '/api/reports',
        aReport({
          date: `2026-04-0${day}`,
          text: `Informe ${day}: paramilitares asesinaron a ${day} campesinos.`,
        }),
      );
    }
    await analyst.post(
      '/api/reports',
      aReport({
        country: 'SDN',
        date: '2026-04-03',
        text: 'Militias killed 30 villagers in Tawila.',
        title: 'Darfur update',
      }),
    );
  });
  afterAll(() => t.close());

  it('lists newest first and pages with a cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/reports?country=col&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await (await analyst.get(url)).json();
      seen.push(...page.items.map((r: { date: string }) => r.date));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([
      '2026-04-07',
      '2026-04-06',
      '2026-04-05',
      '2026-04-04',
      '2026-04-03',
      '2026-04-02',
      '2026-04-01',
    ]);
  });

  it('filters by date range and by words in title or text', async () => {
    const range = await (await analyst.get('/api/reports?from=2026-04-02&to=2026-04-03')).json();
    expect(
      range.items.map((r: { date: string; country: string }) => `${r.country} ${r.date}`).sort(),
    ).toEqual(['COL 2026-04-02', 'COL 2026-04-03', 'SDN 2026-04-03']);
    const words = await (await analyst.get('/api/reports?q=tawila')).json();
    expect(words.items.map((r: { title: string }) => r.title)).toEqual(['Darfur update']);
    const literal = await (await analyst.get(`/api/reports?q=${encodeURIComponent('100%_')}`)).json();
    expect(literal.items).toEqual([]);
  });

  it('filters by language, minimum score, risk factor and crime', async () => {
    const list = async (query: string) =>
      (await (await analyst.get(`/api/reports?${query}`)).json()).items as Array<{
        country: string;
        lang: string;
        score: number;
        riskFactors: Record<string, number>;
        crimes: Record<string, number>;
      }>;
    expect((await list('lang=en')).map((r) => r.country)).toEqual(['SDN']);
    expect((await list('lang=es')).length).toBe(7);
    const all = await list('limit=200');
    const threshold = [...all.map((r) => r.score)].sort((a, b) => a - b)[4]!;
    const high = await list(`minScore=${threshold}`);
    expect(high.length).toBe(all.filter((r) => r.score >= threshold).length);
    expect(high.every((r) => r.score >= threshold)).toBe(true);
    // Each filter keeps exactly the reports with evidence of that code, none without.
    const rf = Object.keys(all[0]!.riskFactors).find((code) => all[0]!.riskFactors[code]! > 0)!;
    expect((await list(`riskFactor=${rf}`)).length).toBe(all.filter((r) => r.riskFactors[rf]! > 0).length);
    const absent = ['RF1', 'RF2', 'RF3', 'RF4'].find((code) => all.every((r) => !(r.riskFactors[code]! > 0)));
    if (absent) expect(await list(`riskFactor=${absent}`)).toEqual([]);
    const genocide = await list('crime=genocide');
    expect(genocide.length).toBe(all.filter((r) => r.crimes.genocide! > 0).length);
    expect((await list('crime=war_crimes')).length).toBe(all.filter((r) => r.crimes.war_crimes! > 0).length);
    for (const bad of ['riskFactor=RF15', 'crime=theft', 'minScore=101', 'lang=english']) {
      const res = await analyst.get(`/api/reports?${bad}`);
      expect(res.status, bad).toBe(400);
      expect((await res.json()).error.details[0].path).toBe(bad.split('=')[0]);
    }
  });

  it('rejects a forged cursor and an inverted range', async () => {
    expect((await analyst.get('/api/reports?cursor=bm90LWEtY3Vyc29y')).status).toBe(400);
    expect((await analyst.get('/api/reports?from=2026-05-01&to=2026-04-01')).status).toBe(400);
    expect((await analyst.get('/api/reports/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
