// The risk levels' look, shared by every chart (map, ranking, trend bands, heat map). Pure: no DOM.
import { LEVEL_BANDS, levelOf, type RiskLevel } from '../../../indicators/risk/risk-model.ts';

export { LEVEL_BANDS, levelOf, type RiskLevel };

/** Lowest to highest. */
export const LEVELS: readonly RiskLevel[] = ['low', 'moderate', 'high', 'very_high'];

/**
 * ColorBrewer's 4-class OrRd: safe for the common colour-vision deficiencies, and its lightness falls
 * steadily, so the four levels stay in order when printed in greyscale. Colour is never the only cue: every
 * level is also written (table cells, tooltips, legends) and the map legend shows its pattern too.
 */
export const LEVEL_FILL: Readonly<Record<RiskLevel, string>> = {
  low: '#fef0d9',
  moderate: '#fdcc8a',
  high: '#fc8d59',
  very_high: '#b30000',
};

/** Text drawn on a level's fill with at least 4.5:1 contrast. */
export const LEVEL_INK: Readonly<Record<RiskLevel, string>> = {
  low: '#1a1a1a',
  moderate: '#1a1a1a',
  high: '#1a1a1a',
  very_high: '#ffffff',
};

/** Countries with no report: a light neutral grey, distinct from "low" in colour and in greyscale. */
export const NO_DATA_FILL = '#d9d9d9';

/** The 0–100 band `[from, to)` of each level, lowest first: for bands behind a trend line. */
export function levelBands(): Array<{ level: RiskLevel; from: number; to: number }> {
  const ascending = [...LEVEL_BANDS].reverse();
  return ascending.map((band, i) => ({
    level: band.level,
    from: band.from,
    to: ascending[i + 1]?.from ?? 100,
  }));
}
