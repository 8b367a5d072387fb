import { describe, expect, it } from 'vitest';
import { ReportInput } from '../../server/contract/reports.ts';
import {
  checkMetadata,
  EMPTY_METADATA,
  fieldOfPath,
  serverFieldErrors,
  toFormFields,
  toReportInput,
} from '../../web/src/components/ingest-fields.ts';

const full = {
  ...EMPTY_METADATA,
  country: 'SDN',
  date: '2026-03-10',
  title: '  Weekly update ',
  lang: 'en',
  periodFrom: '2026-03-01',
  periodTo: '2026-03-07',
  sourceName: 'Field monitor',
  sourceUrl: 'https://example.org/12',
  sourceGrade: 'B',
  infoGrade: '2',
  tags: 'darfur, west;; ,north',
  externalId: ' fm-12 ',
};

describe('the ingest form’s metadata', () => {
  it('becomes a ReportInput the server’s own schema accepts, with empty fields left out', () => {
    const input = toReportInput(full, 'Militia fighters burned homes.');
    expect(input).toEqual({
      country: 'SDN',
      date: '2026-03-10',
      text: 'Militia fighters burned homes.',
      title: 'Weekly update',
      lang: 'en',
      period: { from: '2026-03-01', to: '2026-03-07' },
      source: { name: 'Field monitor', url: 'https://example.org/12', reliability: 'B2' },
      tags: ['darfur', 'west', 'north'],
      externalId: 'fm-12',
    });
    expect(ReportInput.safeParse(input).success).toBe(true);
    const minimal = toReportInput({ ...EMPTY_METADATA, country: 'COL', date: '2026-01-02' }, 'Texto.');
    expect(minimal).toEqual({ country: 'COL', date: '2026-01-02', text: 'Texto.' });
    expect(ReportInput.safeParse(minimal).success).toBe(true);
  });

  it('becomes the multipart fields the file route reads (CSV names, tags joined by ;)', () => {
    expect(toFormFields(full)).toEqual([
      ['country', 'SDN'],
      ['date', '2026-03-10'],
      ['title', 'Weekly update'],
      ['lang', 'en'],
      ['period_from', '2026-03-01'],
      ['period_to', '2026-03-07'],
      ['source_name', 'Field monitor'],
      ['source_url', 'https://example.org/12'],
      ['source_reliability', 'B2'],
      ['tags', 'darfur;west;north'],
      ['externalId', 'fm-12'],
    ]);
    expect(toFormFields({ ...EMPTY_METADATA, country: 'COL', date: '2026-01-02' })).toEqual([
      ['country', 'COL'],
      ['date', '2026-01-02'],
    ]);
  });

  it('catches the common mistakes before sending, by field', () => {
    expect([...checkMetadata(full)]).toEqual([]);
    expect(Object.fromEntries(checkMetadata(EMPTY_METADATA))).toEqual({
      country: 'ingest.error.countryRequired',
      date: 'ingest.error.dateRequired',
    });
    const m = { ...full };
    expect(Object.fromEntries(checkMetadata({ ...m, periodTo: '' }))).toEqual({
      periodTo: 'ingest.error.periodBoth',
    });
    expect(Object.fromEntries(checkMetadata({ ...m, periodFrom: '2026-03-09' }))).toEqual({
      periodTo: 'ingest.error.periodOrder',
    });
    expect(Object.fromEntries(checkMetadata({ ...m, infoGrade: '' }))).toEqual({
      reliability: 'ingest.error.gradeBoth',
    });
    expect(Object.fromEntries(checkMetadata({ ...m, sourceName: ' ' }))).toEqual({
      sourceName: 'ingest.error.sourceNameRequired',
    });
    expect(Object.fromEntries(checkMetadata({ ...m, sourceUrl: 'javascript:alert(1)' }))).toEqual({
      sourceUrl: 'ingest.error.sourceUrl',
    });
  });

  it('maps the server’s error paths to the form’s fields, and keeps the others for the summary', () => {
    expect(fieldOfPath('source.url')).toBe('sourceUrl');
    expect(fieldOfPath('source.reliability')).toBe('reliability');
    expect(fieldOfPath('source')).toBe('sourceName');
    expect(fieldOfPath('period.to')).toBe('periodTo');
    expect(fieldOfPath('period.from')).toBe('periodFrom');
    expect(fieldOfPath('tags.3')).toBe('tags');
    expect(fieldOfPath('body')).toBeUndefined();
    const { fields, other } = serverFieldErrors([
      { path: 'tags.1', message: 'too long' },
      { path: 'tags.4', message: 'empty' },
      { path: 'country', message: 'unknown country' },
      { path: 'extra', message: 'unknown field' },
    ]);
    expect(Object.fromEntries(fields)).toEqual({ tags: 'too long; empty', country: 'unknown country' });
    expect(other).toEqual(['extra: unknown field']);
  });
});
