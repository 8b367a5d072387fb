import { expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { es } from '../../web/src/i18n/es.ts';
import { DB_KEY, describeInBrowser, screenshot, signIn, useBrowserSuite } from '../helpers/browser.ts';

const NAV_KEYS = [
  'nav.overview',
  'nav.alerts',
  'nav.reports',
  'nav.ingest',
  'nav.thresholds',
  'nav.briefings',
  'nav.settings',
] as const;

describeInBrowser('the language of the dashboard', () => {
  const suite = useBrowserSuite();

  it('switches every visible string to Spanish in place: no reload, no refetch', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/login`);
    await signIn(page, 'admin', suite.adminPassword);
    await expect.poll(() => page.getByTestId('health').textContent()).toContain(en[DB_KEY]);

    // A reload would wipe this marker; a refetch would show up as an API request.
    await page.evaluate(() => Object.assign(window, { __beforeSwitch: 'still here' }));
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request.url());
    });
    await page.locator('aty-lang-switch button[lang="es"]').click();

    await expect.poll(() => page.locator('main h1').textContent()).toBe(es['overview.title']);
    expect(await page.locator('aty-nav a').allTextContents()).toEqual(NAV_KEYS.map((key) => es[key]));
    expect(await page.getByTestId('current-user').textContent()).toContain(es['role.admin']);
    expect(await page.getByTestId('health').textContent()).toContain(es[DB_KEY]);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('aty-lang-switch button[lang="es"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.title()).toBe(`${es['overview.title']} · Atalaya`);
    expect(await page.evaluate(() => (window as { __beforeSwitch?: string }).__beforeSwitch)).toBe(
      'still here',
    );
    expect(apiRequests).toEqual([]);
    await screenshot(page, 'shell-es');

    // Remembered: a reload (a new visit) keeps Spanish.
    await page.reload();
    await expect.poll(() => page.locator('main h1').textContent()).toBe(es['overview.title']);
  });

  it('takes ?lang=es from any route, removes it from the address, and remembers it', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/login?lang=es`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe(es['login.title']);
    expect(page.url()).toBe(`${suite.url}/login`);
    expect(await page.locator('label[for="password"]').textContent()).toBe(es['login.password']);

    await page.reload();
    await expect.poll(() => page.locator('main h1').textContent()).toBe(es['login.title']);
    await signIn(page, 'admin', suite.adminPassword);
    await page.goto(`${suite.url}/alerts?lang=en`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe(en['page.alerts.title']);
  });

  it('follows the browser language on a first visit, and the switch re-translates a shown error', async () => {
    const { page } = await suite.open({ locale: 'es-AR' });
    await page.goto(`${suite.url}/login`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe(es['login.title']);

    await page.locator('aty-login button[type="submit"]').click();
    const alert = page.locator('aty-login [role="alert"]');
    await expect.poll(() => alert.textContent()).toBe(es['login.missing']);
    await page.locator('aty-lang-switch button[lang="en"]').click();
    await expect.poll(() => alert.textContent()).toBe(en['login.missing']);
  });

  it('formats dates with Intl for the chosen language', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/settings?lang=es`);
    await signIn(page, 'admin', suite.adminPassword);
    const firstAuditTime = page.locator('aty-audit-log tbody time').first();
    await firstAuditTime.waitFor();
    const iso = await firstAuditTime.getAttribute('datetime');
    const expected = new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeStyle: 'medium' });
    expect(await firstAuditTime.textContent()).toBe(expected.format(new Date(iso ?? '')));
  });
});
