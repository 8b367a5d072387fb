import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { es } from '../../web/src/i18n/es.ts';
import {
  describeInBrowser,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  type WatchedPage,
} from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { flatText } from './reports-api.ts';

// The synthetic demo data set can only come from the demo loader (no API stores a report as synthetic), and
// it loads on the first start of an empty embedded database: so this file starts a server of its own with
// ATALAYA_DEMO=1, on PGlite only.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describeInBrowser('synthetic reports in the list and on the report page', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let watched: WatchedPage | undefined;

  beforeAll(async () => {
    if (onPostgres) return;
    [server, browser] = await Promise.all([startTestServer({ env: { ATALAYA_DEMO: '1' } }), launchBrowser()]);
  }, 600_000);
  afterEach(async () => {
    const problems = watched?.problems ?? [];
    await watched?.context.close();
    expect(problems, 'console errors, uncaught errors or CSP violations').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.skipIf(onPostgres)('marks every synthetic report as such, in both languages', async () => {
    watched = await openPage(browser!);
    const { page } = watched;
    await page.goto(`${server!.url}/reports`);
    await signIn(page, 'admin', server!.adminPassword);
    const rows = page.locator('aty-report-table tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    // Every demo report is synthetic, so every row carries the mark, with its explanation.
    const marks = page.locator('aty-report-table tbody .badge.synthetic');
    expect(await marks.count()).toBe(50);
    expect(await marks.first().textContent()).toBe(en['reports.synthetic']);
    expect(await marks.first().getAttribute('title')).toBe(en['reports.syntheticHelp']);
    await screenshot(page, 'reports-demo-en');

    await rows.first().locator('a').first().click();
    await page.getByTestId('report-text').waitFor();
    expect(await page.locator('aty-report-page .title-row .badge.synthetic').textContent()).toBe(
      en['reports.synthetic'],
    );
    expect(await flatText(page.getByTestId('report-meta'))).toContain(
      `${en['reports.meta.data']} ${en['reports.synthetic']} ${en['reports.syntheticHelp']}`,
    );

    await page.locator('aty-lang-switch button[lang="es"]').click();
    await expect
      .poll(() => page.locator('aty-report-page .title-row .badge.synthetic').textContent())
      .toBe(es['reports.synthetic']);
  });
});
