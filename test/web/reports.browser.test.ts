import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { levelOf } from '../../web/src/charts/levels.ts';
import { en } from '../../web/src/i18n/en.ts';
import { es } from '../../web/src/i18n/es.ts';
import {
  describeInBrowser,
  screenshot,
  seriousAxeViolations,
  signIn,
  useBrowserSuite,
} from '../helpers/browser.ts';
import { flatText, ndjson, type ReportsApi, reportsApi } from './reports-api.ts';

interface Summary {
  id: string;
  date: string;
  country: string;
  score: number;
  title: string | null;
}

const XSS_TITLE = '<img src=x onerror="window.__xss=1"> Weekly <b>bold</b>';
const XSS_TEXT =
  '<script>window.__xss=2</script> Militia fighters burned homes in Nyala. <img src=x onerror="window.__xss=3">';
const XSS_SOURCE = '<img src=x onerror="window.__xss=4">Monitor';
const UNTITLED_TEXT =
  'Soldiers burned the village of Tabit and killed 30 civilians while the police watched, according to several survivors who reached the camp on foot.';

// 55 Colombian reports (more than one page of 50), a few scored Sudanese ones, an untitled one, one in
// Spanish, and one whose title, text and source try to inject markup.
function dataSet() {
  const colombia = Array.from({ length: 55 }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    return {
      country: 'COL',
      date: day,
      title: `Boletín ${i + 1}`,
      lang: 'es',
      text: `Boletín ${i + 1}: grupos armados desplazaron a ${100 + i} familias en el Cauca.`,
      source: { name: 'Defensoría', reliability: 'B2' },
    };
  });
  return [
    ...colombia,
    {
      country: 'SDN',
      date: '2026-03-10',
      title: 'Geneina update',
      text: 'Militia fighters burned homes in El Geneina and killed 40 Masalit civilians. Soldiers raped women at the checkpoint.',
      source: { name: 'Field monitor', url: 'https://example.org/geneina', reliability: 'A1' },
    },
    {
      country: 'SDN',
      date: '2026-02-01',
      title: 'Quiet week',
      text: 'Markets reopened in El Fasher and schools held exams as planned.',
    },
    { country: 'MMR', date: '2026-03-12', text: UNTITLED_TEXT },
    {
      country: 'SDN',
      date: '2026-03-11',
      title: XSS_TITLE,
      text: XSS_TEXT,
      source: { name: XSS_SOURCE, reliability: 'C3' },
    },
  ];
}

const rowIds = (page: Page) =>
  page
    .locator('aty-report-table tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-report-id')));

async function apiIds(api: ReportsApi, query: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: Summary[]; nextCursor: string | null } = await api.get(
      `/api/reports?${query}&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    );
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describeInBrowser('the reports list', () => {
  const suite = useBrowserSuite();
  let api: ReportsApi;

  beforeAll(async () => {
    api = await reportsApi(suite.url, suite.adminPassword);
    const result = await api.bulk(ndjson(dataSet()));
    expect(result).toMatchObject({ accepted: 59, rejectedTotal: 0 });
  });

  it('lists reports newest first, loads the next page by cursor, and marks nothing up from report text', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/reports`);
    await signIn(page, 'admin', suite.adminPassword);
    const status = page.getByTestId('reports-status');
    await expect.poll(() => status.textContent()).toBe(en['reports.countMore'].replace('{count}', '50'));
    const all = await apiIds(api, '');
    expect(await rowIds(page)).toEqual(all.slice(0, 50));

    await page.getByRole('button', { name: en['reports.loadMore'] }).click();
    await expect.poll(() => status.textContent()).toBe(en['reports.count'].replace('{count}', '59'));
    expect(await rowIds(page)).toEqual(all);
    expect(await page.getByRole('button', { name: en['reports.loadMore'] }).count()).toBe(0);
    // The keyboard carries on at the first row of the new page.
    const focusedRow = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.closest('tr')?.getAttribute('data-report-id');
    });
    expect(focusedRow).toBe(all[50]);

    // Newest first: the server's order, which the rows follow, never goes up in date.
    const { items } = await api.get<{ items: Summary[] }>('/api/reports?limit=200');
    const dates = items.map((r) => r.date);
    expect(dates).toEqual([...dates].sort().reverse());

    // Untitled: named by its first words, as text.
    const untitled = page.locator('aty-report-table tr', { hasText: 'Soldiers burned the village of Tabit' });
    expect(await untitled.locator('a').first().textContent()).toMatch(
      /^Soldiers burned the village of Tabit .*…$/,
    );

    // Markup in a title or source name shows as the characters it is; nothing runs, no element appears.
    const xssRow = page.locator('aty-report-table tr', { hasText: 'Weekly <b>bold</b>' });
    expect(await xssRow.locator('a').first().textContent()).toBe(XSS_TITLE);
    expect(await xssRow.textContent()).toContain(XSS_SOURCE);
    expect(
      await page.locator('aty-report-table img, aty-report-table script, aty-report-table b').count(),
    ).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // Reliability in words beside the grade, and the Sudanese scored report's level in words.
    const geneina = page.locator('aty-report-table tr', { hasText: 'Geneina update' });
    expect(await geneina.textContent()).toContain(
      'Field monitor · A1 (source completely reliable; information confirmed by other sources)',
    );
    const geneinaScore = items.find((r) => r.title === 'Geneina update')!.score;
    expect(geneinaScore).toBeGreaterThan(0);
    expect((await flatText(geneina.locator('aty-report-score'))).replace(/\s+/g, ' ').trim()).toBe(
      `${geneinaScore.toFixed(1).replace(/\.0$/, '')} ${en[`reports.level.${levelOf(geneinaScore)}`]}`,
    );
  });

  it('filters by every criterion through the URL, keeps them on reload, and shows the empty state', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/reports`);
    await signIn(page, 'admin', suite.adminPassword);
    await page.locator('aty-report-table').waitFor();

    await page.locator('#f-country').selectOption('SDN');
    await expect.poll(() => new URL(page.url()).search).toBe('?country=SDN');
    await expect.poll(() => rowIds(page)).toEqual(await apiIds(api, 'country=SDN'));
    expect((await rowIds(page)).length).toBe(3);

    await page.locator('#f-q').fill('Geneina');
    await page.locator('#f-q').press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Geneina&country=SDN');
    await expect.poll(() => rowIds(page)).toEqual(await apiIds(api, 'q=Geneina&country=SDN'));
    expect((await rowIds(page)).length).toBe(1);

    await page.reload();
    await page.locator('aty-report-table').waitFor();
    expect(await page.locator('#f-country').inputValue()).toBe('SDN');
    expect(await page.locator('#f-q').inputValue()).toBe('Geneina');
    expect(await rowIds(page)).toEqual(await apiIds(api, 'q=Geneina&country=SDN'));

    await page.getByRole('button', { name: en['reports.filter.clear'] }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');

    // Filtering Spanish reports leaves the interface in English.
    await page.locator('#f-lang').selectOption('es');
    await expect.poll(() => new URL(page.url()).search).toBe('?language=es');
    await expect.poll(() => rowIds(page)).toEqual((await apiIds(api, 'lang=es')).slice(0, 50));
    expect(await page.locator('label[for="f-lang"]').textContent()).toBe(en['reports.filter.lang']);
    await page.getByRole('button', { name: en['reports.filter.clear'] }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');

    // Score, risk factor, crime, language and dates together; the rows are what the API answers for the URL.
    await page.locator('#f-min').fill('20');
    await page.locator('#f-min').press('Tab');
    await page.locator('#f-rf').selectOption('RF11');
    await page.locator('#f-crime').selectOption('crimes_against_humanity');
    await page.locator('#f-lang').selectOption('en');
    await page.locator('#f-from').fill('2026-03-01');
    await page.locator('#f-to').fill('2026-03-31');
    await page.locator('#f-to').press('Tab');
    // `language`, not `lang`, in the page's URL: `?lang=` is the UI language everywhere.
    const query =
      'from=2026-03-01&to=2026-03-31&lang=en&minScore=20&riskFactor=RF11&crime=crimes_against_humanity';
    const pageQuery = query.replace('lang=', 'language=');
    await expect.poll(() => new URL(page.url()).search).toBe(`?${pageQuery}`);
    const expected = await apiIds(api, query);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => rowIds(page)).toEqual(expected);
    const items = (await api.get<{ items: Summary[] }>(`/api/reports?${query}`)).items;
    expect(items.every((r) => r.score >= 20 && r.date >= '2026-03-01')).toBe(true);

    // A shared link opens the same view, controls included.
    const other = (await suite.open()).page;
    await other.goto(`${suite.url}/reports?${pageQuery}`);
    await signIn(other, 'admin', suite.adminPassword);
    await expect.poll(() => rowIds(other)).toEqual(expected);
    expect(await other.locator('#f-rf').inputValue()).toBe('RF11');
    expect(await other.locator('#f-min').inputValue()).toBe('20');
    expect(await other.locator('#f-lang').inputValue()).toBe('en');
    expect(await other.locator('#f-lang').inputValue()).toBe('en');
    expect(await other.locator('html').getAttribute('lang')).toBe('en');

    await page.goto(`${suite.url}/reports?q=${encodeURIComponent('no report says this')}`);
    await page.getByTestId('reports-empty').waitFor();
    expect(await page.getByTestId('reports-empty').textContent()).toContain(en['reports.emptyFiltered']);
    expect(await page.locator('aty-report-table').count()).toBe(0);
  });

  it('shows an error with a retry when the server refuses the filters', async () => {
    const { page, allowHttpError } = await suite.open();
    allowHttpError(400, '/api/reports');
    await page.goto(`${suite.url}/reports?from=2026-05-01&to=2026-01-01`);
    await signIn(page, 'admin', suite.adminPassword);
    const alert = page.locator('aty-reports-page [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(en['error.validation_failed']);
    expect(await alert.getByRole('button', { name: en['common.retry'] }).count()).toBe(1);
  });

  it('switches to Spanish without refetching, and has no serious axe violations in either language', async () => {
    const { page } = await suite.open();
    const listRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/reports') listRequests.push(request.url());
    });
    await page.goto(`${suite.url}/reports?country=SDN`);
    await signIn(page, 'admin', suite.adminPassword);
    await page.locator('aty-report-table').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'reports-en');

    const before = listRequests.length;
    await page.locator('aty-lang-switch button[lang="es"]').click();
    await expect
      .poll(() => page.locator('aty-report-table thead').textContent())
      .toContain(es['reports.col.riskFactors']);
    expect(await flatText(page.locator('aty-report-table tbody'))).toContain('Sudán');
    expect(await page.locator('#f-country').locator('option:checked').textContent()).toContain('Sudán');
    expect(listRequests.length).toBe(before);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
