// `npm run eval`: precision, recall and F1 of the scorer on the team's labelled set, per act family, risk
// factor, crime and language. `npm run eval -- --gtc FILE`: ROC AUC of the report score on a labelled JSONL
// file such as the tribunal transcripts sample (../shared/data/gtc/gtc-sample.jsonl). `npm run eval -- --check`
// exits non-zero when the scoring issue's quality bar is not met.
import { readFileSync } from 'node:fs';
import { catalog } from '../../indicators/catalog.ts';
import { scoreText } from '../../indicators/scorer/score.ts';
import { loadEvalSet } from './fixtures.ts';
import { evaluate, type Prf, rocAuc } from './metrics.ts';
import { qualityChecks } from './quality-bar.ts';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const line = (label: string, m: Prf) =>
  `  ${label.padEnd(26)} P ${pct(m.precision).padStart(6)}  R ${pct(m.recall).padStart(6)}  F1 ${pct(m.f1).padStart(6)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;

const gtcIndex = process.argv.indexOf('--gtc');
if (gtcIndex > 0) {
  const file = process.argv[gtcIndex + 1];
  if (!file) throw new Error('--gtc needs a file');
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; label: number; tribunal?: string });
  const scores = rows.map((r) => scoreText(catalog, r.text, { lang: 'en' }).score);
  const labels = rows.map((r) => r.label);
  console.log(
    `GTC: ${rows.length} paragraphs, ROC AUC of the report score: ${rocAuc(scores, labels).toFixed(3)}`,
  );
  for (const tribunal of [...new Set(rows.map((r) => r.tribunal))]) {
    const idx = rows.map((r, i) => (r.tribunal === tribunal ? i : -1)).filter((i) => i >= 0);
    const auc = rocAuc(
      idx.map((i) => scores[i]!),
      idx.map((i) => labels[i]!),
    );
    console.log(`  ${tribunal}: ${idx.length} paragraphs, AUC ${auc.toFixed(3)}`);
  }
} else if (process.argv.includes('--check')) {
  // The scoring issue's bar, also enforced by `npm test` (test/indicators/quality.test.ts).
  const checks = qualityChecks(catalog, loadEvalSet());
  for (const { name, value, bar, ok } of checks)
    console.log(`${ok ? 'ok    ' : 'BELOW '} ${name}: ${value.toFixed(3)} (${bar})`);
  process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
} else {
  const all = loadEvalSet();
  // Ids ending in 0 or 5 are the held-out part: never read to tune the catalog, only to measure it.
  const heldOut = (s: { id: string }) => /[05]$/.test(s.id);
  for (const [name, set] of [
    ['all', all],
    ['en', all.filter((s) => s.lang === 'en')],
    ['es', all.filter((s) => s.lang === 'es')],
    ['held-out (ids ending 0/5)', all.filter(heldOut)],
    ['tuning (other ids)', all.filter((s) => !heldOut(s))],
  ] as const) {
    const e = evaluate(catalog, set);
    console.log(`\n== ${name}: ${set.length} sentences (catalog ${catalog.version})`);
    console.log(line('act families (micro)', e.micro.families));
    console.log(line('risk factors (micro)', e.micro.riskFactors));
    console.log(line('crimes (micro)', e.micro.crimes));
    console.log(
      `  false-positive rate on hard negatives: ${pct(e.negatives.rate)} (${e.negatives.falsePositives}/${e.negatives.total})`,
    );
    if (name !== 'all') continue;
    console.log('\n  per act family:');
    for (const [k, m] of e.families) console.log(line(k, m));
    console.log('\n  per risk factor:');
    for (const [k, m] of e.riskFactors) console.log(line(k, m));
    console.log('\n  per crime:');
    for (const [k, m] of e.crimes) console.log(line(k, m));
    if (process.argv.includes('--errors'))
      for (const err of e.errors)
        console.log(`  ${err.id}: missed ${err.missed.join(',')} spurious ${err.spurious.join(',')}`);
  }
}
