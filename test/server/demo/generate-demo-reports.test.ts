import { beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../../indicators/catalog.ts';
import { isCountryCode } from '../../../indicators/countries.ts';
import { detectLanguage } from '../../../indicators/scorer/language.ts';
import { scoreText } from '../../../indicators/scorer/score.ts';
import { ReportInput } from '../../../server/contract/reports.ts';
import { DEMO_COUNTRIES, type DemoCountry } from '../../../server/demo/demo-countries.ts';
import { fillTemplate, pickCast } from '../../../server/demo/fill-template.ts';
import { type DemoReport, generateDemoReports } from '../../../server/demo/generate-demo-reports.ts';
import { LANGUAGE_PACKS } from '../../../server/demo/language-packs.ts';
import { createRng } from '../../../server/demo/prng.ts';
import { triggerDay } from '../../../server/demo/risk-curve.ts';

const END = '2026-11-30';
const START = '2023-11-30';
const SPAN_DAYS = 1096; // 30 Nov 2023 to 30 Nov 2026, with 29 Feb 2024.
const DAY_MS = 86_400_000;

const dayOf = (report: DemoReport) => (Date.parse(report.date) - Date.parse(START)) / DAY_MS;
const mean = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
/** Every string in a nested object of templates. */
const allStrings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.values(value as object).flatMap(allStrings);
const scoreOf = (report: DemoReport) =>
  scoreText(catalog, report.text, { lang: report.lang, date: report.date }).score;

describe('generateDemoReports', () => {
  let reports: DemoReport[];
  const ofCountry = (iso3: string) => reports.filter((r) => r.country === iso3);
  /** Mean score of a country's reports dated in [from, to) days from the start of the demo. */
  const meanScore = (country: DemoCountry, from: number, to: number) =>
    mean(
      ofCountry(country.iso3)
        .filter((r) => dayOf(r) >= from && dayOf(r) < to)
        .map(scoreOf),
    );

  beforeAll(() => {
    reports = [...generateDemoReports({ endDate: END })];
  });

  it('gives the same reports for the same seed and different ones for another seed', () => {
    expect([...generateDemoReports({ endDate: END })]).toEqual(reports);
    const other = [...generateDemoReports({ endDate: END, seed: 2, countries: 3 })];
    const same = reports.filter((r) => DEMO_COUNTRIES.slice(0, 3).some((c) => c.iso3 === r.country));
    expect(other).not.toEqual(same);
  });

  it('gives each country the same reports whatever the number of countries asked for', () => {
    const firstFive = [...generateDemoReports({ endDate: END, countries: 5 })];
    expect(firstFive).toEqual(reports.filter((r) => firstFive.some((f) => f.country === r.country)));
    expect(new Set(firstFive.map((r) => r.country)).size).toBe(5);
  });

  it('covers forty real countries with a few thousand reports', () => {
    const countries = new Set(reports.map((r) => r.country));
    expect(countries.size).toBe(40);
    for (const iso3 of countries) expect(isCountryCode(iso3), iso3).toBe(true);
    expect(reports.length).toBeGreaterThanOrEqual(6000);
    expect(reports.length).toBeLessThanOrEqual(12_000);
  });

  it('dates every report within the demo years, in date order', () => {
    for (const r of reports) {
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.date >= START && r.date <= END, r.date).toBe(true);
      if (r.period) expect(r.period.from >= START && r.period.to === r.date).toBe(true);
    }
    const dates = reports.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('makes every report a valid ReportInput, marked synthetic in its flag, title, tags, source and text', () => {
    for (const { synthetic, ...input } of reports) {
      expect(synthetic).toBe(true);
      expect(ReportInput.parse(input)).toEqual(input);
      expect(input.title).toMatch(/^\[DEMO\] /);
      expect(input.tags).toContain('synthetic');
      expect(input.source?.name).toMatch(/^(Demo Monitoring Network|Red de Monitoreo de Demostración)$/);
      expect(input.source?.url ?? 'https://example.org/').toMatch(/^https:\/\/example\.org\//);
      expect(input.text).toMatch(/^(Synthetic demonstration report|Informe sintético de demostración)/);
      expect(input.text.length).toBeGreaterThanOrEqual(400);
      expect(input.text.length).toBeLessThanOrEqual(1500);
    }
  });

  it('writes in Spanish for Spanish-speaking Latin America and in English elsewhere', () => {
    const spanish = new Set(['COL', 'MEX', 'GTM', 'HND', 'SLV', 'NIC', 'VEN', 'PER', 'ECU', 'BOL', 'CRI']);
    for (const r of reports) expect(r.lang, r.country).toBe(spanish.has(r.country) ? 'es' : 'en');
    // The text must read as its language, not just be labelled so: the scorer's detector agrees.
    for (const r of reports.filter((_, i) => i % 25 === 0))
      expect(detectLanguage(r.text), r.text).toBe(r.lang);
  });

  it('gives every report a unique external id that follows its country', () => {
    const ids = reports.map((r) => r.externalId);
    expect(new Set(ids).size).toBe(reports.length);
    for (const r of reports)
      expect(r.externalId).toMatch(new RegExp(`^demo-${r.country.toLowerCase()}-\\d+$`));
  });

  it('grades reliability across the Admiralty scale, mostly B and C', () => {
    const grades = reports.map((r) => r.source?.reliability ?? '');
    expect(new Set(grades).size).toBeGreaterThanOrEqual(10);
    const share = (pattern: RegExp) => grades.filter((g) => pattern.test(g)).length / grades.length;
    expect(share(/^[BC]/)).toBeGreaterThan(0.6);
    expect(share(/^A1$/)).toBeLessThan(0.05);
  });

  it('fills every template of both languages, including rarely drawn ones, leaving no slot unfilled', () => {
    const rng = createRng(1);
    for (const pack of Object.values(LANGUAGE_PACKS)) {
      const cast = pickCast(pack, rng);
      for (const template of allStrings(pack.templates)) {
        const scene = { cast, place: cast.places[0]!, risk: 1, mentioned: false };
        expect(fillTemplate(template, pack, scene, rng)).not.toMatch(/[{}]/);
      }
    }
  });

  it('rejects options it cannot honour when called, not when first read', () => {
    expect(() => generateDemoReports({ endDate: '2026-02-30' })).toThrow(RangeError);
    expect(() => generateDemoReports({ endDate: END, years: 0 })).toThrow(RangeError);
    expect(() => generateDemoReports({ endDate: END, countries: 41 })).toThrow(RangeError);
  });

  describe('scored by the real scorer', () => {
    it('scores the peak quarter of every sharp escalation clearly above its calm quarter', () => {
      const sharp = DEMO_COUNTRIES.filter(
        (c) => c.scenario.kind === 'escalation' && c.scenario.peak - c.scenario.baseline >= 0.4,
      );
      expect(sharp.length).toBeGreaterThanOrEqual(5);
      for (const country of sharp) {
        const trigger = triggerDay(country.scenario, SPAN_DAYS)!;
        // The quarter ending a month before the trigger, and the quarter starting two months after it.
        const calm = meanScore(country, trigger - 121, trigger - 30);
        const peak = meanScore(country, trigger + 60, trigger + 151);
        expect(peak, `${country.iso3}: calm ${calm.toFixed(1)}, peak ${peak.toFixed(1)}`).toBeGreaterThan(
          Math.max(calm + 15, 1.5 * calm),
        );
      }
    });

    it('scores lower after a peace agreement than before it', () => {
      // Agreements early in the span leave no full quarter before them to compare with.
      const deals = DEMO_COUNTRIES.filter(
        (c) => c.scenario.kind === 'de-escalation' && c.scenario.at! >= 0.2,
      );
      expect(deals.length).toBeGreaterThanOrEqual(3);
      for (const country of deals) {
        const deal = triggerDay(country.scenario, SPAN_DAYS)!;
        const before = meanScore(country, deal - 91, deal);
        const lastQuarter = meanScore(country, SPAN_DAYS - 91, SPAN_DAYS + 1);
        expect(lastQuarter, country.iso3).toBeLessThan(before - 10);
      }
    });

    it('keeps calm countries low', () => {
      const calm = DEMO_COUNTRIES.filter((c) => c.scenario.kind === 'calm');
      expect(calm.length).toBeGreaterThanOrEqual(5);
      for (const country of calm) {
        expect(meanScore(country, 0, SPAN_DAYS + 1), country.iso3).toBeLessThan(10);
      }
    });
  });
});
