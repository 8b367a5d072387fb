import { describe, expect, it } from 'vitest';
import { CRIME_CODES, crimes } from '../../indicators/crimes.ts';
import { citableFrameworkIndicators, RF_CODES, riskFactors } from '../../indicators/risk-factors.ts';

describe('risk factors', () => {
  it('lists RF1 to RF14 in order', () => {
    expect(riskFactors.map((rf) => rf.code)).toEqual(Array.from({ length: 14 }, (_, i) => `RF${i + 1}`));
    expect([...RF_CODES]).toEqual(riskFactors.map((rf) => rf.code));
  });

  it('has eight common factors and two specific ones per crime', () => {
    const scopes = riskFactors.map((rf) => rf.scope);
    expect(scopes.slice(0, 8).every((scope) => scope === 'common')).toBe(true);
    expect(scopes.slice(8)).toEqual([
      'genocide',
      'genocide',
      'crimes_against_humanity',
      'crimes_against_humanity',
      'war_crimes',
      'war_crimes',
    ]);
  });

  it('names every factor in English as codes.md does, and in Spanish', () => {
    expect(riskFactors[0]?.name).toEqual({
      en: 'Situations of armed conflict or other forms of instability',
      es: 'Situaciones de conflicto armado u otras formas de inestabilidad',
    });
    expect(riskFactors[13]?.name.en).toBe('Serious threats to humanitarian or peacekeeping operations');
    for (const rf of riskFactors) expect(rf.name.es.trim().length, rf.code).toBeGreaterThan(0);
  });

  it('allows no Framework numbers for the factors known only by theme', () => {
    expect(citableFrameworkIndicators.RF11).toBe(0);
    expect(citableFrameworkIndicators.RF12).toBe(0);
    expect(citableFrameworkIndicators.RF14).toBe(0);
    expect(citableFrameworkIndicators.RF7).toBe(14);
    expect(citableFrameworkIndicators.RF13).toBe(10);
  });
});

describe('crimes', () => {
  it('has the three canonical codes with English and Spanish names', () => {
    expect(crimes.map((crime) => crime.code)).toEqual([...CRIME_CODES]);
    expect(crimes.map((crime) => crime.name.es)).toEqual([
      'Genocidio',
      'Crímenes de lesa humanidad',
      'Crímenes de guerra',
    ]);
  });
});
