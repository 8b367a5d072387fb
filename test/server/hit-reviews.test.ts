import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let n = 0;
// Two acts in two sentences: rejecting one hit leaves the other's evidence standing.
const text = () =>
  `Paramilitares asesinaron a ${20 + ++n} campesinos en la vereda ${n}. ` +
  'Los combatientes reclutaron a niños de doce años en la escuela del pueblo.';

describe('reviews of hits', () => {
  let t: TestApp;
  let analyst: Awaited<ReturnType<TestApp['signIn']>>;
  let viewer: Awaited<ReturnType<TestApp['withToken']>>;

  beforeAll(async () => {
    t = await createTestApp();
    analyst = await t.signIn('analyst', 'ana');
    viewer = await t.withToken('viewer');
  });
  afterAll(() => t.close());

  const ingest = async (country: string, date: string) => {
    const res = await analyst.post('/api/reports', { country, date, text: text(), lang: 'es' });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    return (await (await analyst.get(`/api/reports/${id}`)).json()) as {
      id: string;
      score: number;
      hits: Array<{ id: string; indicatorId: string; weight: number; review: unknown }>;
    };
  };
  const countryScore = async (iso3: string, asOf: string) =>
    (await (await analyst.get(`/api/countries?asOf=${asOf}`)).json()).items.find(
      (c: { iso3: string }) => c.iso3 === iso3,
    )?.score as number;

  it('takes a rejected hit out of its report and its country, and puts it back when cleared', async () => {
    const report = await ingest('COL', '2026-03-02');
    const counted = report.hits.filter((h) => h.weight > 0);
    expect(counted.length).toBeGreaterThanOrEqual(2);
    expect(report.hits.every((h) => h.review === null)).toBe(true);
    const before = await countryScore('COL', '2026-03-02');

    const target = counted[0]!;
    const res = await analyst.put(`/api/hits/${target.id}/review`, {
      decision: 'rejected',
      note: 'A rumour',
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.hit).toMatchObject({
      id: target.id,
      review: { decision: 'rejected', note: 'A rumour', by: 'ana' },
    });
    expect(body.report.score).toBeLessThan(report.score);
    expect(body.report.score).toBeGreaterThan(0);

    const stored = await (await analyst.get(`/api/reports/${report.id}`)).json();
    expect(stored.score).toBe(body.report.score);
    expect(stored.hits.find((h: { id: string }) => h.id === target.id).review.decision).toBe('rejected');
    const after = await countryScore('COL', '2026-03-02');
    expect(after).toBeLessThan(before);

    // The evidence list keeps the rejected hit, marked, with nothing to contribute.
    const evidence = await (
      await analyst.get('/api/countries/COL/evidence?from=2026-03-01&to=2026-03-02')
    ).json();
    const listed = evidence.items.find((i: { id: string }) => i.id === target.id);
    expect(listed).toMatchObject({ review: { decision: 'rejected' }, contribution: 0 });

    const cleared = await analyst.delete(`/api/hits/${target.id}/review`);
    expect(cleared.status).toBe(200);
    expect((await cleared.json()).report.score).toBe(report.score);
    expect(await countryScore('COL', '2026-03-02')).toBe(before);
  });

  it('records a confirmation without changing any figure, and audits every change', async () => {
    const report = await ingest('PER', '2026-03-03');
    const hit = report.hits.find((h) => h.weight > 0)!;
    const res = await analyst.put(`/api/hits/${hit.id}/review`, { decision: 'confirmed' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.hit.review).toMatchObject({ decision: 'confirmed', note: null, by: 'ana' });
    expect(body.report.score).toBe(report.score);
    // Changing one's mind replaces the review rather than adding a second one.
    await analyst.put(`/api/hits/${hit.id}/review`, { decision: 'rejected' });
    const rows = await t.database.db
      .selectFrom('hit_reviews')
      .selectAll()
      .where('report_id', '=', report.id)
      .execute();
    expect(rows.map((r) => r.decision)).toEqual(['rejected']);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['actor', 'action', 'target_id'])
      .where('target_type', '=', 'hit')
      .where('target_id', '=', hit.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['hit.confirm', 'hit.reject']);
    expect(audit.every((a) => a.actor === 'ana')).toBe(true);
  });

  it('keeps a rejection through a rescore of the report', async () => {
    const report = await ingest('ECU', '2026-03-04');
    const hit = report.hits.find((h) => h.weight > 0)!;
    const rejected = (
      await (await analyst.put(`/api/hits/${hit.id}/review`, { decision: 'rejected' })).json()
    ).report.score;
    // Pretend an older catalog scored it: the rescore deletes and re-creates its hits.
    await t.database.db
      .updateTable('reports')
      .set({ catalog_version: 'old' })
      .where('id', '=', report.id)
      .execute();
    await t.services.rescore.run();
    const after = await (await analyst.get(`/api/reports/${report.id}`)).json();
    expect(after.catalogVersion).not.toBe('old');
    expect(after.score).toBe(rejected);
    const again = after.hits.find((h: { indicatorId: string }) => h.indicatorId === hit.indicatorId);
    expect(again.id).not.toBe(hit.id);
    expect(again.review.decision).toBe('rejected');
  });

  it('answers 404 for an unknown hit, 400 for a bad decision or id, 403 to a viewer, and changes nothing', async () => {
    const report = await ingest('BOL', '2026-03-05');
    const hit = report.hits[0]!;
    expect((await analyst.put('/api/hits/999999999/review', { decision: 'rejected' })).status).toBe(404);
    const bad = await analyst.put(`/api/hits/${hit.id}/review`, { decision: 'maybe' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details[0].path).toBe('decision');
    expect((await analyst.put('/api/hits/abc/review', { decision: 'rejected' })).status).toBe(400);
    expect((await viewer.put(`/api/hits/${hit.id}/review`, { decision: 'rejected' })).status).toBe(403);
    const after = await (await analyst.get(`/api/reports/${report.id}`)).json();
    expect(after.score).toBe(report.score);
    expect(after.hits.every((h: { review: unknown }) => h.review === null)).toBe(true);
  });
});
