import { describe, expect, it } from 'vitest';
import { catalog, RF_CODES, riskFactors, romeStatuteActs } from '../../indicators/catalog.ts';
import { type Indicator, parseCatalog } from '../../indicators/catalog-schema.ts';
import { citableFrameworkIndicators, type RFCode } from '../../indicators/risk-factors.ts';

/** Codes of the acts table that no indicator cites in its legal basis. */
function uncoveredActs(indicators: readonly Indicator[]): string[] {
  const cited = new Set(indicators.flatMap((indicator) => indicator.legalBasis));
  return romeStatuteActs.map((act) => act.code).filter((code) => !cited.has(code));
}

function indicatorsPerRiskFactor(indicators: readonly Indicator[]): Record<RFCode, number> {
  const counts = Object.fromEntries(RF_CODES.map((rf) => [rf, 0])) as Record<RFCode, number>;
  for (const indicator of indicators) for (const rf of indicator.riskFactors) counts[rf] += 1;
  return counts;
}

describe('catalog', () => {
  it('passes its own schema', () => {
    expect(() => parseCatalog({ indicators: catalog.indicators })).not.toThrow();
    expect(catalog.indicators.length).toBeGreaterThanOrEqual(110);
    expect(catalog.indicators.length).toBeLessThanOrEqual(160);
  });

  it('covers every act of the table with at least one indicator', () => {
    expect(uncoveredActs(catalog.indicators)).toEqual([]);
  });

  it('reports an act as uncovered once the indicators citing it are gone', () => {
    const without = catalog.indicators.filter((indicator) => !indicator.legalBasis.includes('6(e)'));
    expect(uncoveredActs(without)).toContain('6(e)');
  });

  it('cites only provisions of the acts table, so the UI can title every citation', () => {
    const known = new Set(romeStatuteActs.map((act) => act.code));
    for (const indicator of catalog.indicators) {
      for (const code of indicator.legalBasis) expect(known.has(code), `${indicator.id}: ${code}`).toBe(true);
    }
  });

  it('has at least four indicators for every risk factor', () => {
    const counts = indicatorsPerRiskFactor(catalog.indicators);
    for (const rf of riskFactors) expect(counts[rf.code], rf.code).toBeGreaterThanOrEqual(4);
  });

  it('has non-empty English and Spanish texts and at least one rule per language for every indicator', () => {
    for (const indicator of catalog.indicators) {
      for (const lang of ['en', 'es'] as const) {
        expect(indicator.name[lang].trim(), `${indicator.id} name.${lang}`).not.toBe('');
        expect(indicator.description[lang].trim(), `${indicator.id} description.${lang}`).not.toBe('');
        expect(indicator.rules[lang].length, `${indicator.id} rules.${lang}`).toBeGreaterThanOrEqual(1);
      }
      expect(indicator.name.es, indicator.id).not.toBe(indicator.name.en);
    }
  });

  it('cites Framework numbers only where the outline allows them', () => {
    for (const indicator of catalog.indicators) {
      for (const ref of indicator.framework) {
        const [factor = '', item = ''] = ref.split('.');
        expect(Number(item), `${indicator.id}: ${ref}`).toBeLessThanOrEqual(
          citableFrameworkIndicators[`RF${factor}` as RFCode],
        );
      }
    }
  });

  it('weighs the gravest acts high and purely contextual signals low', () => {
    for (const indicator of catalog.indicators) {
      if (indicator.legalBasis.some((code) => ['6(a)', '7(1)(b)', '25(3)(e)'].includes(code))) {
        expect(indicator.weight, indicator.id).toBeGreaterThanOrEqual(0.85);
      }
      if (indicator.legalBasis.length === 0 && indicator.crimes.length === 0) {
        expect(indicator.weight, indicator.id).toBeLessThanOrEqual(0.6);
      }
    }
  });

  it('is frozen, so its version cannot drift from its content', () => {
    expect(Object.isFrozen(catalog.indicators)).toBe(true);
    expect(Object.isFrozen(catalog.indicators[0]?.rules.en[0]?.all)).toBe(true);
  });
});
