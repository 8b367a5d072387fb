import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildBriefing } from '../../server/briefing/briefing-model.ts';
import { renderHtml } from '../../server/briefing/render-html.ts';
import { renderMarkdown } from '../../server/briefing/render-markdown.ts';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.ts';
import { describeInBrowser, launchBrowser } from '../helpers/browser.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { createTestDatabase, createTestDataDir } from '../helpers/test-database.ts';
import { flat, injectedElements, injectedInHtml, watchForXss } from '../helpers/xss-detect.ts';
import { type AdminRequest, payloadReport, seedXssData } from '../helpers/xss-seed.ts';
import { FACTS } from './briefing/briefing-facts.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COMBINATIONS = (['en', 'es'] as const).flatMap((lang) =>
  (['true', 'false'] as const).flatMap((redactSources) =>
    (['full', 'handout'] as const).map((variant) => ({ lang, redactSources, variant })),
  ),
);

/** The document's text as a browser shows it (entities decoded), whitespace collapsed. */
function htmlText(html: string): string {
  const parts: string[] = [];
  const visit = (node: { nodeName: string; value?: string; childNodes?: unknown[] }) => {
    if (node.nodeName === '#text') parts.push(node.value ?? '');
    if (node.nodeName === 'style' || node.nodeName === 'script') return;
    for (const child of node.childNodes ?? []) visit(child as typeof node);
  };
  visit(parse(html) as unknown as Parameters<typeof visit>[0]);
  return flat(parts.join(''));
}

/** Markdown renderers as permissive as chat apps and wikis get: raw HTML allowed, and every link kept. */
const permissive = new MarkdownIt({ html: true, linkify: true });
permissive.validateLink = () => true;
const strict = new MarkdownIt({ html: true, linkify: false });

type Token = ReturnType<typeof strict.parse>[number];
const allTokens = (tokens: Token[]): Token[] => tokens.flatMap((t) => [t, ...allTokens(t.children ?? [])]);

/** What Markdown made of a briefing: any HTML, link or image token (none allowed), and the rendered HTML. */
function readMarkdown(markdown: string) {
  const active = allTokens(strict.parse(markdown, {}))
    .map((token) => token.type)
    .filter((type) => /^(html_|link_|image)/.test(type));
  // Even a renderer that turns bare URLs into links makes none here (the briefing breaks up "://").
  const linkified = allTokens(permissive.parse(markdown, {}))
    .filter((token) => token.type === 'link_open')
    .map((token) => token.attrGet('href'));
  return { active, linkified, html: permissive.render(markdown) };
}

describe('the XSS payload fixture', () => {
  it('has at least 40 distinct payloads, each with the marker and reporting its own number', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(XSS_PAYLOADS.map((p) => p.text)).size).toBe(XSS_PAYLOADS.length);
    for (const p of XSS_PAYLOADS) {
      const reported = [...p.text.matchAll(/(?:__xss\(|xss-beacon(?:\.invalid)?\/|xss-|xss )(\d+)/g)];
      expect(reported.length, p.kind).toBeGreaterThan(0);
      expect(new Set(reported.map((m) => Number(m[1]))), p.kind).toEqual(new Set([p.id]));
    }
  });
});

// One briefing per payload, pure (no database): the payload is the quoted sentence's words, the report's
// title, the source's name and URL, and an alert's name, with sources shown, so it reaches every slot.
const briefingWith = (text: string, lang: 'en' | 'es') =>
  buildBriefing(
    {
      ...FACTS,
      evidence: [
        { ...FACTS.evidence[0]!, text: `A monk told the crowd to drive them out. ${text}`, title: text },
        { ...FACTS.evidence[0]!, text: `${text} They must be cleansed.`, source: { name: text, url: null } },
        {
          ...FACTS.evidence[1]!,
          text: `Soldiers killed 23 villagers near ${text}.`,
          source: { name: text, url: `https://monitor.example.org/?q=${text}` },
        },
      ],
      alerts: [{ thresholdName: text, metric: 'score', value: 63.1, triggeredAt: '2026-06-20' }],
      protectedNames: [],
    },
    { lang, variant: 'full', redactSources: false },
  );

describe('the briefing renderers, with a payload in every field', () => {
  it('escapes every payload in the HTML, and shows it as text in each slot', () => {
    for (const p of XSS_PAYLOADS) {
      for (const lang of ['en', 'es'] as const) {
        const html = renderHtml(briefingWith(p.text, lang));
        expect(injectedInHtml(html), p.kind).toEqual([]);
        // Quote, title, two source names, the link text and the alert's name.
        expect(htmlText(html).split(flat(p.text)).length - 1, p.kind).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it('escapes every payload in the Markdown, which a renderer shows as written, never as markup or a link', () => {
    for (const p of XSS_PAYLOADS) {
      for (const lang of ['en', 'es'] as const) {
        const read = readMarkdown(renderMarkdown(briefingWith(p.text, lang)));
        expect(read.active, p.kind).toEqual([]);
        expect(read.linkified, p.kind).toEqual([]);
        expect(injectedInHtml(read.html), p.kind).toEqual([]);
        expect(htmlText(read.html).split(flat(p.text)).length - 1, p.kind).toBeGreaterThanOrEqual(6);
      }
    }
  });
});

describe('briefings and exports with an XSS payload in every field', () => {
  let t: TestApp;
  let admin: AdminRequest;

  beforeAll(async () => {
    t = await createTestApp();
    // Named "admin", as on a real server, so alerts can be assigned to it.
    const session = await t.signIn('admin', 'admin');
    admin = session.request;
    await seedXssData(admin, () => t.services.alertWorker.tick());
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  const get = async (path: string) => {
    const res = await admin(path);
    expect(res.status, path).toBe(200);
    return res;
  };

  it('refuses every payload as a username, so none can reach a page that way', async () => {
    for (const p of XSS_PAYLOADS) {
      const res = await admin('/api/users', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: p.text, password: 'a long enough passphrase', role: 'viewer' }),
      });
      expect(res.status, p.kind).toBe(400);
      const body = (await res.json()) as { error: { details: Array<{ path: string }> } };
      expect(body.error.details.map((d) => d.path)).toContain('username');
    }
  });

  /** The threshold names a Sudan briefing lists: its open alerts, as the briefing service asks for them. */
  const listedNames = async () => {
    const res = await get('/api/alerts?status=open&country=SDN&limit=20');
    const { items } = (await res.json()) as { items: Array<{ thresholdName: string }> };
    return items.map((a) => a.thresholdName).filter((name) => XSS_PAYLOADS.some((p) => p.text === name));
  };

  it('escapes the HTML briefing in every language, variant and redaction, and names the alerts as text', async () => {
    const names = await listedNames();
    expect(names.length).toBeGreaterThan(10); // the built-in thresholds' alerts are among the 20 too
    for (const q of COMBINATIONS) {
      const query = `format=html&lang=${q.lang}&redactSources=${q.redactSources}&variant=${q.variant}`;
      const html = await (await get(`/api/briefings/SDN?${query}`)).text();
      expect(injectedInHtml(html), query).toEqual([]);
      if (q.redactSources === 'false' && q.variant === 'full') {
        const text = htmlText(html);
        expect(
          names.filter((name) => !text.includes(flat(name))),
          query,
        ).toEqual([]);
      }
    }
  });

  it('escapes the Markdown briefing in every language, variant and redaction: no HTML, link or image', async () => {
    const names = await listedNames();
    for (const q of COMBINATIONS) {
      const query = `format=md&lang=${q.lang}&redactSources=${q.redactSources}&variant=${q.variant}`;
      const read = readMarkdown(await (await get(`/api/briefings/SDN?${query}`)).text());
      expect(read.active, query).toEqual([]);
      expect(read.linkified, query).toEqual([]);
      expect(injectedInHtml(read.html), query).toEqual([]);
      if (q.redactSources === 'false' && q.variant === 'full') {
        const text = htmlText(read.html);
        expect(
          names.filter((name) => !text.includes(flat(name))),
          query,
        ).toEqual([]);
      }
    }
  });

  it('writes the PDF and the SMS as text only: no script, action or link in the PDF', async () => {
    for (const lang of ['en', 'es']) {
      const pdf = Buffer.from(
        await (await get(`/api/briefings/SDN?format=pdf&lang=${lang}&redactSources=false`)).arrayBuffer(),
      ).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect(pdf).not.toMatch(/\/(JavaScript|JS|Launch|URI|OpenAction|AA|SubmitForm|ImportData)\b/);
      const sms = await get(`/api/briefings/SDN?format=sms&lang=${lang}&redactSources=false`);
      expect(sms.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(sms.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('escapes the alerts Atom feed: only Atom elements, no CDATA or comment', async () => {
    const xml = await (await get('/api/alerts.atom')).text();
    const elements = new Set([...xml.matchAll(/<([A-Za-z?][\w:.-]*)/g)].map((m) => m[1]));
    expect([...elements].sort()).toEqual(
      ['?xml', 'category', 'entry', 'feed', 'id', 'link', 'published', 'summary', 'title', 'updated'].sort(),
    );
    expect(xml).not.toMatch(/<!\[CDATA\[|<!--/);
  });

  describeInBrowser('opened in Chromium, with no Content-Security-Policy to fall back on', () => {
    it('runs nothing from the HTML briefing or the rendered Markdown briefing, and parses the feed as Atom', async () => {
      const documents: Array<[string, string]> = [];
      for (const lang of ['en', 'es']) {
        const query = `lang=${lang}&redactSources=false`;
        documents.push([`html ${lang}`, await (await get(`/api/briefings/SDN?format=html&${query}`)).text()]);
        const md = await (await get(`/api/briefings/SDN?format=md&${query}`)).text();
        documents.push([`md ${lang}`, `<!doctype html><meta charset="utf-8">${permissive.render(md)}`]);
      }
      // And every payload in every slot: the pure renderers' documents, one after another in one page.
      const each = XSS_PAYLOADS.map((p) => briefingWith(p.text, 'en'));
      documents.push(['renderer html', each.map(renderHtml).join('\n')]);
      documents.push([
        'renderer md',
        `<!doctype html><meta charset="utf-8">${each.map((doc) => permissive.render(renderMarkdown(doc))).join('\n')}`,
      ]);
      const browser = await launchBrowser();
      onTestFinished(() => browser.close());
      const context = await browser.newContext();
      const page = await context.newPage();
      const watch = await watchForXss(context, page);
      let served = '';
      // A real origin (relative beacon URLs resolve against it), and no CSP header: only escaping protects.
      await page.route('http://briefing.test/**', (route) =>
        new URL(route.request().url()).pathname === '/'
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: served })
          : route.fulfill({ status: 404, body: '' }),
      );
      for (const [name, body] of documents) {
        served = body;
        await page.goto('http://briefing.test/');
        await page.waitForLoadState('load');
        expect(await injectedElements(page), name).toEqual([]);
        expect(await watch.fired(page), name).toEqual({ calls: [], dialogs: [], beacons: [] });
      }

      const xml = await (await get('/api/alerts.atom')).text();
      const feed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          titles: [...doc.getElementsByTagName('title')].map((e) => e.textContent ?? ''),
        };
      }, xml);
      expect(feed.error).toBeNull();
      // The feed holds the 50 latest alerts (the route's own query); each title quotes its threshold's name.
      const { items } = (await (await get('/api/alerts?limit=50')).json()) as {
        items: Array<{ thresholdName: string }>;
      };
      const names = items.map((a) => a.thresholdName).filter((n) => XSS_PAYLOADS.some((p) => p.text === n));
      expect(names.length).toBeGreaterThan(30);
      expect(names.filter((name) => !feed.titles.some((title) => title.includes(name)))).toEqual([]);
    });
  });
});

describe('npm run cli -- export with an XSS payload in every field', () => {
  const work = mkdtempSync(join(tmpdir(), 'atalaya-xss-cli-'));
  const cleanups: Array<() => Promise<void> | void> = [() => rmSync(work, { recursive: true, force: true })];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('writes one JSON record per line, each holding the payloads exactly', async () => {
    let storage: Record<string, string>;
    if (process.env.TEST_DATABASE_URL) {
      const db = await createTestDatabase();
      await db.close();
      cleanups.push(() => db.destroy());
      storage = { DATABASE_URL: db.location.url! };
    } else {
      const dir = createTestDataDir();
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      storage = { ATALAYA_DATA_DIR: dir };
    }
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', TZ: 'UTC', LOG_LEVEL: 'warn', ...storage },
        encoding: 'utf8',
        timeout: 120_000,
      });
    const reports = XSS_PAYLOADS.map((_, i) => payloadReport(i));
    const file = join(work, 'payloads.ndjson');
    writeFileSync(file, reports.map((r) => JSON.stringify(r)).join('\n'));
    expect(cli('ingest', file).status).toBe(0);

    const exported = cli('export', '--include-sources');
    expect(exported.status).toBe(0);
    // Line-based readers split on more than \n (Python's splitlines() on U+2028 and U+2029, too).
    expect(exported.stdout).not.toMatch(/[\r\u2028\u2029\u0085]/);
    const lines = exported.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(reports.length);
    const records = lines.map(
      (line) =>
        JSON.parse(line) as {
          title: string;
          text: string;
          source: { name: string; url: string };
          tags: string[];
          externalId: string;
        },
    );
    for (const report of reports) {
      const record = records.find((r) => r.externalId === report.externalId);
      expect(record, report.externalId).toMatchObject({
        title: report.title,
        text: report.text,
        // URL parsing drops tabs and line breaks (WHATWG URL), as it stores them.
        source: { name: report.source.name, url: report.source.url.replace(/[\t\n\r]/g, '') },
        tags: report.tags,
      });
    }
  }, 180_000); // two CLI processes (tsx start-up, migrations): slow on a busy machine
});
