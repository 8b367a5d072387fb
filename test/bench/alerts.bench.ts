import { readNdjsonRecords } from '../../server/bulk/ndjson-records.ts';
import { generateDemoReports } from '../../server/demo/generate-demo-reports.ts';
import { createLogger } from '../../server/logger.ts';
import { createServices } from '../../server/services/index.ts';
import { createPasswordHasher } from '../../server/services/password-hasher.ts';
import { benchDatabase, postgresReachable } from './bench-database.ts';
import type { BenchRow } from './measure.ts';

const REPORTS = Number(process.env.BENCH_ALERT_REPORTS ?? 100_000);
const END = '2026-11-23';

/** Synthetic reports until `count`: the demo generator, run with more seeds, over ten years. */
function reports(count: number) {
  const out: string[] = [];
  for (let seed = 1; out.length < count; seed++) {
    for (const { synthetic: _s, ...r } of generateDemoReports({ endDate: END, seed, years: 10 })) {
      // Seeds repeat some template sentences: an external id keeps every line a distinct report.
      out.push(JSON.stringify({ ...r, externalId: `bench-${seed}-${out.length}` }));
      if (out.length === count) break;
    }
  }
  return new TextEncoder().encode(out.join('\n'));
}

/**
 * Issue 6: evaluating every threshold after a bulk ingest of 100,000 reports must add less than 10% to the
 * ingest time. Ingest (which queues the countries it touched, in its transactions) is timed, then the drain of
 * that queue (every enabled threshold against every touched country), on the same PostgreSQL in the same run.
 */
export async function alertBenchmarks(): Promise<BenchRow[]> {
  if (!(await postgresReachable())) {
    console.error('alerts benchmark skipped: no PostgreSQL at BENCH_DATABASE_URL / 127.0.0.1:5432');
    return [];
  }
  const ndjson = reports(REPORTS);
  const database = await benchDatabase('postgres');
  try {
    const services = createServices({
      database,
      passwords: createPasswordHasher({ logN: 10 }),
      now: () => new Date(`${END}T12:00:00Z`),
      sessionHours: 1,
      logger: createLogger('silent'),
    });
    // Two more global thresholds beside the three built-in ones, so every metric kind is exercised.
    const actor = { username: 'bench' };
    await services.thresholds.create(actor, {
      country: null,
      metric: 'RF13',
      kind: 'rise',
      value: 0.2,
      windowDays: 14,
    });
    await services.thresholds.create(actor, {
      country: null,
      metric: 'war_crimes',
      kind: 'level',
      value: 0.6,
      persistenceDays: 3,
    });
    await services.engine.drain();

    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < ndjson.byteLength; i += 64 * 1024)
          controller.enqueue(ndjson.subarray(i, i + 64 * 1024));
        controller.close();
      },
    });
    let started = performance.now();
    const result = await services.bulk.ingest(actor, readNdjsonRecords(stream));
    const ingestMs = performance.now() - started;
    started = performance.now();
    const countries = await services.engine.drain();
    const evaluateMs = performance.now() - started;
    const alerts = await database.db
      .selectFrom('alerts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    console.error(
      `alerts bench: ${result.accepted} reports in ${(ingestMs / 1000).toFixed(1)} s; ${countries} countries × 5 thresholds evaluated in ${(evaluateMs / 1000).toFixed(2)} s; ${alerts.n} alerts`,
    );
    const share = evaluateMs / ingestMs;
    return [
      {
        name: `alert evaluation after a bulk ingest, PostgreSQL (${result.accepted} reports, ${countries} countries, 5 thresholds)`,
        value: evaluateMs / 1000,
        unit: 's',
        baseline: 'the bulk ingest itself',
        baselineValue: ingestMs / 1000,
        ratio: ingestMs / evaluateMs,
        goal: `adds < 10% to ingest (measured ${(share * 100).toFixed(1)}%)`,
        pass: share < 0.1,
      },
    ];
  } finally {
    await database.drop();
  }
}
