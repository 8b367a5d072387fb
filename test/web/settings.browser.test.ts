import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { es } from '../../web/src/i18n/es.ts';
import { describeInBrowser, screenshot, signIn, useBrowserSuite } from '../helpers/browser.ts';

async function addUser(page: Page, username: string, password: string, role: string): Promise<void> {
  await page.locator('#new-username').fill(username);
  await page.locator('#new-password').fill(password);
  await page.locator('#new-role').selectOption(role);
  await page.locator('aty-user-admin button[type="submit"]').click();
}

describeInBrowser('the settings page', () => {
  const suite = useBrowserSuite();

  it('lets an admin add a viewer and a token (shown once); the viewer then sees no admin sections', async () => {
    const { page: admin, context } = await suite.open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await admin.goto(`${suite.url}/settings`);
    await signIn(admin, 'admin', suite.adminPassword);
    await admin.getByTestId('users-table').waitFor();

    await addUser(admin, 'maria.lopez', 'a long enough passphrase', 'viewer');
    const userStatus = admin.locator('aty-user-admin [role="status"]').first();
    await expect.poll(() => userStatus.textContent()).toBe('User maria.lopez added with the role Viewer.');
    await expect.poll(() => admin.getByTestId('users-table').textContent()).toContain('maria.lopez');
    // The audit log reloads by itself after the change.
    await expect.poll(() => admin.getByTestId('audit-table').textContent()).toContain('maria.lopez');

    await admin.locator('#token-name').fill('nightly import');
    await admin.locator('#token-role').selectOption('analyst');
    await admin.locator('aty-token-admin form button[type="submit"]').click();
    const secretField = admin.getByTestId('new-token');
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret.length).toBeGreaterThanOrEqual(20);
    expect(await admin.locator('aty-new-token .warning').textContent()).toBe(en['tokens.warning']);
    await expect.poll(() => admin.getByTestId('tokens-table').textContent()).toContain('nightly import');
    expect(await admin.getByTestId('tokens-table').textContent()).not.toContain(secret);
    await screenshot(admin, 'settings-admin-en');
    await admin.locator('aty-new-token button', { hasText: en['tokens.copy'] }).click();
    await expect
      .poll(() => admin.locator('aty-new-token [role="status"]').textContent())
      .toBe(en['tokens.copied']);
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    await admin.locator('aty-new-token button', { hasText: en['tokens.done'] }).click();
    expect(await admin.locator('aty-new-token').count()).toBe(0);
    await admin.reload();
    await admin.getByTestId('tokens-table').waitFor();
    expect(await admin.getByTestId('new-token').count()).toBe(0);

    const viewer = (await suite.open()).page;
    await viewer.goto(`${suite.url}/settings?lang=es`);
    await signIn(viewer, 'maria.lopez', 'a long enough passphrase');
    await expect.poll(() => viewer.getByTestId('account-role').textContent()).toBe(es['role.viewer']);
    expect(await viewer.locator('aty-user-admin, aty-token-admin, aty-audit-log').count()).toBe(0);
    expect(await viewer.locator('main h2').allTextContents()).not.toContain(es['settings.admin']);
    await screenshot(viewer, 'settings-viewer-es');
  });

  it('changes a role, checks the form before sending, and revokes a token after a confirmation', async () => {
    const { page, allowHttpError } = await suite.open();
    allowHttpError(409, '/api/users');
    await page.goto(`${suite.url}/settings`);
    await signIn(page, 'admin', suite.adminPassword);
    await page.getByTestId('users-table').waitFor();

    await addUser(page, 'x', 'short', 'viewer');
    const formAlert = page.locator('aty-user-admin form [role="alert"]');
    await expect.poll(() => formAlert.textContent()).toBe(en['users.badUsername']);
    await addUser(page, 'jorge.p', 'short', 'viewer');
    await expect.poll(() => formAlert.textContent()).toBe(en['users.shortPassword']);
    await addUser(page, 'jorge.p', 'another long passphrase', 'viewer');
    await expect.poll(() => page.getByTestId('users-table').textContent()).toContain('jorge.p');
    await addUser(page, 'jorge.p', 'another long passphrase', 'viewer');
    await expect.poll(() => formAlert.textContent()).toBe('A user named jorge.p already exists.');

    await page.getByLabel('Role of jorge.p').selectOption('analyst');
    const status = page.locator('aty-user-admin [role="status"]').first();
    await expect.poll(() => status.textContent()).toBe('jorge.p now has the role Analyst.');
    expect(await page.getByLabel('Role of admin').isDisabled()).toBe(true);

    await page.locator('#token-name').fill('dashboard kiosk');
    await page.locator('aty-token-admin form button[type="submit"]').click();
    await page.locator('aty-new-token button', { hasText: en['tokens.done'] }).click();
    await page.getByRole('button', { name: 'Revoke token dashboard kiosk' }).click();
    await page.locator('aty-token-admin button', { hasText: en['tokens.confirmRevoke'] }).click();
    const tokenStatus = page.locator('aty-token-admin [role="status"]').first();
    await expect.poll(() => tokenStatus.textContent()).toContain('Token dashboard kiosk revoked.');
    await expect.poll(() => page.getByTestId('tokens-table').textContent()).toContain('Revoked');
  });
});
