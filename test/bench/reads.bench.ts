import { Hono } from 'hono';
import { sql } from 'kysely';
import { allCountries } from '../../indicators/countries.ts';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/logger.ts';
import { createPasswordHasher } from '../../server/services/password-hasher.ts';
import { benchDatabase, postgresReachable } from './bench-database.ts';
import type { BenchRow } from './measure.ts';

const REPORTS = Number(process.env.BENCH_REPORTS ?? 1_000_000);
const COUNTRIES = 200;
const DAYS = 3_650;
const REQUESTS = 200;

const p95 = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]!;

async function timeRequests(fetch: (i: number) => Promise<Response>): Promise<number> {
  for (let i = 0; i < 20; i++) await (await fetch(i)).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const res = await fetch(i);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    times.push(performance.now() - started);
  }
  return p95(times);
}

/**
 * The dashboard's two main reads on a database holding a million reports across 200 countries and ten years
 * (with one aggregate row per country and day, as ingest leaves them), p95 over 200 requests through the whole
 * app (auth, validation, JSON), against a trivial Hono JSON route timed the same way in the same run.
 */
export async function readBenchmarks(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const trivial = new Hono().get('/t', (c) => c.json({ ok: true }));
  const baseline = await timeRequests(() => Promise.resolve(trivial.request('/t')));
  const wanted = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',');
  const reachable = await postgresReachable();
  const kinds = (['pglite', 'postgres'] as const).filter(
    (k) => wanted.includes(k) && (k === 'pglite' || reachable),
  );
  for (const kind of kinds) {
    const database = await benchDatabase(kind);
    const codes = allCountries()
      .slice(0, COUNTRIES)
      .map((c) => c.iso3);
    const loadStarted = performance.now();
    console.error(`reads: loading ${REPORTS} reports into ${kind}…`);
    await sql`
      insert into reports (country, report_date, lang, scored, text, text_hash, score, risk_factors, crimes, catalog_version, created_by)
      select (${codes}::text[])[1 + g % ${COUNTRIES}], date '2016-11-24' + (g % ${DAYS}), 'en', true, 'report ' || g,
             md5(g::text), 10, '{}', '{}', 'bench', 'bench'
      from generate_series(1, ${REPORTS}) g`.execute(database.db);
    await sql`
      insert into country_days (country, day, reports, reports_to_date, daily, state)
      select c, date '2016-11-24' + d, 1, d + 1, array_fill(0.2::float8, array[17]), array_fill((1 + (d % 7) * 0.3)::float8, array[17])
      from unnest(${codes}::text[]) c, generate_series(0, ${DAYS - 1}) d`.execute(database.db);
    await sql`analyze`.execute(database.db);
    console.error(`reads: loaded in ${((performance.now() - loadStarted) / 1000).toFixed(0)} s, measuring…`);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const { app, services } = createApp({
      database,
      logger: createLogger('silent'),
      passwords: createPasswordHasher({ logN: 10 }),
      version: 'bench',
      maxBodyBytes: 1 << 20,
      maxUploadBytes: 1 << 20,
      maxFileBytes: 1 << 20,
      sessionHours: 1,
      trustProxy: false,
    });
    const { token } = await services.tokens.create({ username: 'bench' }, { name: 'bench', role: 'viewer' });
    const headers = { authorization: `Bearer ${token}` };
    const dayOf = (i: number) =>
      new Date(Date.parse('2017-01-01') + ((i * 97) % 3_500) * 86_400_000).toISOString().slice(0, 10);
    const ranking = await timeRequests((i) =>
      Promise.resolve(app.request(`/api/countries?asOf=${dayOf(i)}`, { headers })),
    );
    const series = await timeRequests((i) =>
      Promise.resolve(
        app.request(
          `/api/countries/${codes[i % COUNTRIES]}/risk?from=2025-01-01&to=2025-12-31&interval=day`,
          { headers },
        ),
      ),
    );
    await services.jobs.stop();
    await database.drop();
    for (const [name, value] of [
      ['GET /api/countries (ranking)', ranking],
      ['GET /api/countries/:iso3/risk (365 daily points)', series],
    ] as const) {
      rows.push({
        name: `${name}, ${kind}, 1M reports (loaded in ${loadSeconds.toFixed(0)} s)`,
        value,
        unit: 'ms p95',
        baseline: 'trivial Hono JSON route',
        baselineValue: baseline,
        ratio: baseline / value,
        goal: '< 50 ms p95',
        pass: value < 50,
      });
    }
  }
  return rows;
}
