import { afterEach, describe, expect, it } from 'vitest';
import {
  firstWords,
  languageLabel,
  languageName,
  legalBasisLabel,
  reliabilityWords,
  safeHttpUrl,
  topRiskFactors,
} from '../../web/src/components/report-labels.ts';
import { locale } from '../../web/src/i18n/index.ts';

afterEach(() => locale.set('en'));

describe('words for a report’s codes', () => {
  it('makes a link only of absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '/reports/1',
      '//evil.example',
      'ftp://x.org',
      '',
      null,
    ]) {
      expect(safeHttpUrl(bad)).toBeUndefined();
    }
  });

  it('explains an Admiralty grade in words, in the UI language, and refuses anything else', () => {
    expect(reliabilityWords('B2')).toBe('source usually reliable; information probably true');
    expect(reliabilityWords('F6')).toBe(
      'source reliability cannot be judged; information truth cannot be judged',
    );
    locale.set('es');
    expect(reliabilityWords('A1')).toBe(
      'fuente completamente confiable; información confirmada por otras fuentes',
    );
    for (const bad of ['G1', 'A7', 'B', 'B22', '2B', '']) expect(reliabilityWords(bad)).toBeUndefined();
  });

  it('names an untitled report by its first whole words', () => {
    expect(firstWords('Short text.')).toBe('Short text.');
    expect(firstWords('  Militia \n fighters   burned homes ')).toBe('Militia fighters burned homes');
    const long =
      'Soldiers burned the village of Tabit and killed 30 civilians while the police watched, according to survivors.';
    const named = firstWords(long, 60);
    expect(named.endsWith('…')).toBe(true);
    expect(named.length).toBeLessThanOrEqual(61);
    expect(long.startsWith(named.slice(0, -1))).toBe(true);
    expect(named).toBe('Soldiers burned the village of Tabit and killed 30…');
  });

  it('orders a report’s risk factors strongest first and leaves out the absent ones', () => {
    expect(topRiskFactors({ RF1: 0.2, RF11: 0.9, RF7: 0, RF13: 0.5, RF2: 0.2 })).toEqual([
      'RF11',
      'RF13',
      'RF1',
    ]);
    expect(topRiskFactors({})).toEqual([]);
  });

  it('writes legal bases as citations and language names as each language writes them', () => {
    expect(legalBasisLabel('7(1)(i)')).toBe('Art. 7(1)(i)');
    expect(languageName('fr')).toBe('French');
    locale.set('es');
    expect(languageName('en')).toBe('inglés');
    expect(languageLabel('en')).toBe('Inglés');
    expect(languageName('und')).toBe('indeterminado');
  });
});
