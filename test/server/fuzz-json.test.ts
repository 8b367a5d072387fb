import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAlert } from '../helpers/alerts.ts';
import { expectNo5xxAndContractErrors, serverError, writeWatcher } from '../helpers/db-fingerprint.ts';
import { type RouteEntry, routeKey, routeTable } from '../helpers/route-table.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../helpers/test-app.ts';

/**
 * Property-based fuzzing of every API route taken from the route table (a new route is fuzzed without touching
 * this file; a new JSON write route must add a valid sample below, or the first test fails): arbitrary JSON,
 * near-valid objects with one field broken, raw bytes under any Content-Type, hostile path parameters and query
 * strings. Every answer must be below 500, every 4xx must carry the contract's error body, and a rejected request
 * must leave every table of the database exactly as it was (count and row hashes, see db-fingerprint.ts).
 *
 * Reproduce a failure with the seed and path fast-check prints: FUZZ_SEED=<seed> npx vitest run test/server/fuzz.
 * FUZZ_SCALE multiplies every numRuns (e.g. 10 for a long run).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_801);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

const RUNS = { arbitraryJson: 1500, nearValid: 2900, rawBodies: 1500, pathParams: 1200, queries: 1300 };
/** Generous: the machine may be shared; the budget is the run counts above, not the clock. */
const TIMEOUT = 600_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Sample {
  path: string;
  body: Json;
}

const MISSING_UUID = '00000000-0000-4000-8000-000000000000';

describe('fuzzing every route of the route table', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['withToken']>>;
  let routes: RouteEntry[];
  let queryParams: Map<string, string[]>;
  let writes: Awaited<ReturnType<typeof writeWatcher>>;
  const ids = { user: 'fuzz-target', hit: '', threshold: '', alert: '', alert2: '', webhook: '', token: '' };
  const cases = { total: 0, rejected: 0, accepted: 0 };

  /** A valid body for every JSON write route, with every optional field set so that each can be broken. */
  const VALID: Record<string, () => Sample> = {
    'POST /api/auth/login': () => ({
      path: '/api/auth/login',
      body: { username: 'fuzz-login', password: TEST_PASSWORD },
    }),
    'POST /api/users': () => ({
      path: '/api/users',
      body: { username: 'fuzz-created', password: 'a long enough password', role: 'viewer' },
    }),
    'PATCH /api/users/{username}': () => ({ path: `/api/users/${ids.user}`, body: { role: 'analyst' } }),
    'POST /api/tokens': () => ({ path: '/api/tokens', body: { name: 'fuzz token', role: 'viewer' } }),
    'POST /api/score': () => ({
      path: '/api/score',
      body: { text: 'Soldiers killed 12 villagers near the river.', lang: 'en', date: '2026-03-01' },
    }),
    'POST /api/reports': () => ({
      path: '/api/reports',
      body: {
        country: 'COL',
        date: '2026-03-01',
        text: 'Paramilitares asesinaron a cinco campesinos en la vereda.',
        title: 'Masacre en la vereda',
        lang: 'es',
        period: { from: '2026-02-01', to: '2026-02-28' },
        source: { name: 'Defensoría', url: 'https://example.org/informe', reliability: 'B2' },
        tags: ['massacre', 'rural'],
        externalId: 'fuzz-ext-1',
      },
    }),
    'PUT /api/hits/{id}/review': () => ({
      path: `/api/hits/${ids.hit}/review`,
      body: { decision: 'confirmed', note: 'Checked against the source' },
    }),
    'POST /api/thresholds': () => ({ path: '/api/thresholds', body: threshold() }),
    'PUT /api/thresholds/{id}': () => ({ path: `/api/thresholds/${ids.threshold}`, body: threshold() }),
    'POST /api/thresholds/backtest': () => ({
      path: '/api/thresholds/backtest',
      body: {
        threshold: {
          country: 'SDN',
          metric: 'RF10',
          kind: 'rise',
          value: 0.2,
          windowDays: 14,
          persistenceDays: 2,
        },
        from: '2025-01-01',
        to: '2026-03-31',
      },
    }),
    'POST /api/alerts/acknowledge': () => ({
      path: '/api/alerts/acknowledge',
      body: { ids: [ids.alert, ids.alert2], note: 'Seen' },
    }),
    'POST /api/alerts/{id}/acknowledge': () => ({
      path: `/api/alerts/${ids.alert}/acknowledge`,
      body: { note: 'Looking into it' },
    }),
    'POST /api/alerts/{id}/resolve': () => ({
      path: `/api/alerts/${ids.alert}/resolve`,
      body: { note: 'Resolved' },
    }),
    'POST /api/alerts/{id}/reopen': () => ({
      path: `/api/alerts/${ids.alert}/reopen`,
      body: { note: 'Again' },
    }),
    'POST /api/alerts/{id}/assign': () => ({
      path: `/api/alerts/${ids.alert}/assign`,
      body: { assignee: ids.user, note: 'Yours' },
    }),
    'POST /api/protected-names': () => ({
      path: '/api/protected-names',
      body: { name: 'María Fernanda Quispe', note: 'Witness, Ayacucho' },
    }),
    'POST /api/webhooks': () => ({
      path: '/api/webhooks',
      body: { name: 'Chat', url: 'https://hooks.example.org/a', thresholdId: ids.threshold, enabled: true },
    }),
  };
  const threshold = () => ({
    name: 'Fuzzed threshold',
    country: 'SDN',
    metric: 'score',
    kind: 'rise',
    value: 10,
    windowDays: 30,
    persistenceDays: 2,
    enabled: true,
  });

  /** A concrete path: real resources (so handlers run past the lookup), or ones that do not exist. */
  const concrete = (route: RouteEntry, which: 'real' | 'missing') =>
    route.path
      .replace('{username}', which === 'real' ? ids.user : 'no-such-user')
      .replace('{iso3}', which === 'real' ? 'SDN' : 'ATA')
      .replace('/api/hits/{id}', `/api/hits/${which === 'real' ? ids.hit : '999999999'}`)
      .replace('/api/thresholds/{id}', `/api/thresholds/${which === 'real' ? ids.threshold : MISSING_UUID}`)
      .replace('/api/webhooks/{id}', `/api/webhooks/${which === 'real' ? ids.webhook : MISSING_UUID}`)
      .replace('/api/protected-names/{id}', `/api/protected-names/${MISSING_UUID}`)
      .replace('/api/tokens/{id}', `/api/tokens/${which === 'real' ? ids.token : MISSING_UUID}`)
      .replace('{id}', which === 'real' ? ids.alert : MISSING_UUID);

  /**
   * Sends one fuzzed request and checks it: no 5xx, the contract's error body on a 4xx, and no table changed
   * when it was rejected. Only a refused sign-in may count the attempt (rate_limits): that is the brute-force
   * protection working. Background work an accepted request started (a rescore job) is awaited first.
   */
  async function send(route: RouteEntry, path: string, init: RequestInit, what: string) {
    await writes.before();
    const res = await admin.request(path, init);
    const label = `${what}: ${init.method ?? 'GET'} ${path.slice(0, 200)}${serverError(t, res)}`;
    const text = await expectNo5xxAndContractErrors(res, label);
    await t.services.jobs.tick();
    cases.total++;
    const login = routeKey(route) === 'POST /api/auth/login' && [401, 429].includes(res.status);
    const changed = (await writes.changes(login ? ['rate_limits'] : [])).tables;
    if (res.status >= 400) {
      cases.rejected++;
      expect(changed, `${label} → ${res.status}: rejected, yet these tables changed`).toEqual([]);
    } else cases.accepted++;
    return { res, text };
  }

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2026-03-31T12:00:00Z') });
    admin = await t.withToken('admin');
    routes = await routeTable(t);
    const doc = (await (await admin.get('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>>;
    };
    queryParams = new Map(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => [
          `${method.toUpperCase()} ${path}`,
          (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        ]),
      ),
    );
    const system = { username: 'fuzz-setup' };
    await t.services.users.create(system, { username: ids.user, password: TEST_PASSWORD, role: 'viewer' });
    await t.services.users.create(system, {
      username: 'fuzz-login',
      password: TEST_PASSWORD,
      role: 'viewer',
    });
    const report = await t.services.reports.ingest(system, {
      country: 'SDN',
      date: '2026-03-02',
      text: 'Militias killed 40 villagers and burned the market in El Geneina.',
    });
    ids.hit = (await t.services.reports.get(report.id)).hits[0]!.id;
    ids.threshold = (
      await t.services.thresholds.create(system, {
        country: 'SDN',
        metric: 'score',
        kind: 'level',
        value: 90,
      })
    ).id;
    ids.alert = await anAlert(t);
    ids.alert2 = await anAlert(t, { status: 'acknowledged' });
    ids.webhook = (await t.services.webhooks.create(system, { name: 'w', url: 'http://127.0.0.1:9/w' })).id;
    ids.token = (await t.services.tokens.create(system, { name: 'victim', role: 'viewer' })).id;
    writes = await writeWatcher(t);
  });
  afterAll(async () => {
    // The number of requests each property sent, for the report in docs and to see the budget at a glance.
    console.info(
      `fuzz-json: ${cases.total} requests, ${cases.rejected} rejected, ${cases.accepted} accepted`,
    );
    expect(Object.prototype).not.toHaveProperty('polluted');
    await t?.close();
  });

  const writeRoutes = () => routes.filter((r) => r.method !== 'GET');
  const jsonWrites = () => routes.filter((r) => r.hasJsonBody);
  const json = (body: string) => ({ headers: { 'content-type': 'application/json' }, body });

  it('has a valid sample for every JSON write route, and each is accepted as it stands', async () => {
    expect(jsonWrites().length).toBeGreaterThan(10);
    for (const route of jsonWrites()) {
      expect(VALID, `no valid sample for ${routeKey(route)}: add one`).toHaveProperty([routeKey(route)]);
    }
    // Near-valid means one step from accepted: prove each sample is accepted (or a 409 only because of state).
    for (const route of jsonWrites()) {
      const { path, body } = VALID[routeKey(route)]!();
      const { res, text } = await send(
        route,
        path,
        { method: route.method, ...json(JSON.stringify(body)) },
        'valid',
      );
      expect([200, 201, 202, 204, 409], `${routeKey(route)} ${text}`).toContain(res.status);
    }
  });

  it(
    `answers arbitrary JSON on every write route without a 5xx or a stored row (${RUNS.arbitraryJson} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...writeRoutes()),
          fc.jsonValue({ maxDepth: 4 }),
          async (route, value) => {
            const path = concrete(route, route.method === 'DELETE' ? 'missing' : 'real');
            const init = { method: route.method, headers: { 'content-type': 'application/json' } };
            await send(route, path, { ...init, body: JSON.stringify(value) }, 'arbitrary JSON');
          },
        ),
        { seed: SEED, numRuns: runs(RUNS.arbitraryJson) },
      );
    },
    TIMEOUT,
  );

  it(
    `answers a valid body with one field broken without a 5xx or a stored row (${RUNS.nearValid} runs)`,
    async () => {
      const keys = jsonWrites().map(routeKey);
      const arb = fc
        .constantFrom(...keys)
        .chain((key) => mutated(VALID[key]!().body).map((body) => ({ key, body })));
      await fc.assert(
        fc.asyncProperty(arb, async ({ key, body }) => {
          const route = routes.find((r) => routeKey(r) === key)!;
          const { path } = VALID[key]!();
          await send(route, path, { method: route.method, ...json(body) }, 'near-valid');
        }),
        { seed: SEED + 1, numRuns: runs(RUNS.nearValid) },
      );
    },
    TIMEOUT,
  );

  it(
    `answers raw bytes under any Content-Type on every write route (${RUNS.rawBodies} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...writeRoutes()),
          contentType,
          rawBody,
          async (route, type, body) => {
            const path = concrete(route, route.method === 'DELETE' ? 'missing' : 'real');
            const headers: Record<string, string> = type === undefined ? {} : { 'content-type': type };
            await send(route, path, { method: route.method, headers, body: body as BodyInit }, `raw ${type}`);
          },
        ),
        { seed: SEED + 2, numRuns: runs(RUNS.rawBodies) },
      );
    },
    TIMEOUT,
  );

  it(
    `answers hostile path parameters on every templated route (${RUNS.pathParams} runs)`,
    async () => {
      const templated = routes.filter((r) => r.path.includes('{'));
      expect(templated.length).toBeGreaterThan(5);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...templated), pathSegment, async (route, segment) => {
          const path = route.path.replace(/\{[^}]+\}/g, segment);
          const sample = VALID[routeKey(route)]?.();
          const init: RequestInit = sample
            ? { method: route.method, ...json(JSON.stringify(sample.body)) }
            : { method: route.method };
          await send(route, path, init, 'path parameter');
        }),
        { seed: SEED + 3, numRuns: runs(RUNS.pathParams) },
      );
    },
    TIMEOUT,
  );

  it(
    `answers hostile query strings on every route (${RUNS.queries} runs)`,
    async () => {
      const arb = fc
        .constantFrom(...routes)
        .chain((route) =>
          queryString(queryParams.get(routeKey(route)) ?? []).map((query) => ({ route, query })),
        );
      await fc.assert(
        fc.asyncProperty(arb, async ({ route, query }) => {
          // Writes get an empty object: the query is what is under test, and nothing should be stored.
          const init: RequestInit = route.method === 'GET' ? {} : { method: route.method, ...json('{}') };
          const path = `${concrete(route, route.method === 'GET' ? 'real' : 'missing')}?${query}`;
          await send(route, path, init, 'query');
        }),
        { seed: SEED + 4, numRuns: runs(RUNS.queries) },
      );
    },
    TIMEOUT,
  );
});

// ---- Arbitraries -------------------------------------------------------------------------------------------

/** Strings that break naive code: NUL, lone surrogates, BOM, bidi overrides, injections, path tricks. */
const nastyString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\uD800',
    'x\uDFFFy',
    '\uFEFF',
    '\u202Eevil',
    '\u200B',
    '\uFFFF',
    '\uFFFE',
    'e\u0301',
    '🏳️‍🌈',
    '𝒜',
    '\u2028\u2029',
    'İıß',
    '\r\n',
    "'; drop table reports; --",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '%00',
    '%',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as plain text
    '${7*7}{{7*7}}',
    'NaN',
    'Infinity',
    '-0',
    '1e309',
    '9007199254740993',
    'SDN',
    'sdn',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    MISSING_UUID,
    '__proto__',
    'https://example.org/a\u0000b',
    'https://example.org/\uD800',
    'https://example.org/%00',
    'http://[::1]:0/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    `https://example.org/${'a'.repeat(3000)}`,
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
);

const hugeString = fc
  .tuple(fc.constantFrom('x', 'é', '😀', '\u0000', ' '), fc.integer({ min: 500, max: 70_000 }))
  .map(([unit, n]) => unit.repeat(n));

const wrongType: fc.Arbitrary<Json> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.1, true, false, null),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }) as fc.Arbitrary<Json>,
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })) as fc.Arbitrary<Json>,
);

const pollutionKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
);
const pollutionValue: fc.Arbitrary<Json> = fc.constantFrom(
  { polluted: true },
  { prototype: { polluted: true } },
  { isAdmin: true, role: 'admin' },
  'polluted',
  null,
);

type PathSeg = string | number;
function pathsOf(value: Json, prefix: PathSeg[] = []): PathSeg[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
  }
  return [];
}
function objectsOf(value: Json, prefix: PathSeg[] = []): PathSeg[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectsOf(v, [...prefix, i]));
  if (value && typeof value === 'object') {
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => objectsOf(v, [...prefix, k]))];
  }
  return [];
}
/** Sets an own property, even one named __proto__ (as JSON.parse would create it). */
function setOwn(target: Json, key: PathSeg, value: Json | undefined) {
  const holder = target as Record<PathSeg, Json>;
  if (value === undefined) {
    if (Array.isArray(holder)) (holder as Json[]).splice(Number(key), 1);
    else delete holder[key];
  } else Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
}
function at(root: Json, path: PathSeg[]): Json {
  return path.reduce<Json>((node, key) => (node as Record<PathSeg, Json>)[key]!, root);
}

/** The JSON text of `base` with one thing broken: a field replaced, removed, or a hostile key added. */
function mutated(base: Json): fc.Arbitrary<string> {
  const fields = pathsOf(base);
  const objects = objectsOf(base);
  const replace = fc.tuple(
    fc.constantFrom(...fields),
    fc.oneof(
      { weight: 3, arbitrary: wrongType },
      { weight: 3, arbitrary: nastyString as fc.Arbitrary<Json> },
      { weight: 1, arbitrary: hugeString as fc.Arbitrary<Json> },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
    ),
  );
  const edit = fc.oneof(
    { weight: 6, arbitrary: replace.map(([path, value]) => ({ path, value: value as Json | undefined })) },
    { weight: 1, arbitrary: fc.constantFrom(...fields).map((path) => ({ path, value: undefined })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...objects),
          fc.oneof(pollutionKey, fc.string({ maxLength: 10 })),
          pollutionValue,
        )
        .map(([obj, key, value]) => ({ path: [...obj, key], value: value as Json | undefined })),
    },
  );
  return edit.map(({ path, value }) => {
    const copy = structuredClone(base);
    setOwn(at(copy, path.slice(0, -1)), path.at(-1)!, value);
    return JSON.stringify(copy);
  });
}

const contentType = fc.constantFrom(
  undefined,
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16le',
  'APPLICATION/JSON',
  'application/json-patch+json',
  'application/vnd.api+json',
  'text/json',
  'text/plain',
  'text/csv',
  'application/x-ndjson',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=fuzz',
  'application/octet-stream',
  'application/xml',
  '*/*',
  ';',
);

const encoder = new TextEncoder();
/** Bytes and text that are almost, or not at all, JSON. */
const rawBody: fc.Arbitrary<Uint8Array | string> = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .tuple(
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
      fc.nat(),
    )
    .map(([text, cut]) => text.slice(0, cut % (text.length + 1))),
  fc.integer({ min: 1, max: 20_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({ min: 1, max: 5_000 }).map((depth) => `{"text":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`),
  fc.constantFrom(
    '',
    '\uFEFF{}',
    '{"a":1,"a":2}',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '\u0000',
    '{"text":"\\ud800"}',
    '{"text":"\\u0000"}',
    'null',
    '1e99999',
    '--',
    '{}'.repeat(1000),
  ),
  // Broken UTF-8: truncated multi-byte sequences, overlongs, surrogates encoded as UTF-8.
  fc
    .tuple(
      fc.jsonValue({ maxDepth: 2 }).map((v) => encoder.encode(JSON.stringify({ text: v }))),
      fc.constantFrom(
        [0xc3],
        [0xe2, 0x82],
        [0xc0, 0xaf],
        [0xed, 0xa0, 0x80],
        [0xff, 0xfe],
        [0xf8, 0x88, 0x80],
      ),
      fc.nat(),
    )
    .map(([bytes, bad, where]) => {
      const i = where % (bytes.length + 1);
      return new Uint8Array([...bytes.slice(0, i), ...bad, ...bytes.slice(i)]);
    }),
);

/**
 * A path segment as an attacker would type it: percent-encoded anything, raw characters from a hostile
 * alphabet (a lone `%` or `%zz` is invalid percent-encoding), traversal, very long values.
 */
const pathSegment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }).map(percentEncode),
  fc.string({
    unit: fc.constantFrom(
      '%',
      '0',
      'f',
      'F',
      'z',
      '2',
      'e',
      '.',
      '-',
      '_',
      '~',
      'a',
      'ü',
      ';',
      ',',
      '@',
      '$',
      "'",
    ),
    minLength: 1,
    maxLength: 12,
  }),
  fc.constantFrom(
    '..',
    '%2e%2e',
    '%2E%2E%2F%2E%2E',
    '%00',
    '%ff',
    '%c0%af',
    '%uD800',
    '0',
    '-1',
    '99999999999999999999',
    '1e3',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '------------------------------------',
    'SDN',
    'sdn',
    'XXX',
    'admin',
    MISSING_UUID.toUpperCase(),
  ),
  fc.integer({ min: 100, max: 5000 }).map((n) => 'a'.repeat(n)),
);

/** encodeURIComponent, but a lone surrogate becomes U+FFFD (as a browser sends it) instead of throwing. */
function percentEncode(text: string): string {
  return Array.from(new TextEncoder().encode(text), (b) =>
    /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
      ? String.fromCharCode(b)
      : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
}

/** A cursor shaped like the server's (base64url of "date|id" or "rank|date|id") with hostile parts. */
const forgedCursor = fc
  .tuple(
    fc.constantFrom('', '0|', '2|', '9|'),
    fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    fc.oneof(fc.stringMatching(/^[0-9a-f-]{36}$/), fc.uuid(), fc.string({ maxLength: 40 })),
  )
  .map(([rank, date, id]) => Buffer.from(`${rank}${date}|${id}`).toString('base64url'));

const queryValue = fc.oneof(
  nastyString,
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    '0',
    '1',
    '200',
    '201',
    '-5',
    '1.5',
    '2026-03-01',
    '1970-01-01',
    '9999-12-31',
    'en',
    'es',
    'open',
    'day',
  ),
  forgedCursor,
);

/** Query strings over the route's own parameters (and a few foreign ones), repeated keys, raw encodings. */
function queryString(names: string[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    { weight: 4, arbitrary: names.length ? fc.constantFrom(...names) : fc.constant('q') },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'cursor', 'limit', 'evil', '') },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  const pair = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.tuple(key, queryValue).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(key, fc.constantFrom('%', '%zz', '%00', '%ff', '+', '&', '=', '%E0%A4%A'))
        .map(([k, v]) => `${percentEncode(k)}=${v}`),
    },
    { weight: 1, arbitrary: key.map((k) => percentEncode(k)) },
  );
  return fc.array(pair, { maxLength: 5 }).map((pairs) => pairs.join('&'));
}
