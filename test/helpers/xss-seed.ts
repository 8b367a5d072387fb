// Stores every XSS payload in every field a person or an integration can fill, through the public API as an
// attacker with an account would: report titles, texts, source names and URLs, tags and external ids (bulk
// NDJSON), threshold names, alert notes, hit-review notes, API token names, webhook names and URLs, and the
// protected names and their notes. Usernames cannot carry markup at all (the API refuses them: see
// test/server/xss-exports.test.ts). Shared by the browser test and the server-side export test.
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.ts';

/** A request with admin rights (a Bearer token, or the test app's signed-in client). */
export type AdminRequest = (path: string, init?: RequestInit) => Promise<Response>;

export interface XssSeed {
  /** The report (of the first payload) whose every hit was reviewed with a payload as the note. */
  reviewedReportId: string;
  /** The alert whose history holds every payload as a note. */
  notedAlertId: string;
}

const COUNTRIES = ['SDN', 'MMR', 'COL'] as const;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function call<T>(request: AdminRequest, method: string, path: string, body?: unknown): Promise<T> {
  const response = await request(path, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** A report that scores (so it is evidence, quoted on the country page and in briefings) around the payload. */
export function payloadReport(index: number) {
  const p = XSS_PAYLOADS[index]!;
  return {
    country: COUNTRIES[index % COUNTRIES.length],
    date: daysAgo(1 + (index % 20)),
    lang: 'en',
    title: p.text,
    text: `Militias killed 40 villagers of the Masalit community near ${p.text} and burned their homes. Leaders called them cockroaches that must be wiped out ${p.text}. Report ${p.id}.`,
    source: { name: p.text, url: `https://example.org/source?q=${p.text}`, reliability: 'B2' },
    tags: [p.text.length <= 60 ? p.text : `xss-${p.id}`],
    externalId: p.text,
  };
}

/**
 * `settle` runs while waiting for the alerts: the real server's alert worker raises them by itself, a test app
 * (no background loops) passes its worker's `tick`.
 */
export async function seedXssData(
  request: AdminRequest,
  settle: () => Promise<unknown> = () => new Promise((resolve) => setTimeout(resolve, 250)),
): Promise<XssSeed> {
  const bulk = await request('/api/reports/bulk', {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body: XSS_PAYLOADS.map((_, i) => JSON.stringify(payloadReport(i))).join('\n'),
  });
  const stored = (await bulk.json()) as { accepted: number; rejected: unknown[] };
  if (stored.accepted !== XSS_PAYLOADS.length) {
    throw new Error(`bulk: ${stored.accepted} accepted, rejected ${JSON.stringify(stored.rejected)}`);
  }
  const { items } = await call<{ items: Array<{ id: string; externalId: string }> }>(
    request,
    'GET',
    '/api/reports?limit=200',
  );
  const reviewedReportId = items.find((r) => r.externalId === XSS_PAYLOADS[0]!.text)!.id;

  // A few payloads at a time (the server takes concurrent requests; one by one, seeding is what the test waits on).
  for (let start = 0; start < XSS_PAYLOADS.length; start += 4) {
    await Promise.all(
      XSS_PAYLOADS.slice(start, start + 4).flatMap((p) => [
        // Every threshold fires on Sudan, so every name is an alert's name too.
        call(request, 'POST', '/api/thresholds', {
          name: p.text,
          country: 'SDN',
          metric: 'score',
          kind: 'level',
          value: 1,
        }),
        call(request, 'POST', '/api/tokens', { name: p.text, role: 'viewer' }),
        call(request, 'POST', '/api/webhooks', {
          name: p.text,
          url: `https://example.invalid/hook?x=${p.text}`,
          enabled: false,
        }),
        // Prefixed, so the names do not also withhold the payloads from the briefings' quotes.
        call(request, 'POST', '/api/protected-names', { name: `witness ${p.text}`, note: p.text }),
      ]),
    );
  }

  const alertIds = await waitForPayloadAlerts(request, settle);
  const notedAlertId = alertIds[0]!;
  for (const [i, p] of XSS_PAYLOADS.entries()) {
    await call(request, 'POST', `/api/alerts/${notedAlertId}/assign`, {
      assignee: i % 2 === 0 ? 'admin' : null,
      note: p.text,
    });
  }
  await call(request, 'POST', `/api/alerts/${notedAlertId}/acknowledge`, { note: XSS_PAYLOADS[2]!.text });
  await call(request, 'POST', `/api/alerts/${notedAlertId}/resolve`, { note: XSS_PAYLOADS[3]!.text });

  const report = await call<{ hits: Array<{ id: string }> }>(
    request,
    'GET',
    `/api/reports/${reviewedReportId}`,
  );
  for (const [i, hit] of report.hits.entries()) {
    await call(request, 'PUT', `/api/hits/${hit.id}/review`, {
      decision: 'confirmed',
      note: XSS_PAYLOADS[(i * 7) % XSS_PAYLOADS.length]!.text,
    });
  }
  return { reviewedReportId, notedAlertId };
}

/** The alert worker raises the alerts just after the thresholds change: wait for one per payload. */
async function waitForPayloadAlerts(
  request: AdminRequest,
  settle: () => Promise<unknown>,
): Promise<string[]> {
  const names = new Set(XSS_PAYLOADS.map((p) => p.text));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { items } = await call<{ items: Array<{ id: string; thresholdName: string }> }>(
      request,
      'GET',
      '/api/alerts?country=SDN&limit=200',
    );
    const ours = items.filter((a) => names.has(a.thresholdName));
    if (ours.length >= names.size) return ours.map((a) => a.id);
    if (Date.now() > deadline) throw new Error(`expected ${names.size} alerts, got ${ours.length}`);
    await settle();
  }
}
