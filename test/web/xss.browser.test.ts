import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.ts';
import { describeInBrowser, signIn, useBrowserSuite } from '../helpers/browser.ts';
import { flat, injectedElements, pageText, watchForXss } from '../helpers/xss-detect.ts';
import { type AdminRequest, seedXssData, type XssSeed } from '../helpers/xss-seed.ts';
import { reportsApi } from './reports-api.ts';

type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

const texts = XSS_PAYLOADS.map((p) => p.text);
const shownIn = (text: string, candidates: readonly string[]) =>
  candidates.filter((c) => text.includes(flat(c)));

// Seeding stores every payload in every field through the API (hundreds of requests, and the alert worker
// raising one alert per threshold); each view then loads once with all of them present.
const SEEDING = 180_000;

describeInBrowser('XSS: every view, with a payload in every field', () => {
  const suite = useBrowserSuite();
  let seed: XssSeed;
  let signedIn: StorageState;

  beforeAll(async () => {
    const api = await reportsApi(suite.url, suite.adminPassword);
    const request: AdminRequest = (path, init = {}) =>
      fetch(`${suite.url}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${api.token}` },
      });
    seed = await seedXssData(request);
    // One sign-in for all the views (each then opens a fresh context with this session).
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.url}/login`);
    await signIn(page, 'admin', suite.adminPassword);
    signedIn = await context.storageState();
    await context.close();
  }, SEEDING);

  /**
   * Opens `path` signed in, waits for `ready`, and checks that no payload ran (no `__xss` call, dialog or
   * beacon request) and no element came from one, in any frame or shadow root. The page's CSP is bypassed:
   * it would block most payloads on its own, and the test is about the escaping, which must hold without it.
   * The suite also fails the test on any console error or uncaught exception.
   */
  async function visit(
    path: string,
    ready: (page: Page) => Promise<unknown>,
    allowHttpErrors: string[] = [],
  ) {
    const watched = await suite.open({ bypassCSP: true, storageState: signedIn });
    for (const errorPath of allowHttpErrors) {
      watched.allowHttpError(400, errorPath);
      watched.allowHttpError(404, errorPath);
    }
    const watch = await watchForXss(watched.context, watched.page);
    const { page } = watched;
    await page.goto(`${suite.url}${path}`);
    await ready(page);
    return {
      page,
      /** Everything is still inert, and the page's text. */
      async check(): Promise<string> {
        // Handlers like onerror run after a failed load: let the page's requests finish first.
        await page.waitForLoadState('networkidle');
        expect(await injectedElements(page), path).toEqual([]);
        expect(await watch.fired(page), path).toEqual({ calls: [], dialogs: [], beacons: [] });
        return pageText(page);
      },
    };
  }

  it('the login page, with a script URL as the page to return to', async () => {
    const { page, context } = await suite.open({ bypassCSP: true });
    const watch = await watchForXss(context, page);
    await page.goto(`${suite.url}/login?next=${encodeURIComponent('javascript:__xss(1)')}`);
    await signIn(page, 'admin', suite.adminPassword);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    expect(await injectedElements(page)).toEqual([]);
    expect(await watch.fired(page)).toEqual({ calls: [], dialogs: [], beacons: [] });
  });

  it('the overview, the country page with its briefing dialog, and the comparison', async () => {
    const overview = await visit('/', (page) => page.locator('aty-ranking-table tbody tr').first().waitFor());
    await overview.check();

    const country = await visit('/countries/SDN', (page) =>
      page.locator('aty-evidence-item article').first().waitFor(),
    );
    // The strongest evidence quotes payload reports: their sentences, titles and source names as text.
    expect(shownIn(await country.check(), texts).length).toBeGreaterThan(3);
    await country.page.getByTestId('open-briefing').click();
    const dialog = country.page.locator('aty-briefing-dialog');
    await dialog.locator('input[name="redactSources"]').uncheck();
    await dialog.locator('select[name="format"]').selectOption('html');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await country.page
      .frameLocator('[data-testid="briefing-preview"]')
      .locator('h1')
      .waitFor({ timeout: 20_000 });
    await country.check();

    const compare = await visit('/compare?countries=SDN,MMR,COL', (page) =>
      page.locator('aty-compare-page path.line').first().waitFor(),
    );
    await compare.check();
  });

  it('the reports list, a search for a payload, and a report with reviewed hits', async () => {
    const list = await visit('/reports', (page) => page.getByTestId('reports-table').waitFor());
    // One report per payload, its title as the link text (the list shows the 50 newest).
    expect(shownIn(await list.check(), texts).length).toBeGreaterThanOrEqual(50);

    const query = XSS_PAYLOADS[1]!.text;
    const search = await visit(`/reports?q=${encodeURIComponent(query)}`, (page) =>
      page.getByTestId('reports-table').waitFor(),
    );
    expect(shownIn(await search.check(), [query])).toEqual([query]);
    expect(await search.page.locator('#f-q').inputValue()).toBe(query);

    const report = await visit(`/reports/${seed.reviewedReportId}`, (page) =>
      page.getByTestId('report-text').waitFor(),
    );
    const text = await report.check();
    expect(await report.page.getByTestId('report-title').textContent()).toBe(XSS_PAYLOADS[0]!.text);
    // Title, text, source, tag and external id; and the review notes, other payloads.
    expect(text.split(flat(XSS_PAYLOADS[0]!.text)).length - 1).toBeGreaterThanOrEqual(5);
    expect(shownIn(text, texts).length).toBeGreaterThan(2);
  });

  it('the ingest page: the live preview of a pasted text full of payloads, and the stored result', async () => {
    const ingest = await visit('/ingest', (page) => page.getByTestId('paste-form').waitFor());
    const form = ingest.page.getByTestId('paste-form');
    const payload = XSS_PAYLOADS[16]!.text; // breaks out of a double-quoted attribute
    await form.locator('#country').selectOption('SDN');
    await form.locator('#date').fill(new Date().toISOString().slice(0, 10));
    await form.locator('#title').fill(payload);
    await form.locator('#sourceName').fill(payload);
    await form.locator('#sourceUrl').fill(`https://example.org/?q=${payload}`);
    await form.locator('#tags').fill(XSS_PAYLOADS[1]!.text);
    await form
      .locator('#text')
      .fill(
        texts
          .map((t, i) => `Militias killed ${i + 2} villagers near ${t} and burned their homes.`)
          .join('\n'),
      );
    await ingest.page.getByTestId('preview').waitFor();
    // The preview quotes each hit's sentence, payload and all.
    expect(shownIn(await ingest.check(), texts).length).toBeGreaterThan(20);
    await form.getByRole('button', { name: 'Save report' }).click();
    await expect
      .poll(() => ingest.page.getByTestId('ingest-result').getAttribute('data-outcome'))
      .toBe('stored');
    await ingest.check();
  });

  it('the alerts inbox and an alert whose history holds every payload as a note', async () => {
    const inbox = await visit('/alerts', (page) => page.getByTestId('alerts-table').waitFor());
    // One alert per threshold, each named after a payload.
    expect(shownIn(await inbox.check(), texts).length).toBeGreaterThanOrEqual(40);

    const alert = await visit(`/alerts/${seed.notedAlertId}`, (page) =>
      page.getByTestId('event-note').first().waitFor(),
    );
    expect(shownIn(await alert.check(), texts)).toEqual(texts);
  });

  it('the thresholds page with its webhooks, and the settings page with tokens and the audit log', async () => {
    const thresholds = await visit('/thresholds', async (page) => {
      await page.getByTestId('thresholds-table').waitFor();
      await page.getByTestId('webhooks-table').waitFor();
    });
    expect(shownIn(await thresholds.check(), texts)).toEqual(texts);
    // A threshold's name in the editor's field is a value, not markup.
    await thresholds.page
      .getByTestId('thresholds-table')
      .getByRole('button', { name: /^Edit/ })
      .first()
      .click();
    await thresholds.page.getByTestId('threshold-editor').waitFor();
    await thresholds.check();

    const settings = await visit('/settings', async (page) => {
      await page.getByTestId('tokens-table').waitFor();
      await page.getByTestId('audit-table').waitFor();
    });
    expect(shownIn(await settings.check(), texts)).toEqual(texts);
  });

  it('the briefings page: protected names, and the preview of a briefing with sources shown', async () => {
    const briefings = await visit('/briefings', (page) =>
      page.locator('aty-briefings-page table').first().waitFor(),
    );
    const names = texts.map((t) => `witness ${t}`);
    expect(shownIn(await briefings.check(), names)).toEqual(names);
    const { page } = briefings;
    await page.locator('aty-briefings-page select[name="country"]').selectOption('SDN');
    const dialog = page.locator('aty-briefing-dialog');
    await dialog.locator('input[name="redactSources"]').uncheck();
    await dialog.locator('select[name="format"]').selectOption('html');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const frame = page.frameLocator('[data-testid="briefing-preview"]');
    await frame.locator('h1').waitFor({ timeout: 20_000 });
    await briefings.check();
    // The preview's own text holds the payloads (alert names, quotes, titles) as text.
    const previewText = flat((await frame.locator('body').textContent()) ?? '');
    expect(shownIn(previewText, texts).length).toBeGreaterThan(10);
  });

  it('payloads in the address: unknown country, report and alert, and a comparison of nonsense', async () => {
    const payload = XSS_PAYLOADS[1]!.text;
    const encoded = encodeURIComponent(payload);
    for (const path of [`/countries/${encoded}`, `/reports/${encoded}`, `/alerts/${encoded}`]) {
      const page = await visit(path, (p) => p.locator('main h1').waitFor(), [`/api${path}`]);
      await page.check();
    }
    const compare = await visit(`/compare?countries=${encoded},SDN`, (p) => p.locator('main h1').waitFor());
    await compare.check();
  });
});
