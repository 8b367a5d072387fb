// Loading data for the reports and ingest browser tests through the real API (never faked responses): an
// admin API token made from the bootstrap admin's session, then plain Bearer requests.

export interface ReportsApi {
  token: string;
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<{ status: number; body: T }>;
  bulk(ndjson: string): Promise<{ accepted: number; duplicates: number; rejectedTotal: number }>;
  createUser(username: string, password: string, role: 'viewer' | 'analyst' | 'admin'): Promise<void>;
}

export async function reportsApi(url: string, adminPassword: string): Promise<ReportsApi> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  });
  if (login.status !== 200) throw new Error(`login: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await fetch(`${url}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken, origin: url },
    body: JSON.stringify({ name: 'browser test data', role: 'admin' }),
  });
  if (created.status !== 201) throw new Error(`token: ${created.status} ${await created.text()}`);
  const { token } = (await created.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };

  const post = async <T>(path: string, body: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  return {
    token,
    async get<T>(path: string) {
      const res = await fetch(`${url}${path}`, { headers: auth });
      if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    post,
    async bulk(ndjson: string) {
      const res = await fetch(`${url}/api/reports/bulk`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/x-ndjson' },
        body: ndjson,
      });
      if (res.status !== 200) throw new Error(`bulk: ${res.status} ${await res.text()}`);
      return (await res.json()) as { accepted: number; duplicates: number; rejectedTotal: number };
    },
    async createUser(username, password, role) {
      const { status } = await post('/api/users', { username, password, role });
      if (status !== 201) throw new Error(`user ${username}: ${status}`);
    },
  };
}

/** NDJSON of report objects, one per line. */
export const ndjson = (reports: readonly object[]) => `${reports.map((r) => JSON.stringify(r)).join('\n')}\n`;

/**
 * The text of an element as a reader meets it: through shadow roots and slots (textContent stops at a shadow
 * root; innerText depends on layout). Whitespace runs collapse to one space.
 */
export function flatText(locator: { evaluate<R>(fn: (element: Element) => R): Promise<R> }): Promise<string> {
  return locator.evaluate((element) => {
    const walk = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(walk).join('');
      if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return '';
      const children =
        node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
      return [...children].map(walk).join('');
    };
    return walk(element).replace(/\s+/g, ' ').trim();
  });
}
