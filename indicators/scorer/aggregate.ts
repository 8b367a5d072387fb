import { CRIME_CODES, type CrimeCode } from '../crimes.ts';
import { RF_CODES, type RFCode } from '../risk-factors.ts';
import { SCORING } from './parameters.ts';

/** The part of a hit aggregation needs. */
export interface WeightedHit {
  indicatorId: string;
  riskFactors: readonly RFCode[];
  crimes: readonly CrimeCode[];
  weight: number;
}

export interface Aggregate {
  riskFactors: Record<RFCode, number>;
  crimes: Record<CrimeCode, number>;
  score: number;
}

const noisyOr = (shares: Iterable<number>) => {
  let keep = 1;
  for (const share of shares) keep *= 1 - share;
  return 1 - keep;
};

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Hits → indicator evidence → risk factors and crimes in [0, 1] → a report score in [0, 100].
 * The score sums the weighted risk factors and the crime values (reportScore). Every step is a noisy-OR or a saturating exponential, so the result is monotone (more evidence never lowers
 * it), saturating (it never passes its bound), and breadth counts: many factors raise the score more than many
 * hits of one factor. See docs/SCORING.md.
 */
export function aggregate(hits: readonly WeightedHit[]): Aggregate {
  const evidence = new Map<string, { hit: WeightedHit; strongest: number; count: number }>();
  for (const hit of hits) {
    if (hit.weight <= 0) continue;
    const entry = evidence.get(hit.indicatorId) ?? { hit, strongest: 0, count: 0 };
    entry.strongest = Math.max(entry.strongest, hit.weight);
    entry.count++;
    evidence.set(hit.indicatorId, entry);
  }

  const factorShares = new Map<RFCode, number[]>();
  const crimeShares = new Map<CrimeCode, number[]>();
  for (const { hit, strongest, count } of evidence.values()) {
    const repetition = SCORING.firstHit + (1 - SCORING.firstHit) * (1 - SCORING.repeatDecay ** (count - 1));
    const share = SCORING.indicatorShare * Math.min(1, strongest * repetition);
    for (const rf of hit.riskFactors) factorShares.set(rf, [...(factorShares.get(rf) ?? []), share]);
    for (const crime of hit.crimes) crimeShares.set(crime, [...(crimeShares.get(crime) ?? []), share]);
  }

  const riskFactors = {} as Record<RFCode, number>;
  let total = 0;
  for (const code of RF_CODES) {
    const value = noisyOr(factorShares.get(code) ?? []);
    riskFactors[code] = round(value, 4);
    total += SCORING.riskFactorWeight(code) * value;
  }
  const crimes = {} as Record<CrimeCode, number>;
  for (const code of CRIME_CODES) {
    const value = noisyOr(crimeShares.get(code) ?? []);
    crimes[code] = round(value, 4);
    total += SCORING.crimeWeight * value;
  }
  const score = round(100 * (1 - Math.exp(-total / SCORING.tau)), 2);
  return { riskFactors, crimes, score };
}

/**
 * The 0–100 score of risk-factor and crime values: 100 × (1 − e^(−S/τ)), S = Σ k_r × RF_r + Σ k_c × crime_c. The
 * same formula `aggregate` applies to one report, for callers that hold values rather than hits (a country's
 * decayed values).
 */
export function reportScore(
  riskFactors: Readonly<Record<RFCode, number>>,
  crimes: Readonly<Record<CrimeCode, number>>,
): number {
  let total = 0;
  for (const code of RF_CODES) total += SCORING.riskFactorWeight(code) * (riskFactors[code] ?? 0);
  for (const code of CRIME_CODES) total += SCORING.crimeWeight * (crimes[code] ?? 0);
  return round(100 * (1 - Math.exp(-total / SCORING.tau)), 2);
}
