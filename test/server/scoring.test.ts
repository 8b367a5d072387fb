import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

describe('scoring API', () => {
  let t: TestApp;
  let viewer: Awaited<ReturnType<TestApp['withToken']>>;
  beforeAll(async () => {
    t = await createTestApp();
    viewer = await t.withToken('viewer');
  });
  afterAll(() => t.close());

  it('serves the catalog with its version, 14 risk factors, and indicators without their rules', async () => {
    const res = await viewer.get('/api/indicators');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.version).toMatch(/^[0-9a-f]{16}$/);
    expect(body.riskFactors.map((rf: { code: string }) => rf.code)).toEqual(
      Array.from({ length: 14 }, (_, i) => `RF${i + 1}`),
    );
    expect(body.indicators.length).toBeGreaterThan(60);
    const first = body.indicators[0];
    expect(Object.keys(first).sort()).toEqual(
      ['crimes', 'description', 'framework', 'id', 'legalBasis', 'name', 'riskFactors', 'weight'].sort(),
    );
    expect(first.name.es).toBeTruthy();
  });

  it('scores a text as the contract says, quoting evidence at exact offsets', async () => {
    const text = 'Informe semanal. Más de 200 civiles fueron asesinados por paramilitares en el Cauca.';
    const res = await viewer.post('/api/score', { text });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.lang).toBe('es');
    expect(body.score).toBeGreaterThan(0);
    expect(Object.keys(body.riskFactors)).toHaveLength(14);
    expect(Object.keys(body.crimes).sort()).toEqual(['crimes_against_humanity', 'genocide', 'war_crimes']);
    expect(body.hits.length).toBeGreaterThan(0);
    for (const hit of body.hits) {
      expect(text.slice(hit.evidence.start, hit.evidence.end)).toBe(hit.evidence.text);
      expect(hit).toMatchObject({
        negated: false,
        legalBasis: expect.any(Array),
        weight: expect.any(Number),
      });
    }
  });

  it('lists negated hits that add nothing', async () => {
    const body = await (
      await viewer.post('/api/score', { text: 'No civilians were killed, the army said.', lang: 'en' })
    ).json();
    expect(body.score).toBe(0);
    for (const hit of body.hits) expect(hit).toMatchObject({ negated: true, weight: 0 });
  });

  it('says a text in another language was not scored', async () => {
    const text = 'Les soldats ont tué des civils dans le village et ont brûlé les maisons pendant la nuit.';
    const body = await (await viewer.post('/api/score', { text })).json();
    expect(body).toMatchObject({ lang: 'fr', scored: false, hits: [], score: 0 });
  });

  it('rejects an empty text and a malformed language tag, naming the field', async () => {
    const empty = await viewer.post('/api/score', { text: '' });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.details[0].path).toBe('text');
    const lang = await viewer.post('/api/score', { text: 'x', lang: 'English' });
    expect((await lang.json()).error.details[0].path).toBe('lang');
  });
});
