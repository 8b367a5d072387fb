import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { es } from '../../web/src/i18n/es.ts';
import { formatDate, formatNumber, locale, t } from '../../web/src/i18n/index.ts';

// Strings that are the same in both languages on purpose: names, each language's own name, words spelt alike
// ("Asia", "No", "improbable"), and patterns made only of placeholders and symbols.
const SAME_IN_BOTH = new Set([
  'app.name',
  'lang.en',
  'lang.es',
  'db.postgres',
  'overview.region.asia',
  'overview.col.crime',
  'reports.sourceLine',
  'reports.article',
  'reports.informationGrade.5',
  'ingest.columns.no',
]);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the message catalogs', () => {
  it('have the same keys, and no empty message', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of [...Object.entries(en), ...Object.entries(es)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('translate every message (an English string left in the Spanish catalog is a bug)', () => {
    const untranslated = Object.keys(en).filter(
      (key) => !SAME_IN_BOTH.has(key) && es[key as keyof typeof en] === en[key as keyof typeof en],
    );
    expect(untranslated).toEqual([]);
  });
});

describe('t', () => {
  afterEach(() => locale.set('en'));

  it('fills placeholders and follows the current language', () => {
    expect(t('overview.welcome', { username: 'ana' })).toBe('Welcome, ana.');
    locale.set('es');
    expect(t('overview.welcome', { username: 'ana' })).toBe('Le damos la bienvenida, ana.');
  });

  it('leaves a placeholder visible when its value is missing, rather than printing "undefined"', () => {
    expect(t('page.report.title')).toBe('Report {id}');
    expect(t('page.report.title', {})).toBe('Report {id}');
  });
});

describe('formatDate and formatNumber', () => {
  afterEach(() => locale.set('en'));

  it('format with Intl in the current language', () => {
    const date = '2026-03-05T14:30:00Z';
    expect(formatDate(date, { dateStyle: 'long', timeZone: 'UTC' })).toBe('March 5, 2026');
    expect(formatNumber(12345.5)).toBe('12,345.5');
    locale.set('es');
    expect(formatDate(date, { dateStyle: 'long', timeZone: 'UTC' })).toBe('5 de marzo de 2026');
    expect(formatNumber(12345.5)).toBe('12.345,5');
  });

  it('shows an unparseable date as it came instead of "Invalid Date"', () => {
    expect(formatDate('not a date')).toBe('not a date');
  });
});
