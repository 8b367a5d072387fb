import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { EvidenceList, Ranking, ReviewResult, RiskSeries } from '../../web/src/api/country.ts';
import { en } from '../../web/src/i18n/en.ts';
import { es } from '../../web/src/i18n/es.ts';
import {
  describeInBrowser,
  screenshot,
  seriousAxeViolations,
  signIn,
  useBrowserSuite,
} from '../helpers/browser.ts';
import { type CountryTestApi, countryTestApi, daysAgo, loadCountryData, today } from './country-test-data.ts';

const PASSWORD = 'a long enough passphrase';
const DAY_MS = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** The period in the page's address. */
function urlPeriod(page: Page): { from: string; to: string } {
  const search = new URL(page.url()).searchParams;
  return { from: search.get('from') ?? '', to: search.get('to') ?? '' };
}

/** The hit ids of the evidence list, in order. */
const shownHits = (page: Page) =>
  page
    .locator('aty-evidence-item article')
    .evaluateAll((articles) => articles.map((a) => a.getAttribute('data-hit')));

/** The deepest focused element, through shadow roots: "tag#id[data-preset]". */
const focused = (page: Page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return '';
    const id = element.id ? `#${element.id}` : '';
    const preset = element.getAttribute('data-preset');
    return `${element.tagName.toLowerCase()}${id}${preset ? `[data-preset=${preset}]` : ''}`;
  });

describeInBrowser('the country page', () => {
  const suite = useBrowserSuite();
  let api: CountryTestApi;

  beforeAll(async () => {
    api = await countryTestApi(suite.url, suite.adminPassword);
    await loadCountryData(api);
    await api.send('POST', '/api/users', { username: 'ana.analyst', password: PASSWORD, role: 'analyst' });
    await api.send('POST', '/api/users', { username: 'vic.viewer', password: PASSWORD, role: 'viewer' });
    // Colombia's reports flagged as the demo loader flags its own: no API sets the flag, by design.
    await suite.database.db
      .updateTable('reports')
      .set({ synthetic: true })
      .where('country', '=', 'COL')
      .execute();
  }, 120_000);

  /** Evidence ids the API gives for a period: what the list must show. */
  const apiHits = async (iso3: string, period: { from: string; to: string }, limit = 20) => {
    const { items } = await api.get<EvidenceList>(
      `/api/countries/${iso3}/evidence?from=${period.from}&to=${period.to}&limit=${limit}`,
    );
    // Every period these tests choose has evidence: an empty list on both sides would prove nothing.
    expect(items.length).toBeGreaterThan(0);
    return items.map((item) => item.id);
  };

  it('draws the trend with its bands, the heat map, the crime lines, the checklist and the evidence', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/countries/SDN`);
    await signIn(page, 'admin', suite.adminPassword);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Sudan');

    // The default period, the last year, is written into the address so it can be shared as it is.
    await expect.poll(() => urlPeriod(page).to).toBe(today());
    const period = urlPeriod(page);
    expect(days(period.from, period.to)).toBeGreaterThanOrEqual(364);
    expect(days(period.from, period.to)).toBeLessThanOrEqual(366);

    const trend = page.locator('aty-trend-chart[brushable]');
    await trend.locator('path.line').waitFor();
    const d = (await trend.locator('path.line').getAttribute('d')) ?? '';
    // Eighteen months of weekly points: a real line, not a stub.
    expect(d.match(/L/g)?.length ?? 0).toBeGreaterThan(60);
    expect(await trend.locator('path.point').count()).toBeGreaterThan(30);
    expect(await trend.locator('rect.band').count()).toBe(4);
    expect(await trend.locator('svg').getAttribute('aria-label')).toBe(
      'Risk score of Sudan over time, from 0 to 100, with the level bands',
    );

    const { items } = await api.get<Ranking>('/api/countries');
    const sudan = items.find((item) => item.iso3 === 'SDN')!;
    // Intl rounds half away from zero on the decimal value (toFixed works on the binary one: 99.05 → "99.0").
    const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(await page.getByTestId('country-score').textContent()).toBe(oneDecimal.format(sudan.score));
    expect(await page.getByTestId('country-level').textContent()).toContain(
      en[`country.level.${sudan.level}`],
    );

    // Heat map: 14 rows × one column per month of the year (13 or 14 with the partial months at the ends).
    const cells = page.locator('aty-rf-heatmap rect.cell');
    await expect.poll(() => cells.count()).toBeGreaterThan(0);
    const cellCount = await cells.count();
    expect(cellCount % 14).toBe(0);
    expect(cellCount / 14).toBeGreaterThanOrEqual(12);
    expect(cellCount / 14).toBeLessThanOrEqual(14);
    // Each cell's tooltip gives the factor's highest value in that month, as the API's series has it.
    const series = await api.get<RiskSeries>(
      `/api/countries/SDN/risk?from=${period.from}&to=${period.to}&interval=week`,
    );
    const lastMonth = today().slice(0, 7);
    const highest = Math.max(
      ...series.series.filter((p) => p.date.startsWith(lastMonth)).map((p) => p.riskFactors.RF1),
      0,
    );
    const lastRf1 = page.locator(
      `aty-rf-heatmap rect.cell[data-code="RF1"][data-column="${cellCount / 14 - 1}"] title`,
    );
    expect(await lastRf1.textContent()).toContain('RF1 Situations of armed conflict');
    // The daily series (what the page reads for a year) can only be at least the weekly samples' maximum.
    const shown = Number((await lastRf1.textContent())!.split(': ').at(-1));
    expect(shown).toBeGreaterThanOrEqual(Math.floor(highest * 100) / 100);

    // Three crime lines, told apart by dash pattern and by a label at their end.
    const crimes = page.locator('aty-crime-lines path.line');
    expect(await crimes.count()).toBe(3);
    const dashes = await crimes.evaluateAll((paths) =>
      paths.map((p) => p.getAttribute('stroke-dasharray') ?? ''),
    );
    expect(new Set(dashes).size).toBe(3);
    expect(await page.locator('aty-crime-lines text.direct-label').allTextContents()).toEqual([
      'Genocide',
      'Crimes against humanity',
      'War crimes',
    ]);

    // The checklist lists the 14 factors and counts the present ones.
    const factors = page.locator('aty-rf-checklist li');
    expect(await factors.count()).toBe(14);
    const present = await page.locator('aty-rf-checklist li.present').count();
    expect(await page.getByTestId('checklist-count').textContent()).toBe(
      en['country.checklist.count'].replace('{count}', String(present)),
    );
    expect(present).toBeGreaterThan(3);

    // The evidence is the API's strongest hits of the period, in order.
    await expect.poll(() => shownHits(page)).toEqual(await apiHits('SDN', period));
    await screenshot(page, 'country-en');
  }, 90_000);

  it('chooses the period with a preset, the dates and the brush; it drives the URL, heat map and evidence', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/countries/SDN`);
    await signIn(page, 'admin', suite.adminPassword);
    await page.locator('aty-trend-chart[brushable] path.line').waitFor();

    await page.locator('aty-period-picker button[data-preset="3m"]').click();
    await expect.poll(() => days(urlPeriod(page).from, urlPeriod(page).to)).toBeLessThan(93);
    const quarter = urlPeriod(page);
    expect(days(quarter.from, quarter.to)).toBeGreaterThanOrEqual(88);
    expect(quarter.to).toBe(today());
    expect(
      await page.locator('aty-period-picker button[data-preset="3m"]').getAttribute('aria-pressed'),
    ).toBe('true');
    // Weeks as columns now.
    await expect
      .poll(async () => (await page.locator('aty-rf-heatmap rect.cell').count()) / 14)
      .toBeLessThanOrEqual(15);
    expect((await page.locator('aty-rf-heatmap rect.cell').count()) / 14).toBeGreaterThanOrEqual(13);
    await expect.poll(() => shownHits(page)).toEqual(await apiHits('SDN', quarter));

    // "All": from the first month with a report (eighteen months back).
    await page.locator('aty-period-picker button[data-preset="all"]').click();
    await expect.poll(() => days(urlPeriod(page).from, urlPeriod(page).to)).toBeGreaterThan(500);
    const all = urlPeriod(page);
    expect(all.from.endsWith('-01')).toBe(true);
    await expect.poll(() => shownHits(page)).toEqual(await apiHits('SDN', all));

    // Brushing across the middle of the chart chooses the days under the pointer.
    const box = (await page.locator('aty-trend-chart[brushable] svg').boundingBox())!;
    const left = box.x + 40;
    const width = box.width - 40 - 16;
    await page.mouse.move(left + width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(left + width * 0.45, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(left + width * 0.6, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => urlPeriod(page).from).not.toBe(all.from);
    const brushed = urlPeriod(page);
    const span = days(all.from, all.to);
    expect(days(all.from, brushed.from) / span).toBeCloseTo(0.3, 1);
    expect(days(brushed.from, brushed.to) / span).toBeCloseTo(0.3, 1);
    await expect
      .poll(() => page.getByTestId('period-line').textContent())
      .toContain(
        new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
          new Date(`${brushed.from}T00:00:00Z`),
        ),
      );
    await expect.poll(() => shownHits(page)).toEqual(await apiHits('SDN', brushed));

    // The address alone brings the same period back (a shared link).
    await page.goto(`${suite.url}/countries/SDN?from=${brushed.from}&to=${brushed.to}`);
    await expect.poll(() => shownHits(page)).toEqual(await apiHits('SDN', brushed));
  }, 90_000);

  it('can be used with the keyboard: presets, then dates typed and applied with Enter', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/countries/SDN`);
    await signIn(page, 'admin', suite.adminPassword);
    await page.locator('aty-trend-chart[brushable] path.line').waitFor();

    await page.locator('aty-country-header a').focus();
    await page.keyboard.press('Tab');
    // The Briefing button comes first, then the period presets.
    expect(await page.getByTestId('open-briefing').evaluate((b) => b.matches(':focus'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button[data-preset=3m]');
    await page.keyboard.press('Enter');
    await expect.poll(() => days(urlPeriod(page).from, urlPeriod(page).to)).toBeLessThan(93);

    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input#from');
    const from = daysAgo(40);
    const [year, month, day] = from.split('-');
    // The en-US date field takes month, day and year in that order.
    await page.keyboard.type(`${month}${day}${year}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => urlPeriod(page)).toEqual({ from, to: today() });
    await expect.poll(() => shownHits(page)).toEqual(await apiHits('SDN', { from, to: today() }));

    // A start after the end is refused with a message, and the period stays.
    await page.locator('aty-period-picker #from').focus();
    const [ty, tm, td] = today().split('-');
    await page.keyboard.type(`${tm}${td}${ty}`);
    await page.locator('aty-period-picker #to').focus();
    const [yy, ym, yd] = daysAgo(50).split('-');
    await page.keyboard.type(`${ym}${yd}${yy}`);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('aty-period-picker [role="alert"]').textContent())
      .toBe(en['country.period.order']);
    expect(urlPeriod(page)).toEqual({ from, to: today() });
  }, 90_000);

  it('highlights exactly the words at each hit’s spans of the original report', async () => {
    const { page } = await suite.open();
    for (const iso3 of ['MMR', 'SDN']) {
      await page.goto(`${suite.url}/countries/${iso3}`);
      if (iso3 === 'MMR') await signIn(page, 'admin', suite.adminPassword);
      await expect.poll(() => urlPeriod(page).to).toBe(today());
      const ids = await apiHits(iso3, urlPeriod(page));
      await expect.poll(() => shownHits(page)).toEqual(ids);
      const { items } = await api.get<EvidenceList>(
        `/api/countries/${iso3}/evidence?from=${urlPeriod(page).from}&to=${today()}&limit=20`,
      );
      expect(items.length).toBeGreaterThanOrEqual(iso3 === 'MMR' ? 8 : 20);
      for (const item of items) {
        const report = await api.get<{ text: string }>(`/api/reports/${item.reportId}`);
        const article = page.locator(`aty-evidence-item article[data-hit="${item.id}"]`);
        // The quote is the report's own sentence, and each mark is the report's text at a span (spans that
        // overlap or touch make one mark).
        expect(await article.getByTestId('evidence-text').textContent()).toBe(
          report.text.slice(item.evidence.start, item.evidence.end),
        );
        const merged: Array<[number, number]> = [];
        for (const m of [...item.matches].sort((a, b) => a.start - b.start)) {
          const last = merged.at(-1);
          if (last && m.start <= last[1]) last[1] = Math.max(last[1], m.end);
          else merged.push([m.start, m.end]);
        }
        expect(await article.locator('mark').allTextContents()).toEqual(
          merged.map(([start, end]) => report.text.slice(start, end)),
        );
      }
      if (iso3 === 'MMR') {
        // After the emoji (two UTF-16 units) earlier in the report, offsets still land on the words.
        const afterEmoji = items.find((item) => item.evidence.text.includes('executed'))!;
        const report = await api.get<{ text: string }>(`/api/reports/${afterEmoji.reportId}`);
        expect(report.text.slice(0, afterEmoji.evidence.start + 2)).toContain('🔥');
        expect(
          await page.locator(`aty-evidence-item article[data-hit="${afterEmoji.id}"] mark`).allTextContents(),
        ).toContain('executed');
      }
    }
  }, 90_000);

  it('lets an analyst reject a hit (kept with who and when) and the score follows; withdrawing restores it', async () => {
    const { page } = await suite.open();
    const period = { from: daysAgo(90), to: today() };
    await page.goto(`${suite.url}/countries/MMR?from=${period.from}&to=${period.to}`);
    await signIn(page, 'ana.analyst', PASSWORD);
    const scoreText = page.getByTestId('country-score');
    await expect.poll(() => scoreText.textContent()).toMatch(/^\d+\.\d$/);
    const before = Number(await scoreText.textContent());
    const [strongest] = await apiHits('MMR', period);
    await expect.poll(async () => (await shownHits(page))[0]).toBe(strongest);

    const article = page.locator(`aty-evidence-item article[data-hit="${strongest}"]`);
    await article.locator('button', { hasText: en['country.review.reject'] }).click();
    await article
      .locator('textarea')
      .fill('The strike hit a military depot, not the school (verified by satellite).');
    await article.locator('button', { hasText: en['country.review.saveReject'] }).click();

    await expect
      .poll(() => article.getByTestId('review-status').textContent())
      .toContain('Rejected by ana.analyst');
    expect(await article.getByTestId('review-status').textContent()).toContain('verified by satellite');
    await expect.poll(async () => Number(await scoreText.textContent())).toBeLessThan(before);
    expect(await page.getByTestId('review-announcement').textContent()).toBe(
      en['country.review.savedRejected'],
    );
    const stored = (
      await api.get<EvidenceList>(`/api/countries/MMR/evidence?from=${period.from}&to=${period.to}`)
    ).items.find((item) => item.id === strongest)!;
    expect(stored.review).toMatchObject({ decision: 'rejected', by: 'ana.analyst' });
    expect(stored.contribution).toBe(0);

    await article.locator('button', { hasText: en['country.review.undo'] }).click();
    await expect.poll(() => article.getByTestId('review-status').count()).toBe(0);
    await expect.poll(async () => Number(await scoreText.textContent())).toBe(before);
  }, 90_000);

  it('shows a viewer the reviews but no review buttons', async () => {
    const period = { from: daysAgo(90), to: today() };
    const [first] = await apiHits('MMR', period);
    const { hit } = await api.send<ReviewResult>('PUT', `/api/hits/${first}/review`, {
      decision: 'confirmed',
      note: 'Matches our own sources.',
    });
    const { page } = await suite.open();
    await page.goto(`${suite.url}/countries/MMR?from=${period.from}&to=${period.to}`);
    await signIn(page, 'vic.viewer', PASSWORD);
    const article = page.locator(`aty-evidence-item article[data-hit="${first}"]`);
    await expect
      .poll(() => article.getByTestId('review-status').textContent())
      .toContain(`Confirmed by ${hit.review!.by}`);
    expect(await article.getByTestId('review-status').textContent()).toContain('Matches our own sources.');
    expect(await page.locator('aty-evidence-item article').count()).toBeGreaterThan(3);
    expect(await page.locator('aty-evidence-item button').count()).toBe(0);
    await api.send('DELETE', `/api/hits/${first}/review`);
  }, 90_000);

  it('marks figures that rest on synthetic demo reports', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/countries/COL`);
    await signIn(page, 'admin', suite.adminPassword);
    await expect
      .poll(() => page.getByTestId('synthetic-notice').textContent())
      .toContain(en['country.synthetic.title']);
    await expect.poll(() => page.locator('aty-evidence-item article').count()).toBeGreaterThan(0);
    const badges = await page.locator('aty-evidence-item .badge.synthetic').count();
    expect(badges).toBe(await page.locator('aty-evidence-item article').count());

    await page.goto(`${suite.url}/countries/SDN`);
    await page.locator('aty-evidence-item article').first().waitFor();
    expect(await page.getByTestId('synthetic-notice').count()).toBe(0);
    expect(await page.locator('aty-evidence-item .badge.synthetic').count()).toBe(0);
  }, 90_000);

  it('switches to Spanish without a reload or a refetch: names, numbers and dates follow', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/countries/SDN`);
    await signIn(page, 'admin', suite.adminPassword);
    await page.locator('aty-evidence-item article').first().waitFor();
    await page.locator('aty-trend-chart[brushable] path.line').waitFor();
    const score = (await page.getByTestId('country-score').textContent())!;
    await page.evaluate(() => Object.assign(window, { stillHere: true }));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    await page.locator('aty-lang-switch button[lang="es"]').click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Sudán');
    expect(await page.getByTestId('country-score').textContent()).toBe(score.replace('.', ','));
    const { from, to } = urlPeriod(page);
    const esDate = (day: string) =>
      new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`),
      );
    expect(await page.getByTestId('period-line').textContent()).toContain(
      es['country.period.showing'].replace('{from}', esDate(from)).replace('{to}', esDate(to)),
    );
    expect(await page.locator('aty-rf-heatmap text.row-label').first().textContent()).toContain(
      'RF1 Situaciones de conflicto armado',
    );
    expect(await page.locator('aty-crime-lines text.direct-label').allTextContents()).toEqual([
      'Genocidio',
      'Crímenes de lesa humanidad',
      'Crímenes de guerra',
    ]);
    expect(await page.locator('aty-evidence-item dt').first().textContent()).toBe(
      es['country.evidence.legalBasis'],
    );
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(requests.filter((url) => new URL(url).pathname.startsWith('/api/'))).toEqual([]);
  }, 90_000);

  it('has no serious accessibility violations, in English and in Spanish', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/countries/SDN`);
    await signIn(page, 'ana.analyst', PASSWORD);
    await page.locator('aty-evidence-item article').first().waitFor();
    await page.locator('aty-rf-heatmap rect.cell').first().waitFor();
    await page.locator('aty-crime-lines path.line').first().waitFor();
    // Open one review form and the tables, so their controls are audited too.
    await page.locator('aty-evidence-item button', { hasText: en['country.review.reject'] }).first().click();
    for (const summary of await page.locator('summary').all()) await summary.click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('aty-lang-switch button[lang="es"]').click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Sudán');
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 90_000);
});
