// `node --import tsx test/eval/diagnose.ts [--heldout|--tuning] [--family X] [--rf RFn] [--id ID]`: every labelled
// sentence the scorer gets wrong, with its text, the gold and predicted labels and the hits that fired. For
// tuning the catalog; the held-out part (ids ending in 0 or 5) should be read only to measure.
import { catalog } from '../../indicators/catalog.ts';
import { scoreText } from '../../indicators/scorer/score.ts';
import { loadEvalSet } from './fixtures.ts';
import { predict } from './metrics.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const heldOut = (id: string) => /[05]$/.test(id);
let set = loadEvalSet();
if (process.argv.includes('--heldout')) set = set.filter((s) => heldOut(s.id));
if (process.argv.includes('--tuning')) set = set.filter((s) => !heldOut(s.id));
const only = arg('--id');
const family = arg('--family');
const rf = arg('--rf');
for (const s of set) {
  if (only && s.id !== only) continue;
  const p = predict(catalog, s);
  const diff = (gold: string[], got: Set<string>) => ({
    missed: gold.filter((g) => !got.has(g)),
    spurious: [...got].filter((g) => !gold.includes(g)),
  });
  const f = diff(s.families, p.families);
  const r = diff(s.riskFactors, p.riskFactors);
  const wrong = f.missed.length + f.spurious.length + r.missed.length + r.spurious.length > 0;
  if (!only && !wrong) continue;
  if (family && !f.missed.includes(family) && !f.spurious.includes(family)) continue;
  if (rf && !r.missed.includes(rf) && !r.spurious.includes(rf)) continue;
  const hits = scoreText(catalog, s.text, { lang: s.lang }).hits.map(
    (h) =>
      `${h.indicatorId}${h.negated ? '[neg]' : ''}${h.context !== 'current' ? `[${h.context}]` : ''}` +
      `{${h.matches.map((m) => s.text.slice(m.start, m.end)).join('+')}}`,
  );
  console.log(`\n${s.id}${s.negative ? ' (negative)' : ''}: ${s.text}`);
  console.log(
    `  families gold ${s.families.join(',') || '-'} | missed ${f.missed.join(',')} | spurious ${f.spurious.join(',')}`,
  );
  console.log(
    `  RF gold ${s.riskFactors.join(',') || '-'} | missed ${r.missed.join(',')} | spurious ${r.spurious.join(',')}`,
  );
  console.log(`  hits ${hits.join(' ')}`);
}
