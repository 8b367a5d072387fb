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
  /**
   * Weight of each crime value in the report score. The acts themselves count, not only the risk factors they
   * evidence: a killing of three civilians by unknown gunmen evidences no risk factor of the Framework on its
   * own (the labelling guide), yet it is conduct that may amount to a crime against humanity or a war crime.
   */
  crimeWeight: 1.5,
  /**
   * RF11 (a widespread or systematic attack on a civilian population) is read from the scale of the events, not
   * from the kind of act: an act against civilians evidences RF11 only when the sentence gives at least this
   * many people for the act's family, or says the violence is a pattern, repeated, or spread over many places.
   * Other families (and acts without a family here) use `default`.
   */
  attackScale: {
    default: 30,
    killing: 30,
    extermination: 30,
    'sexual-violence': 30,
    'mutilation-experiments': 30,
    'attacks-on-civilians': 30,
    detention: 100,
    disappearance: 100,
    torture: 100,
    enslavement: 100,
    persecution: 100,
    displacement: 1000,
    'pillage-destruction': 1000,
  } as Readonly<Record<string, number>>,
  /**
   * Acts against persons that, committed where a party to an armed conflict or hostilities is named, are also
   * serious threats to those protected by international humanitarian law (the Framework's RF13).
   */
  conflictFamilies: [
    'killing',
    'extermination',
    'torture',
    'sexual-violence',
    'detention',
    'disappearance',
    'displacement',
    'enslavement',
  ] as readonly string[],
  /**
   * Without the report's date, a sentence that dates its events to a year before this one ("en 1936", "in
   * 1812") speaks of history. Atalaya scores current situation reports: none predates it.
   */
  undatedHistoryBefore: 1990,
  /** Scale of the report score: 100 × (1 − e^(−Σ weighted factors / τ)). */
  tau: 3,
} as const;

/** 1 for a single victim or no figure; up to 1 + magnitudeMaxBoost for a thousand people or more. */
export function magnitudeFactor(people: number | undefined): number {
  if (people === undefined || people < 2) return 1;
  return 1 + SCORING.magnitudeMaxBoost * Math.min(1, Math.log10(people) / Math.log10(SCORING.magnitudeFull));
}
