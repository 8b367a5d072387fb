import { catalog } from '../../indicators/catalog.ts';
import { scoreText } from '../../indicators/scorer/score.ts';
import { readNdjsonRecords } from '../../server/bulk/ndjson-records.ts';
import { generateDemoReports } from '../../server/demo/generate-demo-reports.ts';
import { createLogger } from '../../server/logger.ts';
import { createServices } from '../../server/services/index.ts';
import { createPasswordHasher } from '../../server/services/password-hasher.ts';
import { hitToRow } from '../../server/services/report-mapping.ts';
import { textHash } from '../../server/services/text-hash.ts';
import { benchDatabase, postgresReachable } from './bench-database.ts';
import type { BenchRow } from './measure.ts';

const REPORTS = 8_000;

/**
 * End-to-end ingest (NDJSON parse, validate, score, store reports and hits, update the daily aggregates) against
 * a plain batched insert of the same rows (the reports and their hits, computed beforehand) with no parsing,
 * validation, scoring, duplicate check or aggregates, on the same PostgreSQL server in the same run.
 */
export async function ingestBenchmarks(): Promise<BenchRow[]> {
  if (!(await postgresReachable())) {
    console.error('ingest benchmark skipped: no PostgreSQL at BENCH_DATABASE_URL / 127.0.0.1:5432');
    return [];
  }
  const reports = [...generateDemoReports({ endDate: '2026-11-23', seed: 3 })]
    .slice(0, REPORTS)
    .map(({ synthetic: _s, ...r }) => r);
  const ndjson = new TextEncoder().encode(reports.map((r) => JSON.stringify(r)).join('\n'));
  const mb = ndjson.byteLength / 1e6;

  const full = await benchDatabase('postgres');
  const services = createServices({
    database: full,
    passwords: createPasswordHasher({ logN: 10 }),
    now: () => new Date(),
    sessionHours: 1,
    logger: createLogger('silent'),
  });
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < ndjson.byteLength; i += 64 * 1024)
        controller.enqueue(ndjson.subarray(i, i + 64 * 1024));
      controller.close();
    },
  });
  let started = performance.now();
  const result = await services.bulk.ingest({ username: 'bench' }, readNdjsonRecords(stream));
  const ingestRate = result.accepted / ((performance.now() - started) / 1000);
  await full.drop();

  // The baseline stores the same rows, reports and their hits, computed beforehand (outside the timing).
  const scored = reports.map((r) => scoreText(catalog, r.text, { lang: r.lang, date: r.date }));
  const plain = await benchDatabase('postgres');
  started = performance.now();
  for (let i = 0; i < reports.length; i += 500) {
    const ids = await plain.db
      .insertInto('reports')
      .values(
        reports.slice(i, i + 500).map((r) => ({
          external_id: r.externalId ?? null,
          country: r.country,
          report_date: r.date,
          title: r.title ?? null,
          lang: r.lang ?? 'en',
          scored: false,
          text: r.text,
          text_hash: textHash(r.text),
          source_name: r.source?.name ?? null,
          reliability: r.source?.reliability ?? 'F6',
          tags: r.tags ?? [],
          score: 0,
          risk_factors: '{}',
          crimes: '{}',
          catalog_version: 'none',
          created_by: 'bench',
        })),
      )
      .returning('id')
      .execute();
    const hits = ids.flatMap(({ id }, k) => scored[i + k]!.hits.map((hit) => hitToRow(id, hit)));
    for (let h = 0; h < hits.length; h += 2_000)
      await plain.db
        .insertInto('hits')
        .values(hits.slice(h, h + 2_000))
        .execute();
  }
  const plainRate = reports.length / ((performance.now() - started) / 1000);
  await plain.drop();

  return [
    {
      name: `ingest end to end, PostgreSQL (${result.accepted} reports, ${mb.toFixed(1)} MB)`,
      value: ingestRate,
      unit: 'reports/s',
      baseline: 'plain batched insert of the same report and hit rows',
      baselineValue: plainRate,
      ratio: ingestRate / plainRate,
      goal: '≥ 1,000/s and ≥ 0.5× plain insert',
      pass: ingestRate >= 1000 && ingestRate / plainRate >= 0.5,
    },
  ];
}
