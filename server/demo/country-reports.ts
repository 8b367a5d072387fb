import type { ReportInput } from '../contract/reports.ts';
import { composeReport, type ReportBrief } from './compose-report.ts';
import type { DemoCountry } from './demo-countries.ts';
import { pickCast } from './fill-template.ts';
import { LANGUAGE_PACKS } from './language-packs.ts';
import { createRng, type Rng, seedFrom } from './prng.ts';
import { createWobble, latentRisk, reportRate, triggerDay } from './risk-curve.ts';

/** A demo report: a valid `ReportInput` plus the flag the loader stores so the UI and exports can mark it. */
export type DemoReport = ReportInput & { synthetic: true };

/** The demo period: day 0 is `start` (UTC midnight), day `days` is the end date, both included. */
export interface DemoSpan {
  start: Date;
  days: number;
}

const DAY_MS = 86_400_000;

/** Trigger sentences: always in the first two weeks, then less and less often over about four months. */
const ONSET_DAYS = 14;
const AFTERMATH_DAYS = 120;

/**
 * Admiralty grades as monitoring networks tend to assign them: mostly "usually reliable, probably true" (B2)
 * or "fairly reliable, possibly true" (C3), some confirmed, a tail of doubtful or unjudgeable items.
 */
const RELIABILITY: readonly (readonly [string, number])[] = [
  ['A1', 2],
  ['A2', 5],
  ['A3', 2],
  ['B1', 3],
  ['B2', 22],
  ['B3', 13],
  ['B4', 2],
  ['C2', 10],
  ['C3', 15],
  ['C4', 4],
  ['D3', 5],
  ['D4', 4],
  ['E5', 1],
  ['F3', 2],
  ['F6', 6],
];

const isoDate = (span: DemoSpan, day: number) =>
  new Date(span.start.getTime() + Math.max(0, day) * DAY_MS).toISOString().slice(0, 10);

function pickTrigger(country: DemoCountry, day: number, spanDays: number, rng: Rng): ReportBrief['trigger'] {
  const { trigger } = country.scenario;
  const at = triggerDay(country.scenario, spanDays);
  if (trigger === undefined || at === undefined || day < at) return undefined;
  const since = day - at;
  if (since <= ONSET_DAYS) return { kind: trigger, phase: 'onset' };
  if (since <= AFTERMATH_DAYS && rng.chance(0.8 * (1 - since / AFTERMATH_DAYS))) {
    return { kind: trigger, phase: 'after' };
  }
  return undefined;
}

/**
 * One country's reports, in date order. Reports arrive as a renewal process whose rate follows the latent risk
 * (reportRate), with gaps jittered ±50% so calm countries are not reported on like clockwork.
 */
export function* countryReports(country: DemoCountry, seed: number, span: DemoSpan): Generator<DemoReport> {
  const rng = createRng(seedFrom('atalaya-demo', seed, country.iso3));
  const pack = LANGUAGE_PACKS[country.lang];
  const cast = pickCast(pack, rng);
  const wobble = createWobble(rng, 0.08);
  const riskOn = (day: number) => latentRisk(country.scenario, day, span.days, wobble);
  const id = country.iso3.toLowerCase();

  let n = 0;
  let t = rng.next() / reportRate(riskOn(0), country.coverage);
  while (t <= span.days) {
    const day = Math.floor(t);
    const risk = riskOn(day);
    const trigger = pickTrigger(country, day, span.days, rng);
    const report = composeReport(pack, cast, { risk, trigger }, rng);
    n++;
    // Weekly and monthly notes cover the days up to their date; a flash update is about one moment.
    const periodDays = report.kind === 'weekly' ? 6 : report.kind === 'monthly' ? 29 : 0;
    yield {
      country: country.iso3,
      date: isoDate(span, day),
      title: report.title,
      text: report.text,
      lang: pack.lang,
      ...(periodDays > 0 && { period: { from: isoDate(span, day - periodDays), to: isoDate(span, day) } }),
      source: {
        name: pack.sourceName,
        // example.org is reserved for documentation (RFC 2606): a link that can never lead to a real page.
        url: `https://example.org/atalaya-demo/${id}/${n}`,
        reliability: rng.weighted(RELIABILITY),
      },
      tags: ['synthetic', 'demo', report.tier, ...report.topics],
      externalId: `demo-${id}-${n}`,
      synthetic: true,
    };
    t += rng.between(0.5, 1.5) / reportRate(risk, country.coverage);
  }
}
