import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { aDocx, aPdf } from './extract/builders.ts';

describe('POST /api/reports/file', () => {
  let t: TestApp;
  let analyst: Awaited<ReturnType<TestApp['withToken']>>;
  const send = (file: Blob | undefined, name: string, fields: Record<string, string>) => {
    const form = new FormData();
    if (file) form.set('file', file, name);
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    return analyst.request('/api/reports/file', { method: 'POST', body: form });
  };

  beforeAll(async () => {
    t = await createTestApp({ maxFileBytes: 200_000 });
    analyst = await t.withToken('analyst');
  });
  afterAll(() => t.close());

  it('extracts, scores and stores a PDF, taking its title from the document', async () => {
    const pdf = await aPdf((doc) => {
      doc.text('Informe de situación, departamento del Cauca.');
      doc.text('Según testigos, paramilitares asesinaron a 12 campesinos indígenas en la vereda El Tambo.');
    });
    const res = await send(
      new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
      'informe.pdf',
      {
        country: 'COL',
        date: '2026-03-01',
        source_name: 'Defensoría',
        source_reliability: 'B2',
      },
    );
    expect(res.status, await res.clone().text()).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ lang: 'es', duplicate: false, file: { format: 'pdf', pages: 1 } });
    expect(body.hits.length).toBeGreaterThan(0);
    const stored = await (await analyst.get(`/api/reports/${body.id}`)).json();
    expect(stored.title).toBe('Informe de situación');
    expect(stored.text).toContain('asesinaron a 12 campesinos');
  });

  it('reads HTML without its scripts and DOCX paragraphs', async () => {
    const html =
      '<html><head><title>Darfur</title><script>alert("x")</script></head><body><p>Militias killed 30 villagers in Tawila.</p></body></html>';
    const res = await send(new Blob([html], { type: 'text/html' }), 'r.html', {
      country: 'SDN',
      date: '2026-03-02',
    });
    const body = await res.json();
    expect(res.status).toBe(201);
    const stored = await (await analyst.get(`/api/reports/${body.id}`)).json();
    expect(stored.text).not.toContain('alert');
    expect(stored.title).toBe('Darfur');
    const docx = aDocx(['Armed men recruited 20 children into the militia.', 'The hospital was shelled.']);
    const res2 = await send(new Blob([docx as Uint8Array<ArrayBuffer>]), 'r.docx', {
      country: 'SDN',
      date: '2026-03-03',
      title: 'Weekly',
    });
    expect(res2.status).toBe(201);
    expect((await res2.json()).file.format).toBe('docx');
  });

  it('names the field that is wrong: a missing file, a bad country, a file with no text', async () => {
    const missing = await send(undefined, '', { country: 'COL', date: '2026-03-01' });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.details[0].path).toBe('file');
    const badCountry = await send(new Blob(['Texto del informe.']), 'a.txt', {
      country: 'ZZZ',
      date: '2026-03-01',
    });
    expect((await badCountry.json()).error.details[0].path).toBe('country');
    const empty = await send(new Blob(['   ']), 'a.txt', { country: 'COL', date: '2026-03-01' });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.details[0].path).toBe('file');
  });

  it('refuses an image, JSON instead of a form, and a file over the limit', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const image = await send(new Blob([png], { type: 'image/png' }), 'x.png', {
      country: 'COL',
      date: '2026-03-01',
    });
    expect(image.status).toBe(415);
    const json = await analyst.post('/api/reports/file', { country: 'COL' });
    expect(json.status).toBe(415);
    const huge = await send(new Blob(['a'.repeat(300_000)]), 'big.txt', {
      country: 'COL',
      date: '2026-03-01',
    });
    expect(huge.status).toBe(413);
  });
});
