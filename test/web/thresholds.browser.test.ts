import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { es } from '../../web/src/i18n/es.ts';
import {
  describeInBrowser,
  screenshot,
  seriousAxeViolations,
  signIn,
  useBrowserSuite,
} from '../helpers/browser.ts';
import {
  type AlertRow,
  type ApiClient,
  addUser,
  adminApi,
  PASSWORD,
  strongReports,
  waitForAlerts,
  XSS_TITLE,
} from './alerts-setup.ts';

interface Backtest {
  total: number;
  byCountry: Array<{ country: string; alerts: number }>;
  byMonth: Array<{ month: string; alerts: number }>;
}
interface Threshold {
  id: string;
  name: string;
  enabled: boolean;
  persistenceDays: number;
}

const tableRows = (page: Page) => page.locator('aty-threshold-table tbody tr');
const status = (page: Page) => page.getByTestId('thresholds-status');

// Each test walks several pages and runs axe; on a shared 2-core machine that can take over the default 30 s.
const SLOW = 120_000;

describeInBrowser('the thresholds page', () => {
  const suite = useBrowserSuite();
  let api: ApiClient;
  let alerts: AlertRow[];
  // A local webhook receiver: what Atalaya sends, and the signature header with it.
  const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
  let receiver: Server;
  let receiverUrl = '';

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    api = await adminApi(suite.url, suite.adminPassword);
    await addUser(api, 'ana.analyst', 'analyst');
    await addUser(api, 'vera.viewer', 'viewer');
    await api.ndjson('/api/reports/bulk', strongReports('SDN'));
    alerts = await waitForAlerts(api, 3);
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it(
    'lets an analyst backtest a draft, see field errors, then create, edit, disable and delete it',
    async () => {
      const { page, allowHttpError } = await suite.open();
      allowHttpError(400, '/api/thresholds');
      await page.goto(`${suite.url}/thresholds`);
      await signIn(page, 'ana.analyst', PASSWORD);
      await expect.poll(() => tableRows(page).count()).toBe(3);
      expect(await page.locator('main h1').textContent()).toBe(en['page.thresholds.title']);
      expect(await page.locator('aty-threshold-table .tag').count()).toBe(3);
      expect(await tableRows(page).allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('Score reaches high (≥ 40)')]),
      );

      await page.getByTestId('new-threshold').click();
      const editor = page.getByTestId('threshold-editor');
      await editor.waitFor();
      await page.locator('#f-name').fill(XSS_TITLE);
      await page.locator('#f-country').selectOption('SDN');
      await page.locator('#f-metric').selectOption('RF10');
      await page.locator('input[name="kind"][value="rise"]').check();
      await page.locator('#f-value').fill('0.2');
      await page.locator('#f-windowDays').fill('30');
      expect(await page.getByTestId('threshold-preview').textContent()).toBe(
        'Raises an alert when, in Sudan: risk factor RF10 rises by at least 0.20 within 30 days, for 1 day.',
      );

      // Backtest before saving: the sentence, the bars per month, the countries and each would-be alert.
      await page.getByTestId('run-backtest').click();
      const headline = page.getByTestId('backtest-headline');
      await headline.waitFor();
      const expected = await api.send<Backtest>('POST', '/api/thresholds/backtest', {
        threshold: {
          country: 'SDN',
          metric: 'RF10',
          kind: 'rise',
          value: 0.2,
          windowDays: 30,
          persistenceDays: 1,
        },
      });
      expect(expected.total).toBeGreaterThan(0);
      expect(await headline.textContent()).toMatch(
        new RegExp(
          `^This threshold would have raised ${expected.total} alerts? in 1 country between .+ and .+\\.$`,
        ),
      );
      const bars = page.locator('[data-testid="backtest-chart"] rect.bar');
      expect(await page.getByTestId('backtest-chart').getAttribute('role')).toBe('img');
      const counts = await bars.evaluateAll((rects) =>
        rects.map((r) => Number(r.getAttribute('data-alerts'))),
      );
      expect(counts.length).toBeGreaterThanOrEqual(36);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(expected.total);
      expect(await page.getByTestId('backtest-countries').textContent()).toContain('Sudan');
      expect(await page.locator('[data-testid="backtest-alerts"] tbody tr').count()).toBe(expected.total);
      await screenshot(page, 'thresholds-en');

      // A value off the factor's 0–1 scale: the server's message appears next to the value.
      await page.locator('#f-value').fill('5');
      await page.locator('aty-threshold-editor button[type="submit"]').click();
      const valueError = page.locator('.field-error[data-field="value"]');
      await expect.poll(() => valueError.textContent()).toBe('must be at most 1 for a risk factor or crime');
      expect(await page.locator('#f-value').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#f-value').getAttribute('aria-describedby')).toContain('f-value-error');
      expect(await page.locator('aty-threshold-editor [role="alert"]').textContent()).toBe(
        en['thresholds.editor.fixErrors'],
      );
      // The backtest now describes another draft, and says so.
      expect(await page.locator('aty-backtest-result .stale').textContent()).toBe(
        en['thresholds.backtest.stale'],
      );

      await page.locator('#f-value').fill('0.2');
      expect(await valueError.count()).toBe(0);
      await page.locator('aty-threshold-editor button[type="submit"]').click();
      await expect.poll(() => status(page).textContent()).toBe(`Threshold “${XSS_TITLE}” created.`);
      await expect.poll(() => tableRows(page).count()).toBe(4);
      const row = tableRows(page).filter({ hasText: XSS_TITLE });
      expect(await row.locator('th').textContent()).toContain(XSS_TITLE);
      expect(await page.locator('aty-threshold-table img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

      // Edit: must hold for 3 days.
      await page.getByRole('button', { name: `Edit ${XSS_TITLE}` }).click();
      await expect.poll(() => page.locator('#editor-title').textContent()).toBe(`Edit “${XSS_TITLE}”`);
      expect(await page.locator('#f-value').inputValue()).toBe('0.2');
      await page.locator('#f-persistenceDays').fill('3');
      await page.locator('aty-threshold-editor button[type="submit"]').click();
      await expect.poll(() => status(page).textContent()).toBe(`Threshold “${XSS_TITLE}” saved.`);
      await expect.poll(() => row.textContent()).toContain('3 consecutive days');

      // Disable with the switch.
      await row.getByRole('switch').click();
      await expect
        .poll(() => status(page).textContent())
        .toBe(`Threshold “${XSS_TITLE}” disabled: it raises no new alerts.`);
      await expect.poll(() => row.getAttribute('class')).toContain('disabled');
      const stored = (await api.get<{ items: Threshold[] }>('/api/thresholds')).items.find(
        (t) => t.name === XSS_TITLE,
      )!;
      expect(stored).toMatchObject({ enabled: false, persistenceDays: 3 });

      // Delete, after a confirmation.
      await page.getByRole('button', { name: `Delete ${XSS_TITLE}`, exact: true }).click();
      await page.getByRole('button', { name: `Delete ${XSS_TITLE} for good` }).click();
      await expect
        .poll(() => status(page).textContent())
        .toBe(`Threshold “${XSS_TITLE}” deleted. Its past alerts stay in the inbox.`);
      await expect.poll(() => tableRows(page).count()).toBe(3);
    },
    SLOW,
  );

  it(
    'lets an admin add a webhook (secret shown once), read its delivery log and delete it',
    async () => {
      const { page } = await suite.open();
      await page.goto(`${suite.url}/thresholds`);
      await signIn(page, 'admin', suite.adminPassword);
      await page.locator('aty-webhook-admin').waitFor();

      await page.locator('#wh-name').fill('Team chat');
      await page.locator('#wh-url').fill('not a url');
      await page.locator('aty-webhook-admin button[type="submit"]').click();
      await expect.poll(() => page.locator('#wh-url-error').textContent()).toBe(en['webhooks.urlInvalid']);
      await page.locator('#wh-url').fill(receiverUrl);
      await page.locator('aty-webhook-admin button[type="submit"]').click();
      const secret = page.getByTestId('webhook-secret');
      await secret.waitFor();
      const value = await secret.inputValue();
      expect(value.length).toBeGreaterThanOrEqual(20);
      await expect.poll(() => page.getByTestId('webhooks-table').textContent()).toContain('Team chat');
      expect(await page.getByTestId('webhooks-table').textContent()).not.toContain(value);
      await page.locator('aty-webhook-secret button', { hasText: en['webhooks.done'] }).click();
      expect(await page.getByTestId('webhook-secret').count()).toBe(0);

      // A change to an alert is delivered to the receiver, and the log says so.
      await api.send('POST', `/api/alerts/${alerts[0]!.id}/acknowledge`, { note: 'for the webhook' });
      await expect.poll(() => received.length, { timeout: 30_000 }).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Deliveries of Team chat' }).click();
      const log = page.getByTestId('deliveries-table');
      await expect
        .poll(
          async () => {
            await page
              .locator('aty-webhook-deliveries button', { hasText: en['webhooks.log.refresh'] })
              .click();
            return (
              (await log
                .locator('tbody tr')
                .first()
                .getAttribute('data-status')
                .catch(() => null)) ?? ''
            );
          },
          { timeout: 30_000 },
        )
        .toBe('delivered');
      expect(await log.locator('tbody tr').first().textContent()).toContain('200');

      await page.getByRole('button', { name: 'Delete webhook Team chat' }).click();
      await page.locator('aty-webhook-admin button', { hasText: en['webhooks.confirmDelete'] }).click();
      await expect
        .poll(() => page.getByTestId('webhooks-status').textContent())
        .toBe('Webhook “Team chat” deleted.');
      await expect
        .poll(() => page.locator('aty-webhook-admin').getByText(en['webhooks.none']).count())
        .toBe(1);
      expect(await page.getByTestId('webhooks-table').count()).toBe(0);
      // What the receiver got: the alert event as JSON, with a signature header.
      const delivery = received[0]!;
      expect(JSON.parse(delivery.body)).toMatchObject({ event: 'alert.acknowledged' });
      // Signed with the secret the page showed once (HMAC-SHA256 over "timestamp.body", as documented).
      const timestamp = String(delivery.headers['x-atalaya-timestamp']);
      const mac = createHmac('sha256', value).update(`${timestamp}.${delivery.body}`).digest('hex');
      expect(delivery.headers['x-atalaya-signature']).toBe(`sha256=${mac}`);
    },
    SLOW,
  );

  it(
    'shows a viewer the thresholds read-only',
    async () => {
      const { page } = await suite.open();
      await page.goto(`${suite.url}/thresholds`);
      await signIn(page, 'vera.viewer', PASSWORD);
      await expect.poll(() => tableRows(page).count()).toBe(3);
      expect(await page.getByTestId('viewer-note').textContent()).toBe(en['thresholds.viewerNote']);
      expect(await page.getByTestId('new-threshold').count()).toBe(0);
      expect(await page.locator('aty-threshold-table button, aty-threshold-table input').count()).toBe(0);
      expect(await page.locator('aty-webhook-admin').count()).toBe(0);
      expect(await tableRows(page).first().textContent()).toContain(en['thresholds.enabled']);
    },
    SLOW,
  );

  it(
    'passes axe with the editor and a backtest open, in English and in Spanish',
    async () => {
      const { page } = await suite.open();
      await page.goto(`${suite.url}/thresholds`);
      await signIn(page, 'admin', suite.adminPassword);
      await expect.poll(() => tableRows(page).count()).toBe(3);
      await page.getByTestId('new-threshold').click();
      await page.getByTestId('run-backtest').click();
      await page.getByTestId('backtest-headline').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.locator('aty-lang-switch button[lang="es"]').click();
      await expect.poll(() => page.locator('main h1').textContent()).toBe(es['page.thresholds.title']);
      expect(await page.getByTestId('backtest-headline').textContent()).toMatch(
        /^Este umbral habría generado /,
      );
      expect(await page.getByTestId('threshold-preview').textContent()).toBe(
        'Genera una alerta cuando, en cualquier país: el puntaje llega a nivel alto (≥ 40), durante 1 día.',
      );
      // The shipped thresholds' names read in Spanish too (stored in English).
      await expect
        .poll(() => tableRows(page).allTextContents())
        .toEqual(
          expect.arrayContaining([
            expect.stringContaining('El puntaje llega a nivel alto'),
            expect.stringContaining('El puntaje sube 15 puntos en 30 días'),
            expect.stringContaining('La intención de destruir a un grupo protegido (RF10) llega a 0,5'),
          ]),
        );
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'thresholds-es');
    },
    SLOW,
  );
});
