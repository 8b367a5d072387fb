import type { RFCode } from '../risk-factors.ts';

/**
 * Every number of the scoring formula, in one place (docs/SCORING.md explains each). Changing one changes
 * scores: it is part of the method, so it is versioned with the catalog.
 */
export const SCORING = {
  /** Casualty figures raise a hit's weight by up to this factor (reached at MAGNITUDE_FULL people). */
  magnitudeMaxBoost: 0.5,
  magnitudeFull: 1000,
  /**
   * An indicator's evidence is its strongest hit's weight × (firstHit + (1 − firstHit)(1 − repeatDecay^(n−1)))
   * for n counted hits: the first sentence gives most of it, further sentences add less and less.
   */
  firstHit: 0.6,
  repeatDecay: 0.5,
  /** Each indicator adds at most this share to a risk factor or crime: one indicator alone cannot max one out. */
  indicatorShare: 0.6,
  /** Weight of each risk factor in the report score: the specific factors (RF9–RF14) point at a crime. */
  riskFactorWeight: (code: RFCode) => (Number(code.slice(2)) >= 9 ? 1.5 : 1),
  /** Scale of the report score: 100 × (1 − e^(−Σ weighted factors / τ)). */
  tau: 3,
} as const;

/** 1 for a single victim or no figure; up to 1 + magnitudeMaxBoost for a thousand people or more. */
export function magnitudeFactor(people: number | undefined): number {
  if (people === undefined || people < 2) return 1;
  return 1 + SCORING.magnitudeMaxBoost * Math.min(1, Math.log10(people) / Math.log10(SCORING.magnitudeFull));
}
