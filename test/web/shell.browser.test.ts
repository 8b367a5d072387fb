import { expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { es } from '../../web/src/i18n/es.ts';
import {
  DB_KEY,
  describeInBrowser,
  screenshot,
  seriousAxeViolations,
  signIn,
  useBrowserSuite,
} from '../helpers/browser.ts';

// Each navigation link, where it leads, and the heading its page must show.
const NAV = [
  { label: en['nav.overview'], path: '/', heading: en['overview.title'] },
  { label: en['nav.alerts'], path: '/alerts', heading: en['page.alerts.title'] },
  { label: en['nav.reports'], path: '/reports', heading: en['page.reports.title'] },
  { label: en['nav.ingest'], path: '/ingest', heading: en['page.ingest.title'] },
  { label: en['nav.thresholds'], path: '/thresholds', heading: en['page.thresholds.title'] },
  { label: en['nav.briefings'], path: '/briefings', heading: en['page.briefings.title'] },
  { label: en['nav.settings'], path: '/settings', heading: en['settings.title'] },
];

describeInBrowser('the web shell', () => {
  const suite = useBrowserSuite();

  it('signs an admin in, shows who they are, and walks every navigation link to its page', async () => {
    const { page } = await suite.open();
    await page.goto(suite.url);
    await page.waitForURL(`${suite.url}/login`);
    await signIn(page, 'admin', suite.adminPassword);

    await expect.poll(() => page.url()).toBe(`${suite.url}/`);
    await expect.poll(() => page.getByTestId('current-user').textContent()).toContain('admin');
    expect(await page.getByTestId('current-user').textContent()).toContain(en['role.admin']);
    expect(await page.locator('aty-nav a').allTextContents()).toEqual(NAV.map((link) => link.label));
    await expect.poll(() => page.getByTestId('health').textContent()).toContain(en[DB_KEY]);
    await screenshot(page, 'shell-en');

    for (const link of NAV) {
      await page.locator('aty-nav a', { hasText: link.label }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(link.path);
      await expect.poll(() => page.locator('main h1').textContent()).toBe(link.heading);
      expect(await page.locator('aty-nav a[aria-current="page"]').textContent()).toBe(link.label);
      expect(await page.title()).toBe(`${link.heading} · Atalaya`);
    }
  });

  it('keeps the page asked for through sign-in, and says so when a page does not exist', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/briefings`);
    await signIn(page, 'admin', suite.adminPassword);

    await expect.poll(() => page.url()).toBe(`${suite.url}/briefings`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe(en['page.briefings.title']);
    await page.goto(`${suite.url}/no/such/page`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe(en['page.notFound.title']);
  });

  it('announces a wrong password with a translated error and keeps the user on the login page', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/login`);
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill('not the password');
    await page.keyboard.press('Enter');

    const alert = page.locator('aty-login [role="alert"]');
    await expect.poll(() => alert.textContent()).toContain(en['login.badCredentials']);
    expect(page.url()).toBe(`${suite.url}/login`);
    expect(await page.locator('#password').inputValue()).toBe('');
    await screenshot(page, 'login-error-en');
  });

  it('returns to the login page when the session ends while in use, then back to where the user was', async () => {
    const { context, page, allowHttpError } = await suite.open();
    for (const path of ['/api/users', '/api/tokens', '/api/audit']) allowHttpError(401, path);
    await page.goto(`${suite.url}/alerts`);
    await signIn(page, 'admin', suite.adminPassword);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/alerts');

    // The server forgets the session (expiry, restart, revocation); the next API call answers 401.
    await context.clearCookies();
    await page.locator('aty-nav a', { hasText: en['nav.settings'] }).click();
    await page.waitForURL(`${suite.url}/login?next=%2Fsettings`);
    await signIn(page, 'admin', suite.adminPassword);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/settings');
  });

  it('signs out to the login page, after which protected routes lead back to it', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/settings`);
    await page.waitForURL(`${suite.url}/login?next=%2Fsettings`);
    await signIn(page, 'admin', suite.adminPassword);
    await expect.poll(() => page.url()).toBe(`${suite.url}/settings`);

    await page.locator('aty-header button', { hasText: en['shell.signOut'] }).click();
    await page.waitForURL(`${suite.url}/login`);
    expect(await page.getByTestId('current-user').count()).toBe(0);

    await page.goto(`${suite.url}/alerts`);
    await page.waitForURL(`${suite.url}/login?next=%2Falerts`);
    await page.goto(`${suite.url}/reports/42`);
    await page.waitForURL(`${suite.url}/login?next=%2Freports%2F42`);
    expect(await page.locator('main h1').textContent()).toBe(en['login.title']);
  });

  it('says so in both languages when a page cannot be loaded, and loads it when asked to try again', async () => {
    const { page, allowHttpError } = await suite.open();
    // Each page is a chunk fetched on its first visit (web/src/router/page-modules.ts): here, that fetch fails.
    let failing = true;
    await page.route(/\/assets\/aty-briefings-page-[^/]+\.js$/, async (route) => {
      if (!failing) return route.continue();
      allowHttpError(503, new URL(route.request().url()).pathname);
      return route.fulfill({ status: 503, body: 'unavailable' });
    });
    await page.goto(`${suite.url}/login`);
    await signIn(page, 'admin', suite.adminPassword);
    await page.locator('aty-nav a', { hasText: en['nav.briefings'] }).click();

    const alert = page.locator('main [role="alert"]');
    await expect.poll(() => alert.textContent()).toContain(en['app.pageFailed']);
    expect(await page.title()).toBe(`${en['page.briefings.title']} · Atalaya`);
    await page.locator('aty-lang-switch button[lang="es"]').click();
    await expect.poll(() => alert.textContent()).toContain(es['app.pageFailed']);
    expect(await seriousAxeViolations(page)).toEqual([]);

    failing = false;
    await alert.getByRole('button', { name: es['common.retry'] }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe(es['page.briefings.title']);
    expect(await alert.count()).toBe(0);
  });
});
