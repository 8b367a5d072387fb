import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

const line = (i: number, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    country: 'COL',
    date: `2026-02-${String((i % 28) + 1).padStart(2, '0')}`,
    text: `Informe ${i}: paramilitares asesinaron a ${i + 2} campesinos en la vereda número ${i}.`,
    externalId: `bulk-${i}`,
    ...overrides,
  });

describe('POST /api/reports/bulk', () => {
  let t: TestApp;
  let analyst: Awaited<ReturnType<TestApp['withToken']>>;
  const upload = (body: string, type = 'application/x-ndjson') =>
    analyst.request('/api/reports/bulk', { method: 'POST', headers: { 'content-type': type }, body });
  const count = async () => (await t.database.db.selectFrom('reports').select('id').execute()).length;

  beforeAll(async () => {
    t = await createTestApp({ maxUploadBytes: 2 * 1024 * 1024 });
    analyst = await t.withToken('analyst');
  });
  afterAll(() => t.close());

  it('stores the valid lines of an NDJSON upload and reports every bad one with its line and fields', async () => {
    const body = [
      line(1),
      '{"country": "COL", broken',
      '',
      line(2),
      line(3, { country: 'XYZ', date: '2026-13-01' }),
      line(4),
    ].join('\n');
    const res = await upload(body);
    expect(res.status).toBe(200);
    const result = await res.json();
    expect(result).toMatchObject({ accepted: 3, duplicates: 0, rejectedTotal: 2 });
    expect(result.rejected[0]).toEqual({ line: 2, errors: [{ path: 'line', message: 'is not valid JSON' }] });
    expect(result.rejected[1].line).toBe(5);
    expect(result.rejected[1].errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'country',
      'date',
    ]);
  });

  it('stores nothing new when the same upload is sent again, and counts duplicates inside one upload', async () => {
    const before = await count();
    const again = await (await upload([line(1), line(2), line(4)].join('\r\n'))).json();
    expect(again).toMatchObject({ accepted: 0, duplicates: 3 });
    const twice = await (
      await upload(
        [line(50), line(50), line(51, { externalId: undefined }), line(51, { externalId: undefined })].join(
          '\n',
        ),
      )
    ).json();
    expect(twice).toMatchObject({ accepted: 2, duplicates: 2 });
    expect(await count()).toBe(before + 2);
  });

  it('reads CSV with quotes, embedded newlines, CRLF, a BOM, source columns and tags', async () => {
    const csv =
      '\uFEFFcountry,date,text,title,source_name,source_reliability,tags,externalId\r\n' +
      'SDN,2026-03-01,"Militias killed 40 villagers in Tawila, witnesses said.\nMore fled.",Darfur,UN panel,B2,darfur;north,csv-1\r\n' +
      'SDN,2026-03-02,Short text.,,Local monitor,Z9,,csv-2\r\n' +
      'SDN,2026-03-03,"Soldiers shelled the hospital in El Fasher.",,,,,csv-3\r\n';
    const result = await (await upload(csv, 'text/csv; charset=utf-8')).json();
    expect(result).toMatchObject({ accepted: 2, rejectedTotal: 1 });
    expect(result.rejected[0].line).toBe(4);
    expect(result.rejected[0].errors[0].path).toBe('source.reliability');
    const list = await (await analyst.get('/api/reports?country=SDN&q=Tawila')).json();
    expect(list.items[0]).toMatchObject({
      title: 'Darfur',
      tags: ['darfur', 'north'],
      source: { name: 'UN panel', reliability: 'B2' },
    });
    const full = await (await analyst.get(`/api/reports/${list.items[0].id}`)).json();
    expect(full.text).toBe('Militias killed 40 villagers in Tawila, witnesses said.\nMore fled.');
  });

  it('names unknown CSV columns instead of dropping their data', async () => {
    const result = await (
      await upload(
        'country,date,text,colour\nCOL,2026-03-01,Texto del informe número 9000.,red\n',
        'text/csv',
      )
    ).json();
    expect(result.rejected[0].errors).toEqual([{ path: 'colour', message: 'unknown field' }]);
  });

  it('stores uploads larger than one chunk, with the aggregates of every report', async () => {
    const lines = Array.from({ length: 1_100 }, (_, i) => line(1_000 + i, { country: 'MEX' }));
    const result = await (await upload(lines.join('\n'))).json();
    expect(result).toMatchObject({ accepted: 1_100, duplicates: 0, rejectedTotal: 0 });
    const days = await t.database.db
      .selectFrom('country_days')
      .select(['reports'])
      .where('country', '=', 'MEX')
      .execute();
    expect(days.reduce((n, d) => n + d.reports, 0)).toBe(1_100);
  });

  it('answers 415 for another content type and 413 past the upload limit', async () => {
    expect((await upload(line(1), 'text/plain')).status).toBe(415);
    const big = Array.from({ length: 20_000 }, (_, i) => line(90_000 + i)).join('\n');
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
    const declared = await analyst.request('/api/reports/bulk', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', 'content-length': String(big.length) },
      body: big,
    });
    expect(declared.status).toBe(413);
    // Streamed without a length: refused when the count passes the limit.
    const streamed = await upload(big);
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).error.code).toBe('payload_too_large');
  });
});
