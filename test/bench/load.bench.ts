import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { openDatabase } from '../../db/client.ts';
import { generateDemoReports } from '../../server/demo/generate-demo-reports.ts';
import { spawnServer } from '../helpers/server-process.ts';
import { benchDatabase, postgresReachable } from './bench-database.ts';
import type { BenchRow } from './measure.ts';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
/** 200 clients in all, as the issue asks: mostly dashboard reads, with scoring and ingest alongside. */
const CLIENTS = { reads: 150, scoring: 30, ingest: 20 };
/**
 * Requests per second each client sends (BENCH_LOAD_RATE). An analyst's page view is a handful of requests
 * followed by reading; a script polls every few seconds. One request a second per client, 200 a second in all,
 * is a busy office's worst minute. Clients start in groups of GROUP spread over the first second, as real
 * clients are not synchronised (autocannon paces each client by a one-second timer, so clients started together
 * would all fire in the same millisecond, every second). The closed-loop figure (every client sending its next
 * request the moment the last is answered) is printed too: the server's capacity.
 */
const RATE = Number(process.env.BENCH_LOAD_RATE ?? 1);
const GROUP = 5;
const WARM_UP = 5;
const SEED_REPORTS = 3_000;
const TAG = 'load-bench';

type Result = autocannon.Result;

/**
 * 200 concurrent clients for 60 s against the real server process (PostgreSQL when reachable, else PGlite on
 * disk): dashboard reads (ranking, a country's series, its evidence, the reports list), POST /api/score and
 * POST /api/reports, each client sending its next request when the last one is answered. Goals: no errors, p99 of
 * reads under 250 ms, and every report the server acknowledged (201) stored exactly once. Baseline: a trivial
 * Hono JSON route served by @hono/node-server under the same 200 clients, in the same run.
 */
export async function loadBenchmarks(): Promise<BenchRow[]> {
  const kind = (await postgresReachable()) ? 'postgres' : 'pglite';
  const database = await benchDatabase(kind);
  const seed = [...generateDemoReports({ endDate: '2026-11-23', seed: 5 })].slice(0, SEED_REPORTS);
  const countries = [...new Set(seed.map((r) => r.country))];
  await database.close(); // PGlite: the server process must be the only opener

  const token = randomBytes(24).toString('base64url');
  const server = spawnServer({ ...database.serverEnv, ATALAYA_BOOTSTRAP_TOKEN: token, LOG_LEVEL: 'warn' });
  try {
    const url = (await server.waitFor(/serving the dashboard at (http:\/\/\S+) /))[1]!;
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    console.error(`load: seeding ${seed.length} reports through the bulk route (${kind})…`);
    const bulk = await fetch(`${url}/api/reports/bulk`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/x-ndjson' },
      body: seed.map(({ synthetic: _s, ...r }) => JSON.stringify(r)).join('\n'),
    });
    if (!bulk.ok) throw new Error(`seeding failed: ${bulk.status} ${await bulk.text()}`);

    const baseline = await trivialBaseline();
    console.error(`load: ${CLIENTS.reads + CLIENTS.scoring + CLIENTS.ingest} clients for ${SECONDS} s…`);
    const acknowledged = new Set<string>();
    const mix = (seconds: number) =>
      Promise.all([
        clients(url, CLIENTS.reads, () => readRequests(countries), auth, seconds),
        clients(url, CLIENTS.scoring, () => [scoreRequest()], auth, seconds),
        clients(url, CLIENTS.ingest, () => [ingestRequest(countries, acknowledged)], auth, seconds),
      ]);
    // A server that has just started compiles its code paths and fills its caches in the first seconds: those
    // are not what analysts meet, so the same mix runs WARM_UP seconds before the measured run.
    const warmUp = await mix(WARM_UP);
    const [reads, scoring, ingest] = await mix(SECONDS);
    const warmUpErrors = warmUp.reduce((n, c) => n + c.errors, 0);
    console.error('load: capacity (closed loop, 10 s)…');
    const capacity = await autocannon({
      url,
      connections: CLIENTS.reads,
      duration: Math.min(10, SECONDS),
      headers: auth,
      requests: readRequests(countries),
    });
    server.proc.kill('SIGTERM');
    await server.exited();

    const stored = await storedLoadReports(database.serverEnv);
    const lost = [...acknowledged].filter((id) => !stored.has(id)).length;
    const duplicated = [...stored.values()].filter((n) => n > 1).length;
    const errors = reads.errors + scoring.errors + ingest.errors + warmUpErrors;
    const requests = reads.latencies.length + scoring.latencies.length + ingest.latencies.length;
    console.error(
      `load: ${requests} requests (${(requests / SECONDS).toFixed(0)}/s), errors ${errors}; reads p50 ${reads.latency.p50} ms ` +
        `p99 ${reads.latency.p99} ms; scoring p99 ${scoring.latency.p99} ms; ingest p99 ${ingest.latency.p99} ms; ` +
        `${acknowledged.size} reports acknowledged, ${lost} lost, ${duplicated} duplicated; capacity for reads ` +
        `${capacity.requests.average.toFixed(0)}/s (p99 ${capacity.latency.p99} ms with ${CLIENTS.reads} clients ` +
        `in a closed loop)`,
    );
    await database.drop();
    return [
      {
        name: `load, 200 clients × ${SECONDS} s at ${RATE}/s each, reads p99 (${kind}; ${requests} requests, ${errors} errors, ${lost} lost)`,
        value: reads.latency.p99,
        unit: 'ms',
        baseline: 'trivial Hono JSON route, same 200 clients',
        baselineValue: baseline.latency.p99,
        ratio: baseline.latency.p99 / reads.latency.p99,
        goal: 'p99 < 250 ms, no errors, nothing lost',
        pass: reads.latency.p99 < 250 && errors === 0 && lost === 0 && duplicated === 0,
      },
      {
        name: `load, scoring p99 (${scoring.latencies.length} requests) / ingest p99 (${ingest.latencies.length} reports)`,
        value: Math.max(scoring.latency.p99, ingest.latency.p99),
        unit: 'ms',
        baseline: 'trivial Hono JSON route, same 200 clients',
        baselineValue: baseline.latency.p99,
        ratio: baseline.latency.p99 / Math.max(scoring.latency.p99, ingest.latency.p99),
        goal: 'no errors (no latency goal for writes)',
        pass: scoring.errors + ingest.errors === 0,
      },
    ];
  } finally {
    if (server.proc.exitCode === null) server.proc.kill('SIGKILL');
  }
}

interface Clients {
  /** Every response's time, in ms. */
  latencies: number[];
  /** Connection errors, timeouts and answers other than 2xx. */
  errors: number;
  latency: { p50: number; p99: number };
}

/** `count` clients at RATE requests a second each, started in groups of GROUP spread over one second. */
async function clients(
  url: string,
  count: number,
  requests: () => autocannon.Request[],
  headers: Record<string, string>,
  seconds: number,
): Promise<Clients> {
  const latencies: number[] = [];
  const groups = Math.ceil(count / GROUP);
  const results = await Promise.all(
    Array.from({ length: groups }, async (_, g) => {
      await new Promise((resolve) => setTimeout(resolve, (g * 1000) / groups));
      return new Promise<Result>((resolve, reject) => {
        const options = {
          url,
          connections: Math.min(GROUP, count - g * GROUP),
          connectionRate: RATE,
          duration: seconds,
          headers,
          requests: requests(),
          timeout: 30,
        };
        const instance = autocannon(options, (err, result) => (err ? reject(err) : resolve(result)));
        instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
      });
    }),
  );
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0);
  return {
    latencies,
    errors: results.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0),
    latency: { p50: at(0.5), p99: at(0.99) },
  };
}

let counter = 0;
const pick = <T>(list: readonly T[]) => list[counter++ % list.length]!;

function readRequests(countries: string[]): autocannon.Request[] {
  const to = '2026-11-23';
  return [
    { method: 'GET', path: '/api/countries' },
    {
      method: 'GET',
      setupRequest: (req) => ({
        ...req,
        path: `/api/countries/${pick(countries)}/risk?from=2025-11-23&to=${to}`,
      }),
    },
    {
      method: 'GET',
      setupRequest: (req) => ({ ...req, path: `/api/countries/${pick(countries)}/evidence` }),
    },
    {
      method: 'GET',
      setupRequest: (req) => ({ ...req, path: `/api/reports?country=${pick(countries)}&limit=20` }),
    },
  ];
}

const SENTENCES = [
  'According to witnesses, soldiers killed at least 37 civilians in the village and burned dozens of houses.',
  'Según la Defensoría, más de 200 personas fueron desplazadas tras el asesinato de tres líderes sociales.',
  'The militia recruited children as young as twelve and used them at checkpoints along the main road.',
  'Humanitarian partners reported that access to the northern districts remained constrained by the roads.',
];

function scoreRequest(): autocannon.Request {
  return {
    method: 'POST',
    path: '/api/score',
    setupRequest: (req) => ({
      ...req,
      body: JSON.stringify({ text: `${pick(SENTENCES)} ${pick(SENTENCES)} ${pick(SENTENCES)}` }),
    }),
  };
}

function ingestRequest(countries: string[], acknowledged: Set<string>): autocannon.Request {
  return {
    method: 'POST',
    path: '/api/reports',
    setupRequest: (req, context) => {
      const externalId = `${TAG}-${counter++}`;
      (context as { externalId?: string }).externalId = externalId;
      const day = String(1 + (counter % 28)).padStart(2, '0');
      return {
        ...req,
        body: JSON.stringify({
          country: pick(countries),
          date: `2026-10-${day}`,
          text: `${pick(SENTENCES)} ${pick(SENTENCES)} (${externalId})`,
          externalId,
          tags: [TAG],
        }),
      };
    },
    onResponse: (status, _body, context) => {
      if (status === 201) acknowledged.add((context as { externalId: string }).externalId);
    },
  };
}

/** The reports the load run stored, by external id, with how many rows each has. */
async function storedLoadReports(env: Record<string, string>): Promise<Map<string, number>> {
  const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.ATALAYA_DATA_DIR });
  try {
    const rows = await sql<{ external_id: string; n: string }>`
      select external_id, count(*)::text as n from reports where external_id like ${`${TAG}-%`}
      group by external_id`.execute(handle.db);
    return new Map(rows.rows.map((r) => [r.external_id, Number(r.n)]));
  } finally {
    await handle.close();
  }
}

/** The same 200 clients against a route that does nothing, on the same HTTP server library, for 10 s. */
async function trivialBaseline(): Promise<Result> {
  const app = new Hono().get('/t', (c) => c.json({ ok: true }));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await autocannon({
      url: `http://127.0.0.1:${port}/t`,
      connections: CLIENTS.reads + CLIENTS.scoring + CLIENTS.ingest,
      duration: Math.min(10, SECONDS),
    });
  } finally {
    server.close();
  }
}
