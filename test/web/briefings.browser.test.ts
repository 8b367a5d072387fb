import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  screenshot,
  seriousAxeViolations,
  signIn,
  useBrowserSuite,
} from '../helpers/browser.ts';
import { REPORTS_EN, SOURCE_NAME, XSS_TITLE } from '../server/briefing/briefing-data.ts';
import { type ReportsApi, reportsApi } from './reports-api.ts';

// Needs the /briefings route to render <aty-briefings-page> (wired in aty-app.ts by the lead).
describeInBrowser('the briefings page', () => {
  const suite = useBrowserSuite();
  let api: ReportsApi;
  const to = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    api = await reportsApi(suite.url, suite.adminPassword);
    const lines = REPORTS_EN.map((r, i) =>
      JSON.stringify({
        country: 'SDN',
        date: new Date(Date.now() - (10 + i * 20) * 86_400_000).toISOString().slice(0, 10),
        text: r.text,
        title: i === 0 ? XSS_TITLE : `Update ${i}`,
        source: { name: SOURCE_NAME, reliability: 'B2' },
      }),
    );
    await api.bulk(lines.join('\n'));
  });
  afterAll(() => undefined);

  for (const lang of ['en', 'es'] as const) {
    it(`generates a preview and a download link with the chosen query (${lang}), axe clean`, async () => {
      const { page } = await suite.open();
      await page.goto(`${suite.url}/briefings?lang=${lang}`);
      await signIn(page, 'admin', suite.adminPassword);
      const select = page.locator('aty-briefings-page select[name="country"]');
      await select.selectOption('SDN');
      await page.locator('aty-briefing-dialog select[name="format"]').selectOption('md');
      await page.locator('aty-briefing-dialog select[name="lang"]').selectOption('es');
      const redact = page.locator('aty-briefing-dialog input[name="redactSources"]');
      expect(await redact.isChecked()).toBe(true);

      const link = page.getByTestId('briefing-download');
      const href = new URL((await link.getAttribute('href'))!, suite.url);
      expect(href.pathname).toBe('/api/briefings/SDN');
      expect(Object.fromEntries(href.searchParams)).toMatchObject({
        lang: 'es',
        format: 'md',
        variant: 'full',
        redactSources: 'true',
        to,
      });
      const res = await page.request.get(href.toString());
      expect(res.status()).toBe(200);
      expect(res.headers()['content-disposition']).toMatch(
        /attachment; filename="atalaya-briefing-SDN-.*-es\.md"/,
      );
      expect(await res.text()).not.toContain(SOURCE_NAME);

      await page.getByRole('button', { name: lang === 'en' ? 'Preview' : 'Vista previa' }).click();
      const frame = page.frameLocator('[data-testid="briefing-preview"]');
      await expect
        .poll(async () => frame.locator('h1').textContent(), { timeout: 20_000 })
        .toContain('Sudán');
      expect(await frame.locator('script').count()).toBe(0);
      expect(
        await page
          .locator('aty-briefings-page h2', {
            hasText: lang === 'en' ? 'Protected names' : 'Nombres protegidos',
          })
          .count(),
      ).toBe(1);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, `briefings-${lang}`);
    });
  }
});
