import type { RFCode } from '../risk-factors.ts';
import { SCORING } from '../scorer/parameters.ts';
import { DIMENSION_COUNT, DIMENSIONS, type Vector } from './dimensions.ts';

/**
 * A country's risk over time, from its reports (docs/SCORING.md, "Risk over time"). Pure: the server keeps the
 * per-day state in country_days and calls these functions; the browser could too.
 *
 * 1. A report contributes its risk-factor and crime values × the reliability of its source.
 * 2. Reports of one day combine by noisy-OR: ten articles on the same massacre saturate instead of adding up.
 * 3. Days accumulate with exponential decay (half-life 30 days by default): state(d) = state(d−1)·2^(−1/h) + day(d).
 * 4. A dimension's value is 1 − e^(−state / EVIDENCE_SCALE): bounded, monotone in the evidence.
 * 5. The country score combines the 14 risk factors as the report score does.
 */
export interface RiskSettings {
  halfLifeDays: number;
}

export const DEFAULT_RISK_SETTINGS: RiskSettings = { halfLifeDays: 30 };

/** How much decayed evidence makes a dimension reach 1 − 1/e ≈ 0.63. */
export const EVIDENCE_SCALE = 2;

/** Admiralty scale: reliability of the source (A–F) × credibility of the information (1–6). F and 6 mean "cannot be judged": neutral, not worst. */
const SOURCE_WEIGHT: Record<string, number> = { A: 1, B: 0.9, C: 0.75, D: 0.55, E: 0.35, F: 0.7 };
const INFORMATION_WEIGHT: Record<string, number> = {
  '1': 1,
  '2': 0.9,
  '3': 0.75,
  '4': 0.55,
  '5': 0.3,
  '6': 0.8,
};

export function reliabilityWeight(grade: string): number {
  return (SOURCE_WEIGHT[grade[0] ?? 'F'] ?? 0.7) * (INFORMATION_WEIGHT[grade[1] ?? '6'] ?? 0.8);
}

/** Adds one report to a day's combined values (noisy-OR): the result never exceeds 1. */
export function addToDay(day: readonly number[], report: readonly number[], reliability: number): Vector {
  return Array.from(
    { length: DIMENSION_COUNT },
    (_, i) => 1 - (1 - (day[i] ?? 0)) * (1 - reliability * (report[i] ?? 0)),
  );
}

/** The factor by which evidence fades over `days` days. */
export function decay(days: number, settings: RiskSettings = DEFAULT_RISK_SETTINGS): number {
  return 2 ** (-days / settings.halfLifeDays);
}

/** Decayed evidence → values in [0, 1]. */
export function valuesOf(state: readonly number[]): Vector {
  return Array.from({ length: DIMENSION_COUNT }, (_, i) => 1 - Math.exp(-(state[i] ?? 0) / EVIDENCE_SCALE));
}

/** The 0–100 country score from its values, with the report score's formula (breadth across factors counts). */
export function scoreOf(values: readonly number[]): number {
  let total = 0;
  DIMENSIONS.forEach((code, i) => {
    total +=
      (code.startsWith('RF') ? SCORING.riskFactorWeight(code as RFCode) : SCORING.crimeWeight) *
      (values[i] ?? 0);
  });
  return Math.round(100 * (1 - Math.exp(-total / SCORING.tau)) * 100) / 100;
}

export type RiskLevel = 'low' | 'moderate' | 'high' | 'very_high';

/** Level bands of the 0–100 score: [0, 20) low, [20, 40) moderate, [40, 60) high, [60, 100] very high. */
export const LEVEL_BANDS: ReadonlyArray<{ level: RiskLevel; from: number }> = [
  { level: 'very_high', from: 60 },
  { level: 'high', from: 40 },
  { level: 'moderate', from: 20 },
  { level: 'low', from: 0 },
];

export function levelOf(score: number): RiskLevel {
  return LEVEL_BANDS.find((band) => score >= band.from)!.level;
}

export interface DayState {
  /** YYYY-MM-DD */
  day: string;
  /** Decayed evidence at the end of this day, this day's reports included. */
  state: number[];
  reports: number;
}

const DAY_MS = 86_400_000;
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
export const addDays = (day: string, n: number) =>
  new Date(Date.parse(day) + n * DAY_MS).toISOString().slice(0, 10);

/** The state on `day` from the last stored day at or before it (evidence fades in between). */
export function stateOn(day: string, last: DayState | undefined, settings = DEFAULT_RISK_SETTINGS): Vector {
  if (!last) return new Array(DIMENSION_COUNT).fill(0);
  const f = decay(daysBetween(last.day, day), settings);
  return last.state.map((s) => s * f);
}
