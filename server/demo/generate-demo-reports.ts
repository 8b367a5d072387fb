import { countryReports, type DemoReport, type DemoSpan } from './country-reports.ts';
import { DEMO_COUNTRIES } from './demo-countries.ts';

export type { DemoReport } from './country-reports.ts';

export interface DemoOptions {
  /** Same seed, same reports (byte for byte). */
  seed?: number;
  /** The last day of the demo period, YYYY-MM-DD: usually today, so the dashboard looks current. */
  endDate: string;
  /** How many years before `endDate` the demo starts. */
  years?: number;
  /** How many countries, taken from the start of DEMO_COUNTRIES (at most its length). */
  countries?: number;
}

export const DEFAULT_DEMO_SEED = 1;
const DEFAULT_YEARS = 3;
const DAY_MS = 86_400_000;

function demoSpan(endDate: string, years: number): DemoSpan {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(endDate);
  const end = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
  if (!end || end.toISOString().slice(0, 10) !== endDate) {
    throw new RangeError(`endDate must be a valid YYYY-MM-DD date, got "${endDate}"`);
  }
  if (!Number.isInteger(years) || years < 1 || years > 20) {
    throw new RangeError(`years must be a whole number from 1 to 20, got ${years}`);
  }
  const start = new Date(end);
  start.setUTCFullYear(end.getUTCFullYear() - years);
  return { start, days: Math.round((end.getTime() - start.getTime()) / DAY_MS) };
}

/**
 * Interleaves the countries' date-ordered streams into one date-ordered stream (ties keep country order), so
 * the loader stores the demo in the order a live feed would have delivered it, without holding it all in memory.
 */
function* mergeByDate(streams: readonly Iterator<DemoReport>[]): Generator<DemoReport> {
  const heads = streams.map((stream) => stream.next());
  for (;;) {
    let earliest = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i]!;
      if (head.done) continue;
      if (earliest < 0 || head.value.date < (heads[earliest]!.value as DemoReport).date) earliest = i;
    }
    if (earliest < 0) return;
    yield heads[earliest]!.value as DemoReport;
    heads[earliest] = streams[earliest]!.next();
  }
}

/**
 * The synthetic demo data set: about forty countries over three years, in English and Spanish, each country
 * following a scenario (calm, drift, escalation after a trigger, de-escalation after a peace deal, chronic
 * conflict, short flare). Every report says it is synthetic in its title, text, tags, source and `synthetic`
 * flag. Deterministic for a seed; each country has its own random stream, so the first N countries are the
 * same whatever N is. Not a generator function itself, so bad options throw at the call, not at the first read.
 */
export function generateDemoReports(options: DemoOptions): Generator<DemoReport> {
  const {
    seed = DEFAULT_DEMO_SEED,
    endDate,
    years = DEFAULT_YEARS,
    countries = DEMO_COUNTRIES.length,
  } = options;
  if (!Number.isInteger(countries) || countries < 1 || countries > DEMO_COUNTRIES.length) {
    throw new RangeError(
      `countries must be a whole number from 1 to ${DEMO_COUNTRIES.length}, got ${countries}`,
    );
  }
  const span = demoSpan(endDate, years);
  const streams = DEMO_COUNTRIES.slice(0, countries).map((country) => countryReports(country, seed, span));
  return mergeByDate(streams);
}
