import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
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

interface Span {
  start: number;
  end: number;
}
interface AlertDetail extends AlertRow {
  evidence: Array<{
    evidence: { text: string; start: number; end: number };
    matches: Span[];
    title: string | null;
  }>;
  events: Array<{ action: string; actor: string; note: string | null }>;
}

const rows = (page: Page) => page.locator('aty-alert-table tbody tr');
const statuses = (page: Page) =>
  rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')));
const RANK: Record<string, number> = { open: 0, acknowledged: 1, resolved: 2 };
const inLifecycleOrder = (list: (string | null)[]) =>
  list.every((s, i) => i === 0 || RANK[list[i - 1]!]! <= RANK[s!]!);

/** The words at each span, merged where spans overlap or touch (one <mark> then covers them). */
function expectedMarks(item: AlertDetail['evidence'][number]): string[] {
  const { text, start } = item.evidence;
  const ranges = item.matches
    .map((m) => ({ start: Math.max(0, m.start - start), end: Math.min(text.length, m.end - start) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged.map((r) => text.slice(r.start, r.end));
}

// Each test walks several pages and runs axe; on a shared 2-core machine that can take over the default 30 s.
const SLOW = 120_000;

describeInBrowser('the alerts inbox and the alert page', () => {
  const suite = useBrowserSuite();
  let api: ApiClient;
  let alerts: AlertRow[];

  beforeAll(async () => {
    api = await adminApi(suite.url, suite.adminPassword);
    await addUser(api, 'ana.analyst', 'analyst');
    await addUser(api, 'vera.viewer', 'viewer');
    await api.ndjson('/api/reports/bulk', [...strongReports('SDN'), ...strongReports('MMR')]);
    // Three built-in thresholds × two countries.
    alerts = await waitForAlerts(api, 6);
  }, SLOW);

  it(
    'lets an analyst acknowledge alerts in bulk, then resolve, reopen and assign one, with its history',
    async () => {
      const { page } = await suite.open();
      await page.goto(`${suite.url}/alerts`);
      await signIn(page, 'ana.analyst', PASSWORD);
      await expect.poll(() => rows(page).count()).toBe(alerts.length);
      expect(await page.locator('main h1').textContent()).toBe(en['page.alerts.title']);
      expect(new Set(await statuses(page))).toEqual(new Set(['open']));
      // Each row says what fired in words, with the country's name.
      const sudanScore = rows(page)
        .filter({ hasText: 'Sudan' })
        .filter({ hasText: 'Score reached high (≥ 40)' });
      expect(await sudanScore.count()).toBe(1);
      expect(await page.getByTestId('alerts-feed').getAttribute('href')).toBe('/api/alerts.atom');

      // Bulk acknowledgement of the two Myanmar alerts that are not about the score level.
      const myanmar = rows(page).filter({ hasText: 'Myanmar' });
      const chosen = [
        myanmar.filter({ hasText: 'Risk factor RF10' }),
        myanmar.filter({ hasText: 'rose by at least' }),
      ];
      const chosenIds = await Promise.all(chosen.map((row) => row.getAttribute('data-alert')));
      for (const row of chosen) await row.locator('input[type="checkbox"]').check();
      expect(await page.getByTestId('bulk-count').textContent()).toContain('2 selected');
      await page.locator('#bulk-note').fill('Desk is checking with the field office');
      await page.locator('aty-alert-bulk button[type="submit"]').click();
      await expect.poll(() => page.getByTestId('bulk-result').textContent()).toBe('2 alerts acknowledged.');
      await expect
        .poll(async () => (await statuses(page)).filter((s) => s === 'acknowledged').length)
        .toBe(2);
      const order = await statuses(page);
      expect(inLifecycleOrder(order), order.join(',')).toBe(true);
      for (const id of chosenIds) {
        expect(await page.locator(`tr[data-alert="${id}"]`).getAttribute('data-status')).toBe('acknowledged');
        const detail = await api.get<AlertDetail>(`/api/alerts/${id}`);
        expect(detail.events.at(-1)).toMatchObject({
          action: 'acknowledged',
          actor: 'ana.analyst',
          note: 'Desk is checking with the field office',
        });
      }

      // Filters live in the URL.
      await page.locator('#alert-status').selectOption('acknowledged');
      await expect.poll(() => new URL(page.url()).search).toBe('?status=acknowledged');
      await expect.poll(() => rows(page).count()).toBe(2);
      await page.locator('#alert-status').selectOption('');
      await page.locator('#alert-country').selectOption('SDN');
      await expect.poll(() => new URL(page.url()).search).toBe('?country=SDN');
      await expect.poll(() => rows(page).count()).toBe(3);
      expect(await rows(page).filter({ hasText: 'Myanmar' }).count()).toBe(0);
      await page.locator('aty-alert-filters button', { hasText: en['alerts.filter.clear'] }).click();
      await expect.poll(() => rows(page).count()).toBe(alerts.length);
      await screenshot(page, 'alerts-en');

      // The alert page: resolve with a note, reopen, assign.
      await sudanScore.locator('a').click();
      const id = alerts.find((a) => a.country === 'SDN' && a.metric === 'score' && a.kind === 'level')!.id;
      await expect.poll(() => new URL(page.url()).pathname).toBe(`/alerts/${id}`);
      await expect
        .poll(() => page.getByTestId('alert-title').textContent())
        .toBe('Sudan: Score reached high (≥ 40)');
      const result = page.getByTestId('action-result');
      await page.locator('#action-note').fill('Field team deployed; situation contained');
      await page.locator('button[data-action="resolve"]').click();
      await expect.poll(() => result.textContent()).toBe(en['alerts.actions.done.resolve']);
      await expect
        .poll(() => page.locator('aty-alert-facts [data-status]').getAttribute('data-status'))
        .toBe('resolved');
      await page.locator('#action-note').fill('New reports of killings');
      await page.locator('button[data-action="reopen"]').click();
      await expect.poll(() => result.textContent()).toBe(en['alerts.actions.done.reopen']);
      await expect
        .poll(() => page.locator('aty-alert-facts [data-status]').getAttribute('data-status'))
        .toBe('open');
      await page.locator('#assignee').fill('vera.viewer');
      await page.locator('#assign-note').fill('Please brief the desk');
      await page.locator('aty-alert-actions button[type="submit"]').click();
      await expect.poll(() => result.textContent()).toBe('Assigned to vera.viewer.');
      await expect.poll(() => page.getByTestId('alert-assignee').textContent()).toBe('vera.viewer');

      const history = page.locator('aty-alert-history li');
      await expect.poll(() => history.count()).toBe(4);
      expect(await history.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-action')))).toEqual([
        'opened',
        'resolved',
        'reopened',
        'assigned',
      ]);
      const said = await history.allTextContents();
      expect(said[0]).toContain(en['alerts.history.automatic']);
      expect(said[1]).toContain('by ana.analyst');
      expect(said[1]).toContain('Field team deployed; situation contained');
      expect(said[2]).toContain('New reports of killings');
      expect(said[3]).toContain('Assigned to vera.viewer');
      expect(said[3]).toContain('Please brief the desk');

      // Evidence: every <mark> is exactly the words at the hit's spans.
      const detail = await api.get<AlertDetail>(`/api/alerts/${id}`);
      expect(detail.evidence.length).toBeGreaterThan(0);
      const quotes = page.getByTestId('evidence-quote');
      await expect.poll(() => quotes.count()).toBe(Math.min(10, detail.evidence.length));
      for (const [i, item] of detail.evidence.slice(0, 10).entries()) {
        const quote = quotes.nth(i);
        expect(await quote.textContent()).toBe(item.evidence.text);
        expect(await quote.locator('mark').allTextContents()).toEqual(expectedMarks(item));
      }

      // The trend: the metric, a flat threshold line at 40 and the trigger day.
      const chart = page.getByTestId('alert-trend-svg');
      await chart.waitFor();
      expect(await chart.getAttribute('role')).toBe('img');
      expect(await chart.getAttribute('aria-label')).toMatch(
        /^Score in Sudan from .+ with the threshold line and the trigger day$/,
      );
      const line = (await page.getByTestId('threshold-line').getAttribute('d')) ?? '';
      const ys = [...line.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => m[1]);
      expect(ys.length).toBe(2);
      expect(ys[0]).toBe(ys[1]);
      expect((await page.getByTestId('value-line').getAttribute('d'))?.length).toBeGreaterThan(50);
      const trigger = page.locator('g.marker[data-marker="trigger"]');
      expect(await trigger.getAttribute('data-date')).toBe(detail.triggeredAt.slice(0, 10));
      expect(await page.locator('rect.held').count()).toBeGreaterThan(0);
      await screenshot(page, 'alert-en');
    },
    SLOW,
  );

  it(
    'shows a viewer the alerts and their evidence without any action',
    async () => {
      const { page } = await suite.open();
      await page.goto(`${suite.url}/alerts`);
      await signIn(page, 'vera.viewer', PASSWORD);
      await expect.poll(() => rows(page).count()).toBe(alerts.length);
      expect(await page.locator('aty-alert-table input[type="checkbox"]').count()).toBe(0);
      expect(await page.locator('aty-alert-bulk').count()).toBe(0);

      await rows(page).first().locator('a').click();
      await page.getByTestId('alert-title').waitFor();
      expect(await page.getByTestId('viewer-note').textContent()).toBe(en['alerts.actions.viewer']);
      expect(await page.locator('aty-alert-actions').count()).toBe(0);
      expect(await page.locator('main button[data-action]').count()).toBe(0);
      await page.getByTestId('alert-trend-svg').waitFor();
    },
    SLOW,
  );

  it(
    'binds report titles as text, passes axe in English and Spanish, and switches language without a reload',
    async () => {
      const { page } = await suite.open();
      const sudan = alerts.find((a) => a.country === 'SDN' && a.metric === 'score' && a.kind === 'rise')!;
      const detail = await api.get<AlertDetail>(`/api/alerts/${sudan.id}`);
      expect(detail.evidence.some((item) => item.title === XSS_TITLE)).toBe(true);
      await page.goto(`${suite.url}/alerts/${sudan.id}`);
      await signIn(page, 'admin', suite.adminPassword);
      await page.getByTestId('alert-trend-svg').waitFor();
      const links = page.getByTestId('evidence-report');
      await expect.poll(() => links.count()).toBeGreaterThan(0);
      const showAll = page.locator('aty-alert-evidence > button, aty-alert-evidence button.secondary');
      if (await showAll.count()) await showAll.click();
      await expect.poll(() => links.count()).toBe(detail.evidence.length);
      expect(await links.allTextContents()).toContain(`Report: ${XSS_TITLE}`);
      expect(await page.locator('main img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await seriousAxeViolations(page)).toEqual([]);

      // Switch language in place: the same document (no reload), every string in Spanish.
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
      await page.locator('aty-lang-switch button[lang="es"]').click();
      await expect
        .poll(() => page.getByTestId('alert-title').textContent())
        .toBe('Sudán: El puntaje subió al menos 15 en 30 días');
      expect(await page.locator('#respond-title').textContent()).toBe(es['alerts.actions.title']);
      expect(
        await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
      ).toBe(true);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'alert-es');

      await page.locator('aty-nav a', { hasText: es['nav.alerts'] }).click();
      await expect.poll(() => rows(page).count()).toBe(alerts.length);
      expect(await page.locator('main h1').textContent()).toBe(es['page.alerts.title']);
      expect(await rows(page).filter({ hasText: 'El puntaje llegó a nivel alto (≥ 40)' }).count()).toBe(2);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, 'alerts-es');
      await page.locator('aty-lang-switch button[lang="en"]').click();
      await expect.poll(() => page.locator('main h1').textContent()).toBe(en['page.alerts.title']);
      expect(await seriousAxeViolations(page)).toEqual([]);

      // The keyboard alone: tick an open alert with Space, reach the note with Tab, acknowledge with Enter.
      const openRow = rows(page)
        .filter({ has: page.locator('input[type="checkbox"]') })
        .first();
      const box = openRow.locator('input[type="checkbox"]');
      await box.focus();
      await page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(true);
      expect(await page.getByTestId('bulk-count').textContent()).toContain('1 selected');
      await page.locator('#bulk-note').focus();
      await page.keyboard.type('Seen on the night shift');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('bulk-result').textContent()).toBe(en['alerts.bulk.doneOne']);
    },
    SLOW,
  );
});
