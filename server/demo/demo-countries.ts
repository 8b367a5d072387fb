/**
 * The countries of the synthetic demo data set and the story each one tells. The codes are real so the map and
 * the country pages work; the events are not. Scenarios follow the broad public profile of each country
 * (long-running conflicts are chronic, stable democracies are calm) so the dashboard looks plausible, but every
 * date, place, group and figure in the generated reports is invented.
 */

/** The shape of a country's latent risk over the demo span (see risk-curve.ts). */
export type ScenarioKind = 'calm' | 'drift' | 'escalation' | 'de-escalation' | 'chronic' | 'flare';

/** The event that starts an escalation or a flare, or ends a conflict; reports around it mention it. */
export type TriggerKind = 'coup' | 'disputed-election' | 'state-of-emergency' | 'peace-agreement';

export interface Scenario {
  kind: ScenarioKind;
  /** Latent risk (0–1) in quiet times: before an escalation, after a peace deal, between flares. */
  baseline: number;
  /** Latent risk (0–1) at the height of the crisis; the level of a chronic conflict. */
  peak: number;
  /** When the trigger happens (or a drift starts), as a fraction of the demo span. */
  at?: number;
  trigger?: TriggerKind;
}

export interface DemoCountry {
  iso3: string;
  /** The language of its reports: Spanish for Spanish-speaking Latin America, English elsewhere. */
  lang: 'en' | 'es';
  scenario: Scenario;
  /** How much attention it gets: multiplies its report rate (large crises are reported on more). */
  coverage: number;
}

const calm = (baseline: number): Scenario => ({ kind: 'calm', baseline, peak: baseline });
// A chronic conflict swings ±0.1 around its level with the fighting seasons.
const chronic = (level: number): Scenario => ({ kind: 'chronic', baseline: level - 0.1, peak: level + 0.1 });
const drift = (baseline: number, peak: number, at: number): Scenario => ({
  kind: 'drift',
  baseline,
  peak,
  at,
});
const escalation = (baseline: number, peak: number, at: number, trigger: TriggerKind): Scenario => ({
  kind: 'escalation',
  baseline,
  peak,
  at,
  trigger,
});
const flare = (baseline: number, peak: number, at: number, trigger: TriggerKind): Scenario => ({
  kind: 'flare',
  baseline,
  peak,
  at,
  trigger,
});
const peaceDeal = (peak: number, baseline: number, at: number): Scenario => ({
  kind: 'de-escalation',
  baseline,
  peak,
  at,
  trigger: 'peace-agreement',
});

const es = (iso3: string, scenario: Scenario, coverage = 1): DemoCountry => ({
  iso3,
  lang: 'es',
  scenario,
  coverage,
});
const en = (iso3: string, scenario: Scenario, coverage = 1): DemoCountry => ({
  iso3,
  lang: 'en',
  scenario,
  coverage,
});

/**
 * Forty countries. The order interleaves regions, languages and scenarios, so that asking for the first N
 * (`countries` option) still gives a varied dashboard.
 */
export const DEMO_COUNTRIES: readonly DemoCountry[] = [
  es('COL', chronic(0.6), 1.3),
  en('SDN', escalation(0.35, 0.95, 0.3, 'coup'), 1.2),
  es('GTM', calm(0.12)),
  en('UKR', chronic(0.8), 1.2),
  es('NIC', escalation(0.15, 0.75, 0.4, 'disputed-election')),
  en('MMR', escalation(0.3, 0.9, 0.15, 'coup'), 1.1),
  en('KEN', flare(0.15, 0.65, 0.45, 'disputed-election')),
  en('ETH', peaceDeal(0.9, 0.3, 0.3), 1.1),
  es('MEX', chronic(0.5), 1.1),
  en('GHA', calm(0.08)),
  en('COD', chronic(0.8), 1.2),
  es('ECU', escalation(0.2, 0.7, 0.35, 'state-of-emergency')),
  en('SYR', chronic(0.75)),
  en('NPL', calm(0.08)),
  en('MLI', drift(0.35, 0.8, 0.1)),
  es('VEN', flare(0.25, 0.75, 0.55, 'disputed-election')),
  en('YEM', peaceDeal(0.85, 0.4, 0.35)),
  en('GEO', flare(0.08, 0.45, 0.6, 'disputed-election')),
  es('HND', drift(0.15, 0.5, 0.2)),
  en('BFA', escalation(0.4, 0.85, 0.2, 'coup')),
  en('SEN', calm(0.1)),
  en('AFG', chronic(0.6)),
  es('PER', flare(0.15, 0.6, 0.25, 'state-of-emergency')),
  en('CAF', peaceDeal(0.75, 0.3, 0.45)),
  en('BIH', drift(0.1, 0.35, 0.3)),
  en('SSD', chronic(0.7)),
  es('CRI', calm(0.06)),
  en('NER', escalation(0.25, 0.7, 0.6, 'coup')),
  en('BGD', flare(0.15, 0.6, 0.4, 'disputed-election')),
  es('SLV', escalation(0.2, 0.5, 0.3, 'state-of-emergency')),
  en('NGA', chronic(0.6), 1.1),
  en('JOR', calm(0.08)),
  en('PHL', peaceDeal(0.5, 0.2, 0.5)),
  es('BOL', flare(0.12, 0.55, 0.7, 'disputed-election')),
  en('SOM', chronic(0.65)),
  en('CMR', drift(0.3, 0.6, 0.2)),
  en('LBN', flare(0.2, 0.6, 0.65, 'state-of-emergency')),
  en('BWA', calm(0.05)),
  en('IRQ', peaceDeal(0.5, 0.2, 0.05)),
  en('MDA', calm(0.08)),
];
