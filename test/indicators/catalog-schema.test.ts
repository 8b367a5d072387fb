import { describe, expect, it } from 'vitest';
import {
  Catalog,
  CatalogError,
  Indicator,
  parseCatalog,
  Rule,
  Term,
} from '../../indicators/catalog-schema.ts';
import { termProblem } from '../../indicators/term-syntax.ts';
import { anIndicator } from './builders.ts';

const rejects = (indicator: unknown) => Indicator.safeParse(indicator).success === false;

describe('Term', () => {
  it('accepts folded words, phrases and prefixes', () => {
    for (const term of ['masacr*', 'ninos soldado*', 'shot dead', 'under 15', 'marriage ban*']) {
      expect(termProblem(term), term).toBeUndefined();
    }
  });

  it('rejects accents, capitals, stray spaces, inner asterisks, punctuation and short prefixes', () => {
    expect(termProblem('masácre')).toMatch(/accents/);
    expect(termProblem('niños')).toMatch(/accents/);
    expect(termProblem('Massacre')).toMatch(/lower-case/);
    expect(termProblem('shot  dead')).toMatch(/empty token/);
    expect(termProblem(' killed')).toMatch(/empty token/);
    expect(termProblem('')).toMatch(/empty/);
    expect(termProblem('mas*acre')).toMatch(/only end a token/);
    expect(termProblem('non-state')).toMatch(/a-z and 0-9/);
    expect(termProblem('*')).toMatch(/a-z and 0-9/);
    expect(termProblem('rap*')).toMatch(/shorter than 4/);
    expect(Term.safeParse('Masacre').success).toBe(false);
  });
});

describe('Rule', () => {
  it('needs at least one non-empty group and a positive whole window', () => {
    expect(Rule.safeParse({ all: [['killed']] }).success).toBe(true);
    expect(Rule.safeParse({ all: [] }).success).toBe(false);
    expect(Rule.safeParse({ all: [[]] }).success).toBe(false);
    expect(Rule.safeParse({ all: [['killed']], none: [] }).success).toBe(false);
    expect(Rule.safeParse({ all: [['killed']], window: 0 }).success).toBe(false);
    expect(Rule.safeParse({ all: [['killed']], window: 2.5 }).success).toBe(false);
    expect(Rule.safeParse({ all: [['killed']], any: [['x']] }).success).toBe(false);
  });
});

describe('Indicator', () => {
  it('accepts a valid indicator', () => {
    expect(Indicator.safeParse(anIndicator()).success).toBe(true);
  });

  it('rejects malformed provision codes', () => {
    for (const code of ['7(1)(G)', '8(2)(b)(26)', 'Art. 7(1)(a)', '8(2)(b) (i)', '8(2)(b)(xl)', '7']) {
      expect(rejects(anIndicator({ legalBasis: [code] })), code).toBe(true);
    }
  });

  it('rejects an accented or capitalised term anywhere in the rules', () => {
    expect(
      rejects(anIndicator({ rules: { en: [{ all: [['killed']] }], es: [{ all: [['asesinó']] }] } })),
    ).toBe(true);
    expect(
      rejects(
        anIndicator({
          rules: { en: [{ all: [['killed']], none: ['Heart attack'] }], es: [{ all: [['x1']] }] },
        }),
      ),
    ).toBe(true);
  });

  it('needs rules and texts in both languages', () => {
    expect(rejects(anIndicator({ rules: { en: [{ all: [['killed']] }], es: [] } }))).toBe(true);
    expect(rejects({ ...anIndicator(), rules: { en: [{ all: [['killed']] }] } })).toBe(true);
    expect(rejects(anIndicator({ name: { en: 'Killings', es: '  ' } }))).toBe(true);
  });

  it('rejects ids that are not kebab-case, weights outside (0, 1] and unknown codes', () => {
    expect(rejects(anIndicator({ id: 'Killing_of_civilians' }))).toBe(true);
    expect(rejects(anIndicator({ weight: 0 }))).toBe(true);
    expect(rejects(anIndicator({ weight: 1.2 }))).toBe(true);
    expect(rejects({ ...anIndicator(), riskFactors: ['RF15'] })).toBe(true);
    expect(rejects(anIndicator({ riskFactors: [] }))).toBe(true);
    expect(rejects({ ...anIndicator(), crimes: ['aggression'] })).toBe(true);
  });

  it('rejects Framework numbers that are not citable or whose risk factor is missing', () => {
    expect(rejects(anIndicator({ framework: ['11.1'] }))).toBe(true);
    expect(
      rejects(
        anIndicator({
          riskFactors: ['RF11', 'RF10'],
          crimes: ['crimes_against_humanity', 'genocide'],
          framework: ['10.6'],
        }),
      ),
    ).toBe(true);
    expect(rejects(anIndicator({ framework: ['7.9'] }))).toBe(true);
    expect(rejects(anIndicator({ riskFactors: ['RF11', 'RF7'], framework: ['7.9'] }))).toBe(false);
  });

  it('rejects a legal basis or specific risk factor whose crime is not listed', () => {
    expect(rejects(anIndicator({ legalBasis: ['8(2)(b)(i)'] }))).toBe(true);
    expect(rejects(anIndicator({ riskFactors: ['RF11', 'RF13'] }))).toBe(true);
  });

  it('rejects a term repeated across the groups of one rule', () => {
    expect(
      rejects(
        anIndicator({
          rules: { en: [{ all: [['killed'], ['killed', 'civilians']] }], es: [{ all: [['x1']] }] },
        }),
      ),
    ).toBe(true);
  });
});

describe('Catalog', () => {
  it('rejects duplicate ids', () => {
    const result = Catalog.safeParse({ indicators: [anIndicator(), anIndicator()] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/duplicate id 'test-indicator'/);
  });

  it('names the bad indicator and the bad field when parsing fails', () => {
    const bad = anIndicator({ id: 'bad-one', legalBasis: ['7(1)(G)'] });
    expect(() => parseCatalog({ indicators: [anIndicator(), bad] })).toThrow(CatalogError);
    expect(() => parseCatalog({ indicators: [anIndicator(), bad] })).toThrow(
      /indicator 'bad-one' at legalBasis\.0/,
    );
  });
});
