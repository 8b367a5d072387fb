import type { Scenario } from './demo-countries.ts';
import type { Rng } from './prng.ts';

/**
 * A country's latent risk (0–1) on each day of the demo span: the hidden "truth" the report texts are written
 * from. Time constants are in days, so a crisis builds up as fast in a one-year demo as in a three-year one;
 * only the position of the trigger (`at`) scales with the span.
 */

/** Days for an escalation to cover ~63% of the way from baseline to peak: a sudden, not instant, crisis. */
const ESCALATION_RISE_DAYS = 25;
/** Days for a flare to reach its peak; it then fades over a few months. */
const FLARE_PEAK_DAYS = 18;
/** Days for risk to fall ~63% of the way back to baseline after a peace agreement. */
const PEACE_DECAY_DAYS = 90;

/** Slow, smooth ups and downs, so that no curve is a flat line and no two countries move in lockstep. */
export interface Wobble {
  readonly waves: readonly { amplitude: number; periodDays: number; phase: number }[];
}

export function createWobble(rng: Rng, amplitude: number): Wobble {
  const waves = [0.5, 0.3, 0.2].map((share) => ({
    amplitude: amplitude * share,
    periodDays: rng.between(45, 240),
    phase: rng.between(0, 2 * Math.PI),
  }));
  return { waves };
}

function wobbleAt(wobble: Wobble, day: number): number {
  let sum = 0;
  for (const w of wobble.waves) sum += w.amplitude * Math.sin((2 * Math.PI * day) / w.periodDays + w.phase);
  return sum;
}

/** The day (from the start of the span) of the scenario's trigger, or undefined when it has none. */
export function triggerDay(scenario: Scenario, spanDays: number): number | undefined {
  return scenario.at === undefined ? undefined : Math.round(scenario.at * spanDays);
}

/** How far along the scenario's crisis is on `day`: 0 at baseline, 1 at peak, before the wobble. */
function crisisLevel(scenario: Scenario, day: number, spanDays: number): number {
  const start = triggerDay(scenario, spanDays) ?? 0;
  const since = day - start;
  switch (scenario.kind) {
    case 'calm':
      return 0;
    case 'chronic':
      // Fighting seasons: a yearly swing between baseline and peak.
      return 0.5 + 0.5 * Math.sin((2 * Math.PI * day) / 365);
    case 'drift': {
      const x = Math.min(1, Math.max(0, since / (spanDays - start)));
      return x * x * (3 - 2 * x);
    }
    case 'escalation':
      return since < 0 ? 0 : 1 - Math.exp(-since / ESCALATION_RISE_DAYS);
    case 'flare': {
      // A gamma-shaped pulse: rises to 1 at FLARE_PEAK_DAYS, back below 0.1 after about five times that.
      const x = since / FLARE_PEAK_DAYS;
      return since < 0 ? 0 : x * Math.exp(1 - x);
    }
    case 'de-escalation':
      return since < 0 ? 1 : Math.exp(-since / PEACE_DECAY_DAYS);
  }
}

export function latentRisk(scenario: Scenario, day: number, spanDays: number, wobble: Wobble): number {
  const level = crisisLevel(scenario, day, spanDays);
  const risk = scenario.baseline + (scenario.peak - scenario.baseline) * level + wobbleAt(wobble, day);
  return Math.min(1, Math.max(0, risk));
}

/** A report every three weeks or so when all is calm… */
const CALM_REPORTS_PER_DAY = 1 / 21;
/** …and about five a week at the height of a crisis. */
const CRISIS_REPORTS_PER_DAY = 5 / 7;

/**
 * Reports per day at a given risk. Geometric between the two rates, with the exponent bent (`risk^1.4`) so
 * that low-risk countries stay close to the calm rate and only real crises fill the feed.
 */
export function reportRate(risk: number, coverage: number): number {
  const ratio = CRISIS_REPORTS_PER_DAY / CALM_REPORTS_PER_DAY;
  return coverage * CALM_REPORTS_PER_DAY * ratio ** (risk ** 1.4);
}
