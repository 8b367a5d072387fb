import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { DEMO_COUNTRIES } from '../../server/demo/demo-countries.ts';
import { generateDemoReports } from '../../server/demo/generate-demo-reports.ts';
import { createStructuralRiskService } from '../../server/services/structural-risk-service.ts';
import type { Ranking } from '../../web/src/api/overview.ts';
import { LEVEL_FILL } from '../../web/src/charts/levels.ts';
import { en } from '../../web/src/i18n/en.ts';
import { es } from '../../web/src/i18n/es.ts';
import {
  ARTIFACTS_DIR,
  describeInBrowser,
  screenshot,
  seriousAxeViolations,
  signIn,
  useBrowserSuite,
} from '../helpers/browser.ts';

const AS_OF = '2026-06-30';
/** The first six countries of the synthetic demo set (Colombia, Sudan, Guatemala, Ukraine, Nicaragua, Myanmar). */
const DEMO = DEMO_COUNTRIES.slice(0, 6).map((country) => country.iso3);
const topology = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
) as { objects: { countries: { geometries: unknown[] } } };

// Hand-written reports, not synthetic: Bahrain is too small for the 110m map; Norway is calm.
const HAND_WRITTEN = [
  {
    country: 'BHR',
    date: '2026-06-20',
    title: 'Protesters detained',
    text: 'Security forces arrested dozens of peaceful protesters and opposition activists in Manama. Detainees reported torture in custody, and the authorities banned independent media from covering the trials.',
    source: { name: 'Rights monitor', reliability: 'B2' },
  },
  {
    country: 'BHR',
    date: '2026-05-02',
    text: 'Human rights defenders were sentenced to long prison terms after unfair trials; several report ill-treatment in detention.',
  },
  {
    country: 'NOR',
    date: '2026-06-10',
    text: 'Municipal elections took place peacefully and the results were accepted by all parties.',
  },
];

async function analystToken(url: string, password: string): Promise<string> {
  const headers = { 'content-type': 'application/json', origin: url };
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ username: 'admin', password }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await fetch(`${url}/api/tokens`, {
    method: 'POST',
    headers: { ...headers, cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'overview test', role: 'analyst' }),
  });
  return ((await created.json()) as { token: string }).token;
}

const oneDecimal = (lang: string, options: Intl.NumberFormatOptions = {}) =>
  new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1, ...options });
const score = (value: number, lang = 'en') => oneDecimal(lang).format(value);
const change = (value: number) => oneDecimal('en', { signDisplay: 'exceptZero' }).format(value);

describeInBrowser('the overview page', () => {
  const suite = useBrowserSuite();
  let ranking: Ranking;

  beforeAll(async () => {
    const token = await analystToken(suite.url, suite.adminPassword);
    const demo = [...generateDemoReports({ endDate: AS_OF, years: 1, countries: DEMO.length })].map(
      ({ synthetic: _synthetic, ...report }) => report,
    );
    const body = [...demo, ...HAND_WRITTEN].map((report) => JSON.stringify(report)).join('\n');
    const upload = await fetch(`${suite.url}/api/reports/bulk`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
      body,
    });
    expect(upload.status).toBe(200);
    expect(await upload.json()).toMatchObject({ accepted: demo.length + HAND_WRITTEN.length });
    // Only the demo loader stores reports as synthetic (no API can); these are its reports, so flag them.
    await suite.database.db
      .updateTable('reports')
      .set({ synthetic: true })
      .where('country', 'in', DEMO)
      .execute();
    // The Early Warning Project's forecasts, through the real import (the fixture's bad rows are skipped).
    await createStructuralRiskService({ db: suite.database.db }).importEwp(
      { username: 'admin' },
      readFileSync(new URL('../fixtures/ewp/final-forecasts.csv', import.meta.url), 'utf8'),
    );
    const answer = await fetch(`${suite.url}/api/countries?asOf=${AS_OF}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    ranking = (await answer.json()) as Ranking;
    expect(ranking.items.map((item) => item.iso3).sort()).toEqual([...DEMO, 'BHR', 'NOR'].sort());
  });

  async function openOverview(path = `/?asOf=${AS_OF}`) {
    const watched = await suite.open();
    await watched.page.goto(`${suite.url}${path}`);
    await signIn(watched.page, 'admin', suite.adminPassword);
    await waitForReady(watched.page);
    return watched;
  }

  const rowCodes = (page: Page) =>
    page
      .locator('aty-ranking-table tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-iso3')));

  it('draws a path per country of the topology, filled by level, with unscored countries hatched grey', async () => {
    const { page } = await openOverview();
    const paths = page.locator('aty-risk-map svg.map path[data-i]');
    expect(await paths.count()).toBe(topology.objects.countries.geometries.length);
    for (const item of ranking.items.filter((i) => i.iso3 !== 'BHR')) {
      expect(await page.locator(`aty-risk-map path[data-iso3="${item.iso3}"]`).getAttribute('fill')).toBe(
        LEVEL_FILL[item.level],
      );
    }
    expect(await page.locator('aty-risk-map path[data-iso3="BRA"]').getAttribute('fill')).toBe(
      'url(#no-data)',
    );
    expect(await page.locator('aty-risk-map svg.map').getAttribute('role')).toBe('img');
    const label = await page.locator('aty-risk-map svg.map').getAttribute('aria-label');
    expect(label).toContain('8 countries scored');
    // Bahrain has no shape at this scale: it is listed, with a link, under the map.
    const offMap = page.locator('aty-risk-map .off-map a');
    expect(await offMap.allTextContents()).toEqual([ranking.items.find((i) => i.iso3 === 'BHR')!.name.en]);
    expect(await offMap.getAttribute('href')).toBe('/countries/BHR');
    await screenshot(page, 'overview-en');
  });

  it('lists every scored country with its figures, marks synthetic ones, and shows structural risk where imported', async () => {
    const { page } = await openOverview();
    expect(await rowCodes(page)).toEqual(ranking.items.map((item) => item.iso3));
    const row = (iso3: string) => page.locator(`aty-ranking-table tr[data-iso3="${iso3}"]`);
    for (const iso3 of DEMO) {
      expect(await row(iso3).locator('.badge').textContent()).toBe(en['overview.synthetic.badge']);
    }
    expect(await row('NOR').locator('.badge').count()).toBe(0);
    expect(await page.getByTestId('synthetic-notice').textContent()).toContain('6 of these countries');

    const sudan = ranking.items.find((i) => i.iso3 === 'SDN')!;
    const cells = await row('SDN').locator('td').allTextContents();
    expect(cells[0]).toBe(score(sudan.score));
    expect(cells[1]?.trim()).toBe(en[`overview.level.${sudan.level}`]);
    expect(cells[2]).toContain(change(sudan.change30d));
    const spark = row('SDN').locator('svg.spark');
    await spark.waitFor();
    expect(await spark.getAttribute('role')).toBe('img');
    expect(await spark.getAttribute('aria-label')).toMatch(
      /^Score over the last 12 months: .* lowest .* highest/,
    );
    expect(await spark.locator('path').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){11}$/);
    const factor = row('SDN').locator('.factor').first();
    expect(await factor.textContent()).toBe(sudan.topRiskFactors[0]);
    expect(await factor.getAttribute('title')).toMatch(/\w{6,}/); // the factor's name, on hover
    expect(await row('SDN').locator('td').nth(4).locator('.visually-hidden').textContent()).toContain(
      `${sudan.topRiskFactors[0]}: ${await factor.getAttribute('title')}`,
    );
    // Myanmar is in the imported forecasts (10.4 %, rank 1); Sudan's fixture row is malformed, so it has none.
    expect((await row('MMR').locator('td').nth(6).textContent())?.trim()).toBe('10.4% · rank 1');
    expect((await row('SDN').locator('td').nth(6).textContent())?.trim()).toBe(
      `—${en['overview.structural.none']}`,
    );
  });

  it('sorts by a column with aria-sort, and filters by region, level and crime', async () => {
    const { page } = await openOverview();
    const header = (n: number) => page.locator('aty-ranking-table thead th').nth(n);
    expect(await header(1).getAttribute('aria-sort')).toBe('descending');
    expect(await header(0).getAttribute('aria-sort')).toBeNull();

    await header(0).locator('button').click();
    expect(await header(0).getAttribute('aria-sort')).toBe('ascending');
    expect(await header(1).getAttribute('aria-sort')).toBeNull();
    const byName = [...ranking.items].sort((a, b) => a.name.en.localeCompare(b.name.en)).map((i) => i.iso3);
    expect(await rowCodes(page)).toEqual(byName);
    await header(0).locator('button').click();
    expect(await header(0).getAttribute('aria-sort')).toBe('descending');
    expect(await rowCodes(page)).toEqual([...byName].reverse());

    await header(3).locator('button').click();
    const byChange = [...ranking.items].sort((a, b) => b.change30d - a.change30d || b.score - a.score);
    expect(await rowCodes(page)).toEqual(byChange.map((i) => i.iso3));

    const status = page.locator('aty-ranking-table .count');
    await page.locator('#filter-region').selectOption('americas');
    const americas = ranking.items.filter((i) => i.region === 'americas').map((i) => i.iso3);
    expect(americas.sort()).toEqual(['COL', 'GTM', 'NIC']);
    expect((await rowCodes(page)).sort()).toEqual(americas);
    expect(await status.textContent()).toContain('Showing 3 of 8 countries');
    await page.locator('#filter-region').selectOption('');

    const top = ranking.items[0]!.level;
    await page.locator('#filter-level').selectOption(top);
    expect((await rowCodes(page)).sort()).toEqual(
      ranking.items
        .filter((i) => i.level === top)
        .map((i) => i.iso3)
        .sort(),
    );
    await page.locator('aty-ranking-table button', { hasText: en['overview.filter.clear'] }).click();
    expect(await rowCodes(page)).toHaveLength(ranking.items.length);

    await page.locator('#filter-crime').selectOption('genocide');
    const withGenocide = ranking.items
      .filter((i) => (i.crimes.genocide ?? 0) >= 0.05)
      .sort((a, b) => (b.crimes.genocide ?? 0) - (a.crimes.genocide ?? 0) || b.score - a.score);
    expect(withGenocide.length).toBeGreaterThan(0);
    expect(withGenocide.length).toBeLessThan(ranking.items.length);
    expect(await rowCodes(page)).toEqual(withGenocide.map((i) => i.iso3));
    expect(await page.locator('aty-ranking-table thead th[aria-sort="descending"]').textContent()).toContain(
      'Genocide (0–1)',
    );
  });

  it('shows a tooltip on hover and on keyboard focus; arrows move between scored countries; Enter and click open them', async () => {
    const { page } = await openOverview();
    const tooltip = page.locator('aty-overview-tooltip .tip');
    await page.locator('aty-risk-map path[data-iso3="SDN"]').hover();
    const sudan = ranking.items.find((i) => i.iso3 === 'SDN')!;
    await expect.poll(() => tooltip.textContent()).toContain(sudan.name.en);
    expect(await tooltip.textContent()).toContain(`Score ${score(sudan.score)}`);
    expect(await tooltip.textContent()).toContain(en['overview.synthetic.badge']);
    await page.locator('aty-risk-map path[data-iso3="BRA"]').hover();
    await expect.poll(() => tooltip.textContent()).toContain(en['overview.map.noData']);

    // The keyboard: Tab from the date control (its day, month and year are stops of their own) reaches the map.
    await page.mouse.move(0, 0);
    await page.locator('#as-of').focus();
    const mapFocused = () => page.locator('aty-risk-map .frame').evaluate((frame) => frame.matches(':focus'));
    for (let i = 0; i < 8 && !(await mapFocused()); i++) await page.keyboard.press('Tab');
    expect(await mapFocused()).toBe(true);
    const onMap = ranking.items.filter((i) => i.iso3 !== 'BHR');
    await expect.poll(() => tooltip.textContent()).toContain(onMap[0]!.name.en);
    const live = page.locator('aty-risk-map [aria-live="polite"]');
    expect(await live.textContent()).toContain(`${onMap[0]!.name.en}: score ${score(onMap[0]!.score)}`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tooltip.textContent()).toContain(onMap[1]!.name.en);
    await page.locator('aty-risk-map').screenshot({ path: `${ARTIFACTS_DIR}/overview-map-keyboard-en.png` });
    await page.keyboard.press('End');
    await expect.poll(() => tooltip.textContent()).toContain(onMap.at(-1)!.name.en);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/countries/${onMap.at(-1)!.iso3}`);

    await page.goBack();
    await waitForReady(page);
    await page.locator('aty-risk-map path[data-iso3="SDN"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/countries/SDN');
    await page.goBack();
    await page.locator('aty-ranking-table tr[data-iso3="COL"] a').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/countries/COL');
  });

  it('switches names, numbers and dates to Spanish in place, without refetching; axe finds nothing serious in either language', async () => {
    const { page } = await openOverview();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request.url());
    });
    await page.locator('aty-lang-switch button[lang="es"]').click();
    await expect.poll(() => page.locator('#map-title').textContent()).toBe(es['overview.map.title']);
    const sudan = ranking.items.find((i) => i.iso3 === 'SDN')!;
    const row = page.locator('aty-ranking-table tr[data-iso3="SDN"]');
    expect(await row.locator('th a').textContent()).toBe(sudan.name.es);
    expect(await row.locator('td').first().textContent()).toBe(score(sudan.score, 'es'));
    expect((await row.locator('td').nth(1).textContent())?.trim()).toBe(es[`overview.level.${sudan.level}`]);
    expect(await page.locator('#filter-region option[value="americas"]').textContent()).toBe(
      es['overview.region.americas'],
    );
    expect(await row.locator('time').textContent()).toBe(
      new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${sudan.lastReportDate}T00:00:00Z`),
      ),
    );
    expect(apiRequests).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'overview-es');
  });

  it('moves to another day with the "as of" control, and says plainly when no country is scored yet', async () => {
    const { page } = await openOverview();
    await page.locator('#as-of').fill('2025-01-01');
    await expect.poll(() => new URL(page.url()).search).toBe('?asOf=2025-01-01');
    const empty = page.getByTestId('overview-empty');
    await empty.waitFor();
    expect(await empty.locator('h2').textContent()).toBe(en['overview.empty.title']);
    expect(await empty.textContent()).toContain('does not mean low risk');
    expect(await empty.locator('a').getAttribute('href')).toBe('/ingest');
    expect(await page.locator('aty-risk-map').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.locator('button', { hasText: en['overview.asOfLatest'] }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await waitForReady(page);
    expect(await page.locator('#as-of').inputValue()).toBe(new Date().toISOString().slice(0, 10));
  });
});

async function waitForReady(page: Page): Promise<void> {
  await page.locator('aty-ranking-table tbody tr').first().waitFor();
  await page.locator('aty-risk-map svg.map path[data-i]').first().waitFor();
}
