// Data for the alerts and thresholds browser tests, loaded through the real API the way an integration would:
// an admin signs in, makes an API token, adds users and ingests reports as NDJSON; the server then raises the
// alerts on its own (its queue evaluates thresholds after every ingest).
import { expect } from 'vitest';

export interface ApiClient {
  get<T = unknown>(path: string): Promise<T>;
  send<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  ndjson(path: string, lines: object[]): Promise<unknown>;
}

/** An admin API client (Bearer token, so no CSRF header is needed). */
export async function adminApi(url: string, adminPassword: string): Promise<ApiClient> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await fetch(`${url}/api/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken, Origin: url },
    body: JSON.stringify({ name: 'browser test setup', role: 'admin' }),
  });
  expect(created.status).toBe(201);
  const { token } = (await created.json()) as { token: string };
  const auth = { Authorization: `Bearer ${token}` };

  const read = async <T>(response: Response, what: string): Promise<T> => {
    if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
  return {
    get: async (path) => read(await fetch(`${url}${path}`, { headers: auth }), `GET ${path}`),
    send: async (method, path, body) =>
      read(
        await fetch(`${url}${path}`, {
          method,
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: body === undefined ? null : JSON.stringify(body),
        }),
        `${method} ${path}`,
      ),
    ndjson: async (path, lines) =>
      read(
        await fetch(`${url}${path}`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/x-ndjson' },
          body: lines.map((line) => JSON.stringify(line)).join('\n'),
        }),
        `POST ${path}`,
      ),
  };
}

export const PASSWORD = 'a long enough passphrase';

export async function addUser(api: ApiClient, username: string, role: 'viewer' | 'analyst' | 'admin') {
  await api.send('POST', '/api/users', { username, password: PASSWORD, role });
}

/** `n` days before today (UTC), so the scores are current and the built-in thresholds see them. */
export const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

// Sentences the scorer reads as strong evidence (killings of a protected group, calls to wipe it out, mass
// graves, arbitrary detention and torture): a dozen of them within three weeks take a country's score past 40
// ("high"), raise it by more than 15 points within 30 days, and take RF10 past 0.5 — the three built-in
// thresholds.
const TEXTS = [
  'Soldiers massacred 120 villagers of the minority and burned their homes. Commanders ordered troops to exterminate the group; leaders called them cockroaches that must be wiped out.',
  'Militias executed 80 men because of their ethnicity and raped women in the camp. Mass graves were found near the town.',
  'Security forces detained hundreds of opposition members without charge and tortured them; journalists were killed and the internet was shut down.',
];

/** An attacker-shaped title: it must show as text, and the handler must never run. */
export const XSS_TITLE = '<img src=x onerror="window.__xss=1">';

/**
 * Reports for `country` over the last three weeks. The newest report of the strongest kind has the
 * attacker-shaped title, so it is among the evidence an alert shows first (strongest, then newest).
 */
export function strongReports(country: string, count = 12): object[] {
  const strongest = count - 1 - ((count - 1 - 1 + TEXTS.length) % TEXTS.length);
  return Array.from({ length: count }, (_, i) => ({
    country,
    date: daysAgo(20 - i),
    text: `${TEXTS[i % TEXTS.length]} Report ${country}-${i}.`,
    lang: 'en',
    source: { name: 'UN monitoring mission', reliability: 'A1' },
    title: i === strongest ? XSS_TITLE : `Situation update ${country} ${i + 1}`,
  }));
}

export interface AlertRow {
  id: string;
  country: string;
  metric: string;
  kind: string;
  status: string;
  thresholdName: string;
  triggeredAt: string;
}

/**
 * Waits until the server has raised at least `count` alerts (evaluation runs just after an ingest). A plain
 * loop, because `expect.poll` only works inside a test and this runs in `beforeAll`.
 */
export async function waitForAlerts(api: ApiClient, count: number): Promise<AlertRow[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { items } = await api.get<{ items: AlertRow[] }>('/api/alerts?limit=200');
    if (items.length >= count) return items;
    if (Date.now() > deadline) throw new Error(`expected ${count} alerts, the server raised ${items.length}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
