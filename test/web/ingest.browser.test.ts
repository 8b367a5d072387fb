import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { es } from '../../web/src/i18n/es.ts';
import {
  describeInBrowser,
  screenshot,
  seriousAxeViolations,
  signIn,
  useBrowserSuite,
} from '../helpers/browser.ts';
import { flatText, type ReportsApi, reportsApi } from './reports-api.ts';

interface ScoreHit {
  indicatorId: string;
  evidence: { start: number; end: number };
  weight: number;
}

const PASSWORD = 'a long enough passphrase';
const TEXT =
  'Militia fighters burned homes in El Geneina and killed 40 Masalit civilians. Soldiers raped women at the checkpoint. No civilians were killed in the second attack. In 1994 soldiers massacred Tutsi civilians.';

/** The preview's score and hits, read from the page. */
async function preview(page: Page) {
  const box = page.getByTestId('preview');
  const score = Number(await box.getAttribute('data-score'));
  const hits = await page.locator('[data-testid="preview-hits"] > li').evaluateAll((items) =>
    items.map((li) => ({
      indicatorId: li.getAttribute('data-indicator'),
      start: Number(li.getAttribute('data-start')),
      end: Number(li.getAttribute('data-end')),
      weight: Number(li.getAttribute('data-weight')),
    })),
  );
  return { score, hits };
}

async function openIngest(suite: { url: string; open: () => Promise<{ page: Page }> }, user: string) {
  const { page } = await suite.open();
  await page.goto(`${suite.url}/ingest`);
  await signIn(page, user, PASSWORD);
  return page;
}

describeInBrowser('the ingest page', () => {
  const suite = useBrowserSuite();
  let api: ReportsApi;

  beforeAll(async () => {
    api = await reportsApi(suite.url, suite.adminPassword);
    await api.createUser('ana.analyst', PASSWORD, 'analyst');
    await api.createUser('vic.viewer', PASSWORD, 'viewer');
  });

  it('previews a pasted report with the server’s engine, saves it, and recognises it the second time', async () => {
    const page = await openIngest(suite, 'ana.analyst');
    const form = page.getByTestId('paste-form');
    await form.locator('#country').selectOption('SDN');
    await form.locator('#date').fill('2026-03-10');
    await form.locator('#title').fill('Geneina weekly update');
    await form.locator('#sourceName').fill('Field monitor');
    await form.locator('#sourceUrl').fill('https://example.org/fm/12');
    await form.locator('#sourceGrade').selectOption('B');
    await form.locator('#infoGrade').selectOption('2');
    await form.locator('#tags').fill('darfur, west');
    await form.locator('#text').fill(TEXT);

    // The preview appears by itself and is exactly what the server's scorer says for this text and date.
    await page.getByTestId('preview').waitFor();
    const server = await api.post<{ score: number; lang: string; hits: ScoreHit[] }>('/api/score', {
      text: TEXT,
      date: '2026-03-10',
    });
    expect(server.status).toBe(200);
    const shown = await preview(page);
    expect(shown.score).toBe(server.body.score);
    expect(shown.hits).toEqual(
      server.body.hits.map((h) => ({
        indicatorId: h.indicatorId,
        start: h.evidence.start,
        end: h.evidence.end,
        weight: h.weight,
      })),
    );
    expect(shown.hits.length).toBeGreaterThanOrEqual(5);
    expect(await page.getByTestId('preview-lang').textContent()).toContain('Detected language: English.');
    // The matched words of each hit are marked in its quoted sentence.
    const firstQuote = page.locator('[data-testid="preview-hits"] > li').first().getByTestId('hit-quote');
    const marked = await firstQuote.locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const words of marked) expect(TEXT).toContain(words);

    await form.getByRole('button', { name: en['ingest.paste.save'] }).click();
    const result = page.getByTestId('ingest-result');
    await expect.poll(() => result.getAttribute('data-outcome')).toBe('stored');
    const href = await result.getByTestId('result-link').getAttribute('href');
    const id = href!.split('/').at(-1)!;
    const stored = await api.get<{ score: number; hits: unknown[]; source: unknown; tags: string[] }>(
      `/api/reports/${id}`,
    );
    expect(stored.score).toBe(shown.score);
    expect(stored.source).toEqual({
      name: 'Field monitor',
      url: 'https://example.org/fm/12',
      reliability: 'B2',
    });
    expect(stored.tags).toEqual(['darfur', 'west']);

    await form.getByRole('button', { name: en['ingest.paste.save'] }).click();
    await expect.poll(() => result.getAttribute('data-outcome')).toBe('duplicate');
    expect(await result.getByTestId('result-link').getAttribute('href')).toBe(href);
    expect(await result.textContent()).toContain(en['ingest.result.duplicate']);

    // The result's link opens the report.
    await result.getByTestId('result-link').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/reports/${id}`);
  });

  it('says when a text is in another language and would not be scored', async () => {
    const page = await openIngest(suite, 'ana.analyst');
    await page
      .locator('#text')
      .fill(
        'Les soldats ont attaqué le village ce matin et ont brûlé les maisons des habitants qui fuyaient vers la frontière.',
      );
    await page.getByTestId('preview-notice').waitFor();
    const lang = await page.getByTestId('preview').getAttribute('data-lang');
    expect(['en', 'es']).not.toContain(lang);
    expect(await page.getByTestId('preview-status').textContent()).toBe(en['ingest.preview.notScoredStatus']);
    // Choosing the language is what the server will score with too.
    await page.getByTestId('paste-form').locator('#lang').selectOption('fr');
    await expect
      .poll(() => page.getByTestId('preview-lang').textContent())
      .toContain('Language: French (as chosen).');
    expect(await page.getByTestId('preview-notice').textContent()).toBe(
      en['ingest.preview.otherLanguage'].replace('{lang}', 'French'),
    );
  });

  it('shows field errors next to their fields, from its own checks and from the server’s 400', async () => {
    const { page, allowHttpError } = await suite.open();
    allowHttpError(400, '/api/reports');
    await page.goto(`${suite.url}/ingest`);
    await signIn(page, 'ana.analyst', PASSWORD);
    const form = page.getByTestId('paste-form');
    await form.getByRole('button', { name: en['ingest.paste.save'] }).click();
    const alert = page.getByTestId('paste-errors');
    await expect.poll(() => alert.textContent()).toBe(en['ingest.error.summary']);
    expect(await form.locator('#country-error').textContent()).toBe(en['ingest.error.countryRequired']);
    expect(await form.locator('#date-error').textContent()).toBe(en['ingest.error.dateRequired']);
    expect(await form.locator('#text-error').textContent()).toBe(en['ingest.error.textRequired']);
    expect(await form.locator('#country').getAttribute('aria-invalid')).toBe('true');
    const focused = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.id;
    });
    expect(focused).toBe('country');

    // A rule only the server knows (a tag longer than 60 characters) comes back from the 400 to its field.
    await form.locator('#country').selectOption('COL');
    await form.locator('#date').fill('2026-03-02');
    await form.locator('#tags').fill(`ok, ${'x'.repeat(61)}`);
    await form.locator('#text').fill('Grupos armados desplazaron a 300 familias en el Cauca.');
    await form.getByRole('button', { name: en['ingest.paste.save'] }).click();
    await expect.poll(() => form.locator('#tags-error').textContent()).toMatch(/60/);
    expect(await form.locator('#tags').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('#country').getAttribute('aria-invalid')).toBe('false');
    expect(await alert.textContent()).toBe(en['ingest.error.summary']);
    expect(await page.getByTestId('ingest-result').count()).toBe(0);
  });

  it('uploads an HTML document with its metadata; scripts are dropped and the page title is used', async () => {
    const page = await openIngest(suite, 'ana.analyst');
    const form = page.getByTestId('file-form');
    await form.locator('#file').setInputFiles({
      name: 'cauca.html',
      mimeType: 'text/html',
      buffer: Buffer.from(
        '<html><head><title>Informe del Cauca</title><script>alert("x")</script></head><body><h1>Cauca</h1><p>Grupos armados desplazaron a 300 familias en el Cauca y asesinaron a cinco líderes indígenas.</p></body></html>',
      ),
    });
    await form.locator('#country').selectOption('COL');
    await form.locator('#date').fill('2026-03-02');
    await form.locator('#sourceName').fill('Defensoría del Pueblo');
    await form.getByRole('button', { name: en['ingest.file.upload'] }).click();
    const result = form.getByTestId('ingest-result');
    await expect.poll(() => result.getAttribute('data-outcome')).toBe('stored');
    const id = (await result.getByTestId('result-link').getAttribute('href'))!.split('/').at(-1)!;
    const stored = await api.get<{ title: string; text: string; lang: string; country: string }>(
      `/api/reports/${id}`,
    );
    expect(stored).toMatchObject({ title: 'Informe del Cauca', lang: 'es', country: 'COL' });
    expect(stored.text).toContain('desplazaron a 300 familias');
    expect(stored.text).not.toContain('alert');

    // Without a file: the form says so, at the file field.
    await page.reload();
    await page.getByTestId('file-form').getByRole('button', { name: en['ingest.file.upload'] }).click();
    await expect
      .poll(() => page.getByTestId('file-form').locator('#file-error').textContent())
      .toBe(en['ingest.error.fileRequired']);
  });

  it('bulk-uploads NDJSON with a progress bar, then lists what was stored and every bad line', async () => {
    const page = await openIngest(suite, 'ana.analyst');
    const good = (n: number) => ({
      country: 'MMR',
      date: `2026-02-0${n}`,
      text: `Soldiers burned ${n} villages in Rakhine state and killed civilians.`,
      externalId: `bulk-${n}`,
    });
    const lines = [
      JSON.stringify(good(1)),
      JSON.stringify({ ...good(2), country: 'XXX' }),
      JSON.stringify(good(3)),
      '{"country": "MMR", "date": ',
      JSON.stringify({ country: 'MMR' }),
      JSON.stringify(good(4)),
    ];
    const file = {
      name: 'batch.ndjson',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(`${lines.join('\n')}\n`),
    };
    const form = page.getByTestId('bulk-form');
    await form.locator('#bulk-file').setInputFiles(file);
    await form.getByRole('button', { name: en['ingest.bulk.upload'] }).click();
    await page.getByTestId('bulk-summary').waitFor();

    // The bar was driven by the upload's progress events to its end.
    expect(await page.getByTestId('bulk-progress').evaluate((p) => (p as HTMLProgressElement).value)).toBe(
      100,
    );
    expect(await page.getByTestId('bulk-progress-text').textContent()).toBe(en['ingest.bulk.sent']);
    expect(await page.getByTestId('bulk-accepted').textContent()).toBe('3');
    expect(await page.getByTestId('bulk-duplicates').textContent()).toBe('0');
    expect(await page.getByTestId('bulk-rejected').textContent()).toBe('3');
    const rows = await page
      .getByTestId('bulk-errors')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({
          line: tr.getAttribute('data-line'),
          field: tr.querySelector('code')?.textContent,
        })),
      );
    expect(rows.map((r) => r.line)).toEqual(['2', '4', '5', '5']);
    expect(rows.find((r) => r.line === '2')?.field).toBe('country');
    expect(rows.filter((r) => r.line === '5').map((r) => r.field)).toEqual(['date', 'text']);
    expect(await api.get<{ items: unknown[] }>('/api/reports?country=MMR')).toMatchObject({
      items: expect.arrayContaining([expect.anything()]),
    });

    // The same file again stores nothing new.
    await form.getByRole('button', { name: en['ingest.bulk.upload'] }).click();
    await expect.poll(() => page.getByTestId('bulk-duplicates').textContent()).toBe('3');
    expect(await page.getByTestId('bulk-accepted').textContent()).toBe('0');

    // CSV, with its header on line 1: a bad row's line is the file's line.
    await form.locator('#bulk-file').setInputFiles({
      name: 'batch.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'country,date,text,source_name,source_reliability\nCOL,2026-03-05,"Paramilitares asesinaron a dos líderes sociales.",Defensoría,B2\nCOL,2026-03-06,"Texto",Defensoría,Z9\n',
      ),
    });
    await form.getByRole('button', { name: en['ingest.bulk.upload'] }).click();
    await expect.poll(() => page.getByTestId('bulk-accepted').textContent()).toBe('1');
    const csvRows = await page
      .getByTestId('bulk-errors')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-line'), tr.querySelector('code')?.textContent]),
      );
    expect(csvRows).toEqual([['3', 'source.reliability']]);
  });

  it('explains to a viewer that their role cannot ingest, and shows them no form', async () => {
    const page = await openIngest(suite, 'vic.viewer');
    await page.getByTestId('ingest-forbidden').waitFor();
    expect(await page.getByTestId('ingest-forbidden').textContent()).toContain(
      en['ingest.viewer.explain'].replace('{role}', en['role.viewer']),
    );
    expect(await page.locator('aty-ingest-page form').count()).toBe(0);
  });

  it('has no serious axe violations in English and Spanish, with a preview and a bulk result on show', async () => {
    const page = await openIngest(suite, 'ana.analyst');
    await page.locator('#text').fill(TEXT);
    await page.getByTestId('preview').waitFor();
    await page
      .getByTestId('bulk-form')
      .locator('#bulk-file')
      .setInputFiles({
        name: 'bad.ndjson',
        mimeType: 'application/x-ndjson',
        buffer: Buffer.from('{"country":"XXX"}\n'),
      });
    await page.getByTestId('bulk-form').getByRole('button', { name: en['ingest.bulk.upload'] }).click();
    await page.getByTestId('bulk-errors').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'ingest-en');

    await page.locator('aty-lang-switch button[lang="es"]').click();
    await expect.poll(() => page.locator('#paste-heading').textContent()).toBe(es['ingest.paste.title']);
    expect(await flatText(page.getByTestId('preview'))).toContain('Idioma detectado: inglés.');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
