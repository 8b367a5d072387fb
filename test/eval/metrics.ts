import { familyOf } from '../../indicators/act-families.ts';
import type { ScorableCatalog } from '../../indicators/scorer/score.ts';
import { scoreText } from '../../indicators/scorer/score.ts';

/** One labelled sentence of test/fixtures/eval/*.jsonl. */
export interface LabelledSentence {
  id: string;
  lang: 'en' | 'es';
  text: string;
  families: string[];
  riskFactors: string[];
  crimes: string[];
  negative: boolean;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

const prf = (c: Counts): Prf => {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
};

/** What the scorer predicts for a sentence: only hits that count (not negated, current events). */
export function predict(catalog: ScorableCatalog, s: LabelledSentence) {
  const result = scoreText(catalog, s.text, { lang: s.lang });
  const counted = result.hits.filter((h) => h.weight > 0);
  const families = new Set<string>();
  // Act families are acts reported as current events; a past atrocity counts only as a record (RF2).
  for (const hit of counted.filter((h) => h.context === 'current'))
    for (const code of hit.legalBasis) {
      const family = familyOf(code);
      if (family) families.add(family);
    }
  return {
    families,
    riskFactors: new Set(counted.flatMap((h) => h.riskFactors)),
    crimes: new Set(counted.flatMap((h) => h.crimes)),
    anyHit: counted.length > 0,
  };
}

export interface Evaluation {
  families: Map<string, Prf>;
  riskFactors: Map<string, Prf>;
  crimes: Map<string, Prf>;
  /** Micro-averaged over every label of the dimension. */
  micro: { families: Prf; riskFactors: Prf; crimes: Prf };
  negatives: { total: number; falsePositives: number; rate: number; ids: string[] };
  /** Per-sentence errors, for tuning. */
  errors: Array<{ id: string; missed: string[]; spurious: string[] }>;
}

/** Precision, recall and F1 per label and micro-averaged, and the false-positive rate on hard negatives. */
export function evaluate(catalog: ScorableCatalog, sentences: readonly LabelledSentence[]): Evaluation {
  const tallies = {
    families: new Map<string, Counts>(),
    riskFactors: new Map<string, Counts>(),
    crimes: new Map<string, Counts>(),
  };
  const negatives = { total: 0, falsePositives: 0, rate: 0, ids: [] as string[] };
  const errors: Evaluation['errors'] = [];
  for (const s of sentences) {
    const predicted = predict(catalog, s);
    if (s.negative) {
      negatives.total++;
      if (predicted.anyHit) {
        negatives.falsePositives++;
        negatives.ids.push(s.id);
      }
    }
    const missed: string[] = [];
    const spurious: string[] = [];
    for (const dim of ['families', 'riskFactors', 'crimes'] as const) {
      const gold = new Set<string>(s[dim]);
      const got: Set<string> = predicted[dim];
      for (const label of new Set([...gold, ...got])) {
        const c = tallies[dim].get(label) ?? { tp: 0, fp: 0, fn: 0 };
        if (gold.has(label) && got.has(label)) c.tp++;
        else if (got.has(label)) {
          c.fp++;
          spurious.push(label);
        } else {
          c.fn++;
          missed.push(label);
        }
        tallies[dim].set(label, c);
      }
    }
    if (missed.length || spurious.length) errors.push({ id: s.id, missed, spurious });
  }
  negatives.rate = negatives.total ? negatives.falsePositives / negatives.total : 0;
  const per = (m: Map<string, Counts>) =>
    new Map([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, prf(c)]));
  const micro = (m: Map<string, Counts>) =>
    prf(
      [...m.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
        tp: 0,
        fp: 0,
        fn: 0,
      }),
    );
  return {
    families: per(tallies.families),
    riskFactors: per(tallies.riskFactors),
    crimes: per(tallies.crimes),
    micro: {
      families: micro(tallies.families),
      riskFactors: micro(tallies.riskFactors),
      crimes: micro(tallies.crimes),
    },
    negatives,
    errors,
  };
}

/** Area under the ROC curve of `scores` for binary `labels` (Mann–Whitney U, ties counted half). */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const pos = scores.filter((_, i) => labels[i] === 1);
  const neg = scores.filter((_, i) => labels[i] === 0);
  if (!pos.length || !neg.length) return Number.NaN;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}
