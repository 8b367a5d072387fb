// `npm run bench` (not part of `npm test`): every benchmark, each with a baseline measured in the same run.
// `npm run bench -- --json` prints the rows as JSON.

import { alertBenchmarks } from './alerts.bench.ts';
import { briefingBenchmarks } from './briefing.bench.ts';
import { ingestBenchmarks } from './ingest.bench.ts';
import { loadBenchmarks } from './load.bench.ts';
import type { BenchRow } from './measure.ts';
import { printTable } from './measure.ts';
import { readBenchmarks } from './reads.bench.ts';
import { scorerBenchmarks } from './scorer.bench.ts';
import { webOverviewBenchmarks } from './web-overview.ts';

const suites: Array<[string, () => Promise<BenchRow[]>]> = [
  ['scorer', scorerBenchmarks],
  ['ingest', ingestBenchmarks],
  ['alerts', alertBenchmarks],
  ['reads', readBenchmarks],
  ['briefing', briefingBenchmarks],
  ['web', webOverviewBenchmarks],
  ['load', loadBenchmarks],
];
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const rows: BenchRow[] = [];
for (const [name, suite] of suites) {
  if (only.length && !only.includes(name)) continue;
  rows.push(...(await suite()));
}
if (process.argv.includes('--json')) console.log(JSON.stringify({ node: process.version, rows }, null, 2));
else printTable(rows);
