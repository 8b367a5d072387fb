import { CRIME_CODES, type CrimeCode } from '../crimes.ts';
import { RF_CODES, type RFCode } from '../risk-factors.ts';

/**
 * The 17 dimensions a country's risk is tracked in, in a fixed order: RF1–RF14, then the three crimes. Stored
 * as arrays in this order (country_days), so the order is part of the data: append, never reorder.
 */
export const DIMENSIONS: readonly (RFCode | CrimeCode)[] = [...RF_CODES, ...CRIME_CODES];
export const DIMENSION_COUNT = DIMENSIONS.length;

export type Vector = number[];

/** A report's (or a day's) values as a vector in DIMENSIONS order. */
export function toVector(
  riskFactors: Partial<Record<string, number>>,
  crimes: Partial<Record<string, number>>,
): Vector {
  return DIMENSIONS.map((d, i) => (i < RF_CODES.length ? riskFactors[d] : crimes[d]) ?? 0);
}

export function fromVector(v: readonly number[]): {
  riskFactors: Record<RFCode, number>;
  crimes: Record<CrimeCode, number>;
} {
  const riskFactors = {} as Record<RFCode, number>;
  const crimes = {} as Record<CrimeCode, number>;
  RF_CODES.forEach((code, i) => {
    riskFactors[code] = round4(v[i] ?? 0);
  });
  CRIME_CODES.forEach((code, j) => {
    crimes[code] = round4(v[RF_CODES.length + j] ?? 0);
  });
  return { riskFactors, crimes };
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
