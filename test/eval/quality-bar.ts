import type { ScorableCatalog } from '../../indicators/scorer/score.ts';
import { evaluate, type LabelledSentence } from './metrics.ts';

export interface QualityCheck {
  name: string;
  value: number;
  bar: string;
  ok: boolean;
}

/**
 * The scoring issue's bar on the labelled set: act-family precision ≥ 0.90 and recall ≥ 0.85, risk-factor
 * F1 ≥ 0.80, at most 5% of hard negatives with a hit, and English and Spanish within 0.05 of each other's F1.
 * Used by `npm run eval -- --check` and by test/indicators/quality.test.ts.
 */
export function qualityChecks(catalog: ScorableCatalog, all: readonly LabelledSentence[]): QualityCheck[] {
  const e = evaluate(catalog, all);
  const en = evaluate(
    catalog,
    all.filter((s) => s.lang === 'en'),
  );
  const es = evaluate(
    catalog,
    all.filter((s) => s.lang === 'es'),
  );
  const atLeast = (name: string, value: number, bar: number) => ({
    name,
    value,
    bar: `≥ ${bar.toFixed(2)}`,
    ok: value >= bar,
  });
  const atMost = (name: string, value: number, bar: number) => ({
    name,
    value,
    bar: `≤ ${bar.toFixed(2)}`,
    ok: value <= bar,
  });
  return [
    atLeast('act families precision', e.micro.families.precision, 0.9),
    atLeast('act families recall', e.micro.families.recall, 0.85),
    atLeast('risk factors F1', e.micro.riskFactors.f1, 0.8),
    atMost('false-positive rate on hard negatives', e.negatives.rate, 0.05),
    atMost('EN–ES act F1 gap', Math.abs(en.micro.families.f1 - es.micro.families.f1), 0.05),
    atMost('EN–ES risk-factor F1 gap', Math.abs(en.micro.riskFactors.f1 - es.micro.riskFactors.f1), 0.05),
  ];
}
