import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

// Debian's Chromium, never a downloaded one (`playwright install` is not allowed on these machines).
export const CHROMIUM_PATH = '/usr/bin/chromium';
const MISSING_MESSAGE = 'BROWSER TESTS DID NOT RUN: install Chromium with: apt-get install -y chromium';

export const ARTIFACTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

/**
 * `describe` for tests that need Chromium. Without it, `npm test` must still pass on a machine that cannot
 * run them, but loudly; CI sets ATALAYA_REQUIRE_BROWSER=1 so a missing browser fails there instead.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it('runs in Chromium', () => {
      if (process.env.ATALAYA_REQUIRE_BROWSER === '1') throw new Error(MISSING_MESSAGE);
      const bar = '!'.repeat(MISSING_MESSAGE.length);
      console.warn(`\n${bar}\n${MISSING_MESSAGE}\n(${name})\n${bar}\n`);
    });
  });
}

/**
 * Per test file: one real server on a fresh database and one Chromium. Every page opened through `open()` is
 * closed after its test, which then fails if the page logged an error, threw, or hit the CSP.
 */
export interface BrowserSuite {
  url: string;
  adminPassword: string;
  browser: Browser;
  /** The server's database, for test data no API can create (e.g. reports flagged synthetic). */
  database: TestServer['database'];
  open(options?: BrowserContextOptions): Promise<WatchedPage>;
}

export function useBrowserSuite(): BrowserSuite {
  let close: (() => Promise<void>) | undefined;
  let opened: WatchedPage[] = [];
  const suite: BrowserSuite = {
    url: '',
    adminPassword: '',
    browser: undefined as unknown as Browser,
    database: undefined as unknown as TestServer['database'],
    async open(options) {
      const watched = await openPage(suite.browser, options);
      opened.push(watched);
      return watched;
    },
  };
  beforeAll(async () => {
    const [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    Object.assign(suite, {
      url: server.url,
      adminPassword: server.adminPassword,
      database: server.database,
      browser,
    });
    close = server.close;
  });
  afterEach(async () => {
    const problems = opened.flatMap((watched) => watched.problems);
    await Promise.all(opened.map((watched) => watched.context.close()));
    opened = [];
    expect(problems, 'console errors, uncaught errors or CSP violations').toEqual([]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await close?.();
  });
  return suite;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox', // the tests run as root
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A page that records everything that should never happen: console errors, uncaught errors, CSP refusals. */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  problems: string[];
  /** Chromium logs every HTTP error response; a test that provokes one on purpose declares it here. */
  allowHttpError(status: number, path: string): void;
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  const page = await context.newPage();
  // The contract answers 401 to the start-up session check when signed out, and to a wrong password.
  const allowed = [
    { status: 401, path: '/api/auth/me' },
    { status: 401, path: '/api/auth/login' },
  ];
  const problems: string[] = [];
  page.on('console', (message) => {
    // Chromium reports CSP refusals ("Refused to apply inline style…") as console errors; warnings count too,
    // because the app has none of its own (Lit's dev-mode warning would mean a wrong build).
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = message.text();
    const url = message.location().url;
    const expected = allowed.some(
      ({ status, path }) => text.includes(`status of ${status}`) && new URL(url).pathname === path,
    );
    if (!expected) problems.push(`console.${message.type()}: ${text} (${url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { context, page, problems, allowHttpError: (status, path) => void allowed.push({ status, path }) };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Signs in through the form, the way a person does, and waits until the shell shows the user. The page must
 * be on (or on its way to) the login page.
 */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('aty-login button[type="submit"]').click();
  await page.getByTestId('current-user').waitFor();
}

let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe-core on the page and returns its serious and critical violations. The source is evaluated through
 * the DevTools protocol, which the page's CSP does not govern, so the app's CSP stays on during the audit.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: AxeViolation[];
    };
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target }) => ({ target })),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** The i18n key of the database backend the test server runs on (PostgreSQL when TEST_DATABASE_URL is set). */
export const DB_KEY = process.env.TEST_DATABASE_URL ? ('db.postgres' as const) : ('db.pglite' as const);
