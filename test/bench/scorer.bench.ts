import { catalog } from '../../indicators/catalog.ts';
import { scoreText } from '../../indicators/scorer/score.ts';
import { makeCorpus } from './corpus.ts';
import { type BenchRow, opsPerSecond } from './measure.ts';
import { compileNaive, naiveScore, normaliseOnly } from './naive-scorer.ts';

/** Scorer throughput on mixed EN/ES text vs a naive one-regex-per-rule scorer and vs folding alone. */
export async function scorerBenchmarks(): Promise<BenchRow[]> {
  const reports = makeCorpus(4_000_000);
  const bytes = reports.reduce((n, r) => n + Buffer.byteLength(r), 0);
  const mb = bytes / 1e6;
  const naive = { en: compileNaive(catalog.indicators, 'en'), es: compileNaive(catalog.indicators, 'es') };
  scoreText(catalog, 'warm up the compiled catalog', { lang: 'en' });

  const run = (fn: (r: string, i: number) => void) => () => reports.forEach(fn);
  // The language is given, as in bulk ingest with a lang column; detection is a separate, bounded pass.
  const scorer =
    opsPerSecond(
      run((r, i) => scoreText(catalog, r, { lang: i % 2 ? 'es' : 'en' })),
      3000,
    ) * mb;
  const detected =
    opsPerSecond(
      run((r) => scoreText(catalog, r)),
      3000,
    ) * mb;
  const naiveRate =
    opsPerSecond(
      run((r, i) => naiveScore(i % 2 ? naive.es : naive.en, r)),
      3000,
    ) * mb;
  const foldRate =
    opsPerSecond(
      run((r) => normaliseOnly(r)),
      1500,
    ) * mb;

  return [
    {
      name: 'scorer throughput, mixed EN/ES (lang given)',
      value: scorer,
      unit: 'MB/s',
      baseline: 'naive one-regex-per-rule',
      baselineValue: naiveRate,
      ratio: scorer / naiveRate,
      goal: '≥ 20 MB/s and ≥ 10× naive',
      pass: scorer >= 20 && scorer / naiveRate >= 10,
    },
    {
      name: 'scorer throughput, language detected',
      value: detected,
      unit: 'MB/s',
      baseline: 'one normalising pass',
      baselineValue: foldRate,
      ratio: detected / foldRate,
      goal: '≥ 20 MB/s',
      pass: detected >= 20,
    },
  ];
}
