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
import { flatText, type ReportsApi, reportsApi } from './reports-api.ts';

interface StoredHit {
  id: string;
  indicatorId: string;
  matches: Array<{ start: number; end: number }>;
  evidence: { start: number; end: number; text: string };
  weight: number;
  review: { decision: string; note: string | null; by: string } | null;
}
interface Detail {
  id: string;
  text: string;
  score: number;
  hits: StoredHit[];
}

// Several sentences, hits whose matched words overlap ("Militia … burned" fires three indicators), a negated
// sentence and a historical one: every kind of mark the page draws.
const TEXT = [
  'Weekly situation report.',
  'Militia fighters burned homes in El Geneina and killed 40 Masalit civilians.',
  'Soldiers raped women at the checkpoint near the market.',
  'No civilians were killed in the second attack.',
  'In 1994 soldiers massacred Tutsi civilians.',
].join(' ');

const PASSWORD = 'a long enough passphrase';

const deepFocus = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el
      ? { tag: el.tagName, hits: el.getAttribute('data-hits'), start: Number(el.getAttribute('data-start')) }
      : null;
  });

describeInBrowser('the report page', () => {
  const suite = useBrowserSuite();
  let api: ReportsApi;
  let reportId: string;
  let xssId: string;

  beforeAll(async () => {
    api = await reportsApi(suite.url, suite.adminPassword);
    await api.createUser('ana.analyst', PASSWORD, 'analyst');
    await api.createUser('vic.viewer', PASSWORD, 'viewer');
    const stored = await api.post<{ id: string }>('/api/reports', {
      country: 'SDN',
      date: '2026-03-10',
      title: 'Geneina weekly update',
      text: TEXT,
      period: { from: '2026-03-01', to: '2026-03-07' },
      source: { name: 'Field monitor', url: 'https://example.org/reports/12', reliability: 'B2' },
      tags: ['darfur', 'west'],
      externalId: 'fm-12',
    });
    expect(stored.status).toBe(201);
    reportId = stored.body.id;
    const xss = await api.post<{ id: string }>('/api/reports', {
      country: 'SDN',
      date: '2026-03-11',
      title: '<img src=x onerror="window.__xss=1">',
      text: '<script>window.__xss=2</script> Militia fighters burned homes in Nyala. <img src=x onerror="window.__xss=3">',
      source: { name: '<b onmouseover="window.__xss=4">Monitor</b>', url: 'https://example.org/"><script>' },
    });
    expect(xss.status).toBe(201);
    xssId = xss.body.id;
  });

  it('shows the metadata, the score and the full text with every hit’s words marked at their offsets', async () => {
    const report = await api.get<Detail>(`/api/reports/${reportId}`);
    expect(report.hits.length).toBeGreaterThanOrEqual(5);
    const { page } = await suite.open();
    await page.goto(`${suite.url}/reports/${reportId}`);
    await signIn(page, 'admin', suite.adminPassword);
    await page.getByTestId('report-text').waitFor();

    expect(await page.getByTestId('report-title').textContent()).toBe('Geneina weekly update');
    const meta = page.getByTestId('report-meta');
    expect(await meta.textContent()).toContain('Sudan');
    expect(await page.getByTestId('report-reliability').textContent()).toBe(
      'B2: source usually reliable; information probably true',
    );
    const link = page.getByTestId('report-source').locator('a');
    expect(await link.getAttribute('href')).toBe('https://example.org/reports/12');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await meta.textContent()).toContain('darfur');
    expect(await meta.textContent()).toContain('fm-12');

    // The page's text is the stored text, character for character.
    expect(await page.getByTestId('report-text').textContent()).toBe(report.text);
    // Every mark is exactly the slice of the text its offsets name…
    const marks = await page.locator('aty-highlighted-text mark').evaluateAll((elements) =>
      elements.map((m) => ({
        text: m.textContent,
        start: Number(m.getAttribute('data-start')),
        end: Number(m.getAttribute('data-end')),
        hits: (m.getAttribute('data-hits') ?? '').split(' ').map(Number),
      })),
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.text).toBe(report.text.slice(mark.start, mark.end));
    // …and each hit's matches are covered exactly by the marks that carry its number.
    report.hits.forEach((hit, index) => {
      for (const match of hit.matches) {
        const covering = marks.filter(
          (m) => m.hits.includes(index) && m.start >= match.start && m.end <= match.end,
        );
        expect(covering.map((m) => m.text).join('')).toBe(report.text.slice(match.start, match.end));
      }
    });
    // Overlapping hits share marks: some mark belongs to more than one hit.
    expect(marks.some((m) => m.hits.length > 1)).toBe(true);

    // Hits beside the text, with the legal basis written the way lawyers cite it.
    const items = page.locator('aty-report-hits li[data-hit-index]');
    expect(await items.count()).toBe(report.hits.length);
    expect(await flatText(page.locator('aty-report-hits'))).toMatch(/Art\. \d+(\(\d+\))?\([a-z]\)/);
    expect(await flatText(page.locator('aty-report-hits'))).toContain(en['reports.hit.negated']);
    expect(await flatText(page.locator('aty-report-hits'))).toContain('Masalit (ethnic group)');
    const score = await flatText(page.getByTestId('summary-score'));
    expect(score?.replace(/\s+/g, ' ').trim()).toMatch(
      new RegExp(`^${report.score.toFixed(1).replace(/\.0$/, '').replace('.', '\\.')} `),
    );
  });

  it('scrolls to and focuses a hit’s words when the hit is chosen, with the mouse or the keyboard', async () => {
    const report = await api.get<Detail>(`/api/reports/${reportId}`);
    const { page } = await suite.open({ viewport: { width: 1280, height: 500 } });
    await page.goto(`${suite.url}/reports/${reportId}`);
    await signIn(page, 'vic.viewer', PASSWORD);
    await page.getByTestId('report-text').waitFor();

    const last = report.hits.length - 1;
    await page.locator(`aty-report-hits li[data-hit-index="${last}"] aty-report-hit button.link`).click();
    const focused = await deepFocus(page);
    expect(focused?.tag).toBe('MARK');
    expect(focused?.hits?.split(' ')).toContain(String(last));
    expect(focused?.start).toBeGreaterThanOrEqual(report.hits[last]!.evidence.start);
    const inView = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const box = el!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await page.locator(`aty-report-hits li[data-hit-index="${last}"]`).getAttribute('class')).toBe(
      'selected',
    );

    // Keyboard: focus the first hit's button, press Enter.
    await page.locator('aty-report-hits li[data-hit-index="0"] aty-report-hit button.link').focus();
    await page.keyboard.press('Enter');
    const again = await deepFocus(page);
    expect(again?.hits?.split(' ')).toContain('0');
    expect(again?.start).toBeGreaterThanOrEqual(report.hits[0]!.evidence.start);

    // A viewer sees reviews but cannot make them.
    expect(await page.getByRole('button', { name: /^Confirm/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Reject/ }).count()).toBe(0);
  });

  it('lets an analyst reject, withdraw and confirm a hit, and the score follows', async () => {
    const before = await api.get<Detail>(`/api/reports/${reportId}`);
    const strongest = before.hits.reduce((a, b, i) => (b.weight > before.hits[a]!.weight ? i : a), 0);
    const { page } = await suite.open();
    await page.goto(`${suite.url}/reports/${reportId}`);
    await signIn(page, 'ana.analyst', PASSWORD);
    const item = page.locator(`aty-report-hits li[data-hit-index="${strongest}"]`);
    await item.waitFor();
    expect(await item.getByTestId('review-state').textContent()).toBe(en['reports.review.none']);

    await item.getByRole('button', { name: `Reject (hit ${strongest + 1})` }).click();
    await expect
      .poll(() => item.getByTestId('review-state').textContent())
      .toContain('Rejected by ana.analyst');
    const rejected = await api.get<Detail>(`/api/reports/${reportId}`);
    expect(rejected.score).toBeLessThan(before.score);
    expect(rejected.hits[strongest]!.review).toMatchObject({ decision: 'rejected', by: 'ana.analyst' });
    const status = page.locator('#hits-title + [role="status"]');
    expect(await status.textContent()).toContain(
      `went from ${before.score.toFixed(1).replace(/\.0$/, '')} to ${rejected.score.toFixed(1).replace(/\.0$/, '')}`,
    );
    expect(await flatText(page.getByTestId('summary-score'))).toContain(
      rejected.score.toFixed(1).replace(/\.0$/, ''),
    );
    expect(await flatText(item)).toContain(en['reports.hit.rejectedAddsNothing']);

    await item.getByRole('button', { name: `Withdraw review (hit ${strongest + 1})` }).click();
    await expect.poll(() => item.getByTestId('review-state').textContent()).toBe(en['reports.review.none']);
    expect((await api.get<Detail>(`/api/reports/${reportId}`)).score).toBe(before.score);

    await item.locator('summary').click();
    await item.getByLabel(`Note for hit ${strongest + 1} (optional)`).fill('Matches the UN panel’s account');
    await item.getByRole('button', { name: `Confirm (hit ${strongest + 1})` }).click();
    await expect
      .poll(() => item.getByTestId('review-state').textContent())
      .toContain('Confirmed by ana.analyst');
    expect(await item.getByTestId('review-state').textContent()).toContain(
      'Note: Matches the UN panel’s account',
    );
    const confirmed = await api.get<Detail>(`/api/reports/${reportId}`);
    expect(confirmed.score).toBe(before.score);
    expect(confirmed.hits[strongest]!.review).toMatchObject({
      decision: 'confirmed',
      note: 'Matches the UN panel’s account',
    });
    expect(
      await item.getByRole('button', { name: `Confirm (hit ${strongest + 1})` }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('renders markup in a title, text or source as text: nothing runs, no element is created', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/reports/${xssId}`);
    await signIn(page, 'admin', suite.adminPassword);
    await page.getByTestId('report-text').waitFor();
    expect(await page.getByTestId('report-title').textContent()).toBe('<img src=x onerror="window.__xss=1">');
    expect(await page.getByTestId('report-text').textContent()).toContain('<script>window.__xss=2</script>');
    expect(await page.getByTestId('report-source').textContent()).toContain(
      '<b onmouseover="window.__xss=4">Monitor</b>',
    );
    // Every element the app rendered, through every shadow root: none came from the report.
    const injected = await page.evaluate(() => {
      const found: string[] = [];
      const walk = (root: ParentNode) => {
        for (const el of root.querySelectorAll('*')) {
          if (['IMG', 'SCRIPT', 'B'].includes(el.tagName)) found.push(el.tagName);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document.querySelector('aty-app')!.shadowRoot!);
      return found;
    });
    expect(injected).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // The stored URL is http(s), so it is a link; its odd characters are percent-encoded, not markup.
    expect(await page.getByTestId('report-source').locator('a').getAttribute('href')).toBe(
      'https://example.org/%22%3E%3Cscript%3E',
    );
  });

  it('says when a report does not exist, and has no serious axe violations in English and Spanish', async () => {
    const { page, allowHttpError } = await suite.open();
    allowHttpError(404, '/api/reports/00000000-0000-4000-8000-000000000000');
    await page.goto(`${suite.url}/reports/00000000-0000-4000-8000-000000000000`);
    await signIn(page, 'admin', suite.adminPassword);
    await expect
      .poll(() => page.locator('aty-report-page [role="alert"]').textContent())
      .toContain(en['reports.notFound']);

    await page.goto(`${suite.url}/reports/${reportId}`);
    await page.getByTestId('report-text').waitFor();
    await page.locator('aty-report-hits li[data-hit-index="1"] aty-report-hit button.link').click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'report-en');
    await page.locator('aty-lang-switch button[lang="es"]').click();
    await expect.poll(() => page.locator('#text-title').textContent()).toBe(es['reports.text.title']);
    expect(await page.getByTestId('report-reliability').textContent()).toBe(
      'B2: fuente normalmente confiable; información probablemente cierta',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
