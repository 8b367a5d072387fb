import { describe, expect, it } from 'vitest';
import { ProvisionCode } from '../../indicators/catalog-schema.ts';
import {
  enumeratedActs,
  findAct,
  otherProvisions,
  romeStatuteActs,
} from '../../indicators/rome-statute-acts.ts';

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii'];
const roman = (n: number) => {
  const tens = 'x'.repeat(Math.floor(n / 10));
  return tens + (n % 10 === 0 ? '' : ROMAN[(n % 10) - 1]);
};
const letters = (prefix: string, last: string) =>
  Array.from({ length: last.charCodeAt(0) - 96 }, (_, i) => `${prefix}(${String.fromCharCode(97 + i)})`);
const items = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}(${roman(i + 1)})`);

// The 66 codes codes.md lists, written out independently of the table under test.
const EXPECTED_ENUMERATED = [
  ...letters('6', 'e'),
  ...letters('7(1)', 'k'),
  ...items('8(2)(a)', 8),
  ...items('8(2)(b)', 26),
  ...items('8(2)(c)', 4),
  ...items('8(2)(e)', 12),
];

describe('rome statute acts table', () => {
  it('has 68 provisions: the 66 enumerated acts of codes.md in statute order, then 7(2)(a) and 25(3)(e)', () => {
    expect(EXPECTED_ENUMERATED).toHaveLength(66);
    expect(enumeratedActs.map((act) => act.code)).toEqual(EXPECTED_ENUMERATED);
    expect(otherProvisions.map((act) => act.code)).toEqual(['7(2)(a)', '25(3)(e)']);
    expect(romeStatuteActs).toHaveLength(68);
  });

  it('has unique codes in the canonical format', () => {
    const codes = romeStatuteActs.map((act) => act.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(ProvisionCode.safeParse(code).success, code).toBe(true);
    expect(codes.filter((code) => code.includes('xxvi'))).toEqual(['8(2)(b)(xxvi)']);
  });

  it('assigns each provision to the crime of its article', () => {
    const crimeOf = { '6': 'genocide', '7': 'crimes_against_humanity', '8': 'war_crimes', '25': 'genocide' };
    for (const act of romeStatuteActs) {
      expect(act.crime, act.code).toBe(crimeOf[act.code.split('(')[0] as keyof typeof crimeOf]);
    }
  });

  it('gives every provision a non-empty title in English and Spanish', () => {
    for (const act of romeStatuteActs) {
      expect(act.title.en.trim().length, act.code).toBeGreaterThan(0);
      expect(act.title.es.trim().length, act.code).toBeGreaterThan(0);
      expect(act.title.es, act.code).not.toBe(act.title.en);
    }
  });

  it('follows the wording of the statute for acts that are easy to confuse', () => {
    expect(findAct('7(1)(g)')?.title).toEqual({
      en: 'Rape, sexual slavery and other sexual violence',
      es: 'Violación, esclavitud sexual y otras formas de violencia sexual',
    });
    expect(findAct('8(2)(b)(xxvi)')?.title.es).toContain('menores de 15 años');
    expect(findAct('8(2)(e)(vii)')?.title.es).toContain('menores de 15 años');
    expect(findAct('8(2)(e)(viii)')?.title.en).toMatch(/displacement/);
    expect(findAct('8(2)(b)(xxv)')?.title.en).toMatch(/[Ss]tarvation/);
    expect(findAct('8(2)(e)(iv)')?.title.es).toContain('la educación');
    expect(findAct('8(2)(b)(ix)')?.title.es).not.toContain('educación');
    expect(findAct('25(3)(e)')?.title.es).toBe('Instigación directa y pública a cometer genocidio');
  });

  it('finds nothing for a code outside the table', () => {
    expect(findAct('8(2)(e)(xiii)')).toBeUndefined();
  });
});
