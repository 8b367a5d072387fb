import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/logger.ts';
import { createPasswordHasher } from '../../server/services/password-hasher.ts';
import { benchDatabase } from './bench-database.ts';
import { makeCorpus } from './corpus.ts';
import type { BenchRow } from './measure.ts';

/** A year of reports for one country: about two a day, each a few thousand characters. */
const REPORTS = Number(process.env.BENCH_BRIEFING_REPORTS ?? 730);
const RUNS = 20;
const GOAL_MS = 2000;
const TO = '2026-10-31';
const FROM = '2025-11-01';

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const p95 = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]!;

async function time(fetch: () => Promise<Response>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 3; i++) await (await fetch()).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const res = await fetch();
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    times.push(performance.now() - started);
  }
  return { median: median(times), p95: p95(times) };
}

/**
 * Briefing generation for a country with a year of reports (PGlite), through the whole app: the full PDF, the
 * one-page handout and the HTML, p95 over 20 requests each. Goal: under 2 s. Baseline, in the same run: the
 * country's year-long daily risk series (GET /api/countries/SDN/risk), the cheapest read a briefing builds on.
 */
export async function briefingBenchmarks(): Promise<BenchRow[]> {
  const database = await benchDatabase('pglite');
  try {
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
    const texts = makeCorpus(REPORTS * 3000, 3000);
    const day = (i: number) => new Date(Date.parse(FROM) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
    console.error(`briefing: loading ${texts.length} reports…`);
    for (const [i, text] of texts.entries()) {
      await services.reports.ingest(
        { username: 'bench' },
        { country: 'SDN', date: day(i), text, source: { name: `Monitor ${i % 7}`, reliability: 'B2' } },
      );
    }
    const { token } = await services.tokens.create({ username: 'bench' }, { name: 'bench', role: 'viewer' });
    const headers = { authorization: `Bearer ${token}` };
    const get = (path: string) => () => Promise.resolve(app.request(path, { headers }));
    const period = `from=${FROM}&to=${TO}`;
    const baseline = await time(get(`/api/countries/SDN/risk?${period}`));
    const rows: BenchRow[] = [];
    for (const [name, query] of [
      ['briefing PDF, full, a year of reports (p95)', 'format=pdf'],
      ['briefing PDF, handout (p95)', 'format=pdf&variant=handout'],
      ['briefing HTML, full (p95)', 'format=html'],
    ] as const) {
      const measured = await time(get(`/api/briefings/SDN?${period}&${query}`));
      rows.push({
        name,
        value: measured.p95,
        unit: 'ms',
        baseline: 'risk series of the same year (p95)',
        baselineValue: baseline.p95,
        ratio: baseline.p95 / measured.p95,
        goal: `< ${GOAL_MS} ms`,
        pass: measured.p95 < GOAL_MS,
      });
    }
    return rows;
  } finally {
    await database.drop();
  }
}
