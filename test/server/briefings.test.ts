import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { loadReports, SOURCE_NAME, SOURCE_URL, WITNESS } from './briefing/briefing-data.ts';

const PERIOD = 'from=2026-01-01&to=2026-03-31';
const pdfText = async (res: Response) => {
  const { text, totalPages } = await extractText(new Uint8Array(await res.arrayBuffer()), {
    mergePages: true,
  });
  return { text: text.replace(/\s+/g, ' '), totalPages };
};

describe('GET /api/briefings/:iso3', () => {
  let t: TestApp;
  let viewer: Awaited<ReturnType<TestApp['withToken']>>;
  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2026-11-23T10:00:00Z') });
    viewer = await t.withToken('viewer');
    await loadReports(t);
    await t.services.briefings.addProtectedName({ username: 'a' }, { name: WITNESS });
  });
  afterAll(() => t.close());

  it('answers a PDF in English with the country, level, a quote, the articles and the actions', async () => {
    const res = await viewer.get(`/api/briefings/SDN?${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="atalaya-briefing-SDN-2026-11-23-en.pdf"',
    );
    const { text } = await pdfText(res);
    expect(text).toContain('Atrocity risk briefing: Sudan');
    expect(text).toMatch(/Risk level: (Low|Moderate|High|Very high) \(score [\d.]+ out of 100\)/);
    expect(text).toContain('blocked humanitarian convoys and shelled the hospital');
    expect(text).toContain('Rome Statute, art. 7');
    expect(text).toContain('Rome Statute, art. 8');
    expect(text).toContain('art. 25(3)(e)');
    expect(text).toContain('Speak out publicly, and early, against any call to harm another group');
    expect(text).toContain('resolution 1593 (2005)');
  }, 120_000); // the first PDF loads pdfkit, the fonts and unpdf's pdf.js: slow on a busy shared machine

  it('answers a PDF in Spanish, written in Spanish, with dates in the Spanish format', async () => {
    const res = await viewer.get(`/api/briefings/SDN?${PERIOD}&lang=es`);
    expect(res.headers.get('content-disposition')).toContain('atalaya-briefing-SDN-2026-11-23-es.pdf');
    const { text } = await pdfText(res);
    expect(text).toContain('Nota informativa sobre riesgo de crímenes atroces: Sudán');
    expect(text).toMatch(/Nivel de riesgo: (Bajo|Moderado|Alto|Muy alto) \(puntaje [\d,]+ sobre 100\)/);
    expect(text).toContain('Período: del 1 de enero de 2026 al 31 de marzo de 2026');
    expect(text).toContain('shelled the hospital'); // quotes stay in the report's language
    expect(text).toContain('Estatuto de Roma, art. 7');
    expect(text).toContain('Pronunciarse en público, y a tiempo');
    expect(text).not.toContain('Rome Statute');
  });

  it('redacts source names, links and marked names by default, and says so', async () => {
    for (const format of ['md', 'html', 'pdf', 'sms'] as const) {
      const res = await viewer.get(`/api/briefings/SDN?${PERIOD}&format=${format}`);
      const body = format === 'pdf' ? (await pdfText(res)).text : await res.text();
      for (const secret of [
        SOURCE_NAME,
        SOURCE_URL,
        'radio-kassala',
        'Amira Osman',
        'AMIRA OSMAN',
        WITNESS,
      ]) {
        expect(body.toLowerCase(), `${format}: ${secret}`).not.toContain(secret.toLowerCase());
      }
      if (format !== 'sms') expect(body).toContain('Source protection');
      if (format !== 'sms') expect(body).toContain('name withheld');
    }
  });

  it('shows sources and names with redactSources=false', async () => {
    const res = await viewer.get(`/api/briefings/SDN?${PERIOD}&format=html&redactSources=false`);
    const html = await res.text();
    expect(html).toContain(SOURCE_NAME);
    expect(html).toContain(SOURCE_URL);
    expect(html).toContain('Amira Osman');
    expect(html).not.toContain('Source protection');
  });

  it('keeps hostile titles, text and sources inert in HTML and Markdown', async () => {
    const html = await (await viewer.get(`/api/briefings/SDN?${PERIOD}&format=html`)).text();
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).not.toMatch(/<link|src="http|href="javascript/i);
    const md = await (await viewer.get(`/api/briefings/SDN?${PERIOD}&format=md`)).text();
    expect(md).not.toMatch(/<script|<img/i);
    expect(md).toContain('\\[click\\]\\(javascript');
    expect(md).not.toContain('[click](');
  });

  it('serves the HTML preview inline under a policy that lets no script run', async () => {
    const res = await viewer.get(`/api/briefings/SDN?${PERIOD}&format=html&disposition=inline`);
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename=".*\.html"$/);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('script-src');
  });

  it('writes an SMS of at most 480 characters in both languages', async () => {
    for (const lang of ['en', 'es']) {
      const res = await viewer.get(`/api/briefings/SDN?${PERIOD}&format=sms&lang=${lang}`);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      const sms = await res.text();
      expect(sms.length).toBeGreaterThan(60);
      expect(sms.length).toBeLessThanOrEqual(480);
      expect(sms).toContain(lang === 'en' ? 'Sudan: atrocity risk' : 'Sudán: riesgo de crímenes atroces');
    }
  });

  it('keeps the handout to one page', async () => {
    for (const lang of ['en', 'es']) {
      const res = await viewer.get(`/api/briefings/SDN?${PERIOD}&variant=handout&lang=${lang}`);
      expect(res.headers.get('content-disposition')).toContain(`-${lang}-handout.pdf`);
      const { totalPages, text } = await pdfText(res);
      expect(totalPages).toBe(1);
      expect(text).toContain(lang === 'en' ? 'Sudan: atrocity risk at a glance' : 'Sudán: el riesgo');
    }
  });

  it('says honestly that a country without reports has none, in every format', async () => {
    const res = await viewer.get('/api/briefings/NOR?format=pdf&from=2026-01-01&to=2026-03-31');
    expect(res.status).toBe(200);
    const { text } = await pdfText(res);
    expect(text).toContain('Atalaya has no reports on Norway from 1 January 2026 to 31 March 2026');
    expect(text).toContain('This does not mean that there is no risk');
    expect(text).toContain('Norway is a State Party to the Rome Statute');
    const sms = await (await viewer.get('/api/briefings/NOR?format=sms&lang=es')).text();
    expect(sms).toContain('no tiene informes');
  });

  it('marks synthetic figures', async () => {
    await loadReports(t, 'COL');
    await t.database.db
      .updateTable('reports')
      .set({ synthetic: true })
      .where('country', '=', 'COL')
      .execute();
    const md = await (await viewer.get(`/api/briefings/COL?${PERIOD}&format=md`)).text();
    expect(md).toContain('SYNTHETIC DATA');
    const sudan = await (await viewer.get(`/api/briefings/SDN?${PERIOD}&format=md`)).text();
    expect(sudan).not.toContain('SYNTHETIC');
  });

  it('answers bad input with 400 naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['/api/briefings/XXX', 'iso3'],
      ['/api/briefings/SDN?from=2026-02-30', 'from'],
      ['/api/briefings/SDN?to=yesterday', 'to'],
      ['/api/briefings/SDN?from=2026-03-01&to=2026-01-01', 'to'],
      ['/api/briefings/SDN?format=docx', 'format'],
      ['/api/briefings/SDN?lang=fr', 'lang'],
      ['/api/briefings/SDN?variant=poster', 'variant'],
      ['/api/briefings/SDN?redactSources=no', 'redactSources'],
      ['/api/briefings/SDN?from=2015-01-01&to=2026-01-01', 'from'],
    ];
    for (const [path, field] of cases) {
      const res = await viewer.get(path);
      expect(res.status, path).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('validation_failed');
      expect(
        body.error.details.map((d: { path: string }) => d.path),
        path,
      ).toContain(field);
    }
  });
});

describe('/api/protected-names', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets analysts mark, list and remove names, audited, and refuses a second spelling of the same name', async () => {
    const analyst = await t.withToken('analyst');
    const created = await analyst.post('/api/protected-names', { name: '  José  Pérez ', note: 'monitor' });
    expect(created.status).toBe(201);
    const row = await created.json();
    expect(row).toMatchObject({ name: 'José Pérez', note: 'monitor' });
    expect((await analyst.post('/api/protected-names', { name: 'JOSE PEREZ' })).status).toBe(409);
    const list = await (await analyst.get('/api/protected-names')).json();
    expect(list.items.map((i: { name: string }) => i.name)).toEqual(['José Pérez']);
    expect((await analyst.delete(`/api/protected-names/${row.id}`)).status).toBe(204);
    expect((await analyst.delete(`/api/protected-names/${row.id}`)).status).toBe(404);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target_type', '=', 'protected_name')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['protected_name.create', 'protected_name.delete']);
    expect(JSON.stringify(audit)).not.toContain('Pérez');
  });

  it('keeps the list from viewers', async () => {
    const viewer = await t.withToken('viewer');
    expect((await viewer.get('/api/protected-names')).status).toBe(403);
  });
});
