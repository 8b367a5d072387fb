import { expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { describeInBrowser, seriousAxeViolations, signIn, useBrowserSuite } from '../helpers/browser.ts';

describeInBrowser('accessibility of the shell', () => {
  const suite = useBrowserSuite();

  it('has no serious or critical axe violations on the login, overview and settings pages', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/login`);
    await page.locator('#username').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await signIn(page, 'admin', suite.adminPassword);
    await page.getByTestId('health').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Settings as an admin: every section, with a freshly created token on show.
    await page.locator('aty-nav a', { hasText: en['nav.settings'] }).click();
    await page.getByTestId('audit-table').waitFor();
    await page.locator('#token-name').fill('axe check');
    await page.locator('aty-token-admin form button[type="submit"]').click();
    await page.getByTestId('new-token').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Spanish too: a missing translation or a wrong `lang` shows up here.
    await page.locator('aty-lang-switch button[lang="es"]').click();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('can be used with the keyboard alone: skip link, sign-in form, landmarks and current page', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/login?next=%2Fthresholds`);
    // The username field takes focus on arrival; typing and Enter are all a keyboard user needs.
    const focusedId = () =>
      page.evaluate(() => {
        let focused = document.activeElement;
        while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
        return focused?.id;
      });
    await expect.poll(focusedId).toBe('username');
    await page.keyboard.type('admin');
    await page.keyboard.press('Tab');
    await page.keyboard.type(suite.adminPassword);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/thresholds');

    await page.reload();
    await page.locator('main h1').waitFor();
    await page.keyboard.press('Tab');
    const skip = page.locator('aty-app a.skip');
    expect(await skip.evaluate((link) => link.matches(':focus'))).toBe(true);
    expect(await skip.textContent()).toBe(en['shell.skipLink']);
    await page.keyboard.press('Enter');
    expect(await page.locator('main').evaluate((main) => main.matches(':focus'))).toBe(true);

    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('nav').getAttribute('aria-label')).toBe(en['shell.navLabel']);
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('aty-nav a[aria-current="page"]').textContent()).toBe(en['nav.thresholds']);
  });
});
