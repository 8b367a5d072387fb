// The metadata an analyst gives with a report (paste or file), how it becomes the API's ReportInput or
// multipart fields, and which form field a server error's path belongs to. Pure: no DOM.
import type { ReportInput } from '../api/reports.ts';
import type { MessageKey } from '../i18n/index.ts';

export interface IngestMetadata {
  country: string;
  date: string;
  title: string;
  /** Empty: let the server (and the preview) detect it. */
  lang: string;
  periodFrom: string;
  periodTo: string;
  sourceName: string;
  sourceUrl: string;
  /** Admiralty: reliability of the source, A–F. */
  sourceGrade: string;
  /** Admiralty: credibility of the information, 1–6. */
  infoGrade: string;
  /** As typed: separated by commas or semicolons. */
  tags: string;
  externalId: string;
}

export const EMPTY_METADATA: IngestMetadata = {
  country: '',
  date: '',
  title: '',
  lang: '',
  periodFrom: '',
  periodTo: '',
  sourceName: '',
  sourceUrl: '',
  sourceGrade: '',
  infoGrade: '',
  tags: '',
  externalId: '',
};

/** The form's fields that can carry an error (plus `text` and `file`, which live beside the metadata). */
export type FieldName =
  | 'country'
  | 'date'
  | 'title'
  | 'lang'
  | 'periodFrom'
  | 'periodTo'
  | 'sourceName'
  | 'sourceUrl'
  | 'reliability'
  | 'tags'
  | 'externalId'
  | 'text'
  | 'file';

export type FieldErrors = ReadonlyMap<FieldName, string>;

const splitTags = (tags: string) =>
  tags
    .split(/[,;|]/)
    .map((tag) => tag.trim())
    .filter(Boolean);

const grade = (m: IngestMetadata) => (m.sourceGrade && m.infoGrade ? m.sourceGrade + m.infoGrade : '');

/** The JSON body of `POST /api/reports`. Empty fields are left out, never sent as "". */
export function toReportInput(m: IngestMetadata, text: string): ReportInput {
  const input: ReportInput = { country: m.country, date: m.date, text };
  if (m.title.trim()) input.title = m.title.trim();
  if (m.lang) input.lang = m.lang;
  if (m.periodFrom || m.periodTo) input.period = { from: m.periodFrom, to: m.periodTo };
  if (m.sourceName.trim() || m.sourceUrl.trim() || grade(m)) {
    const source: NonNullable<ReportInput['source']> = { name: m.sourceName.trim() };
    if (m.sourceUrl.trim()) source.url = m.sourceUrl.trim();
    if (grade(m)) source.reliability = grade(m);
    input.source = source;
  }
  const tags = splitTags(m.tags);
  if (tags.length) input.tags = tags;
  if (m.externalId.trim()) input.externalId = m.externalId.trim();
  return input;
}

/** The multipart fields of `POST /api/reports/file` (server/routes/reports-file.ts names them). */
export function toFormFields(m: IngestMetadata): Array<[string, string]> {
  const fields: Array<[string, string]> = [
    ['country', m.country],
    ['date', m.date],
    ['title', m.title.trim()],
    ['lang', m.lang],
    ['period_from', m.periodFrom],
    ['period_to', m.periodTo],
    ['source_name', m.sourceName.trim()],
    ['source_url', m.sourceUrl.trim()],
    ['source_reliability', grade(m)],
    ['tags', splitTags(m.tags).join(';')],
    ['externalId', m.externalId.trim()],
  ];
  return fields.filter(([, value]) => value !== '');
}

/** Mistakes caught before sending, with messages in the UI language (the server checks everything again). */
export function checkMetadata(m: IngestMetadata): Map<FieldName, MessageKey> {
  const errors = new Map<FieldName, MessageKey>();
  if (!m.country) errors.set('country', 'ingest.error.countryRequired');
  if (!m.date) errors.set('date', 'ingest.error.dateRequired');
  if (Boolean(m.periodFrom) !== Boolean(m.periodTo)) {
    errors.set(m.periodFrom ? 'periodTo' : 'periodFrom', 'ingest.error.periodBoth');
  } else if (m.periodFrom && m.periodTo && m.periodFrom > m.periodTo) {
    errors.set('periodTo', 'ingest.error.periodOrder');
  }
  if (Boolean(m.sourceGrade) !== Boolean(m.infoGrade)) errors.set('reliability', 'ingest.error.gradeBoth');
  if ((m.sourceUrl.trim() || grade(m)) && !m.sourceName.trim()) {
    errors.set('sourceName', 'ingest.error.sourceNameRequired');
  }
  if (m.sourceUrl.trim() && !/^https?:\/\/\S+$/i.test(m.sourceUrl.trim())) {
    errors.set('sourceUrl', 'ingest.error.sourceUrl');
  }
  return errors;
}

/** The form field a server error path (`source.url`, `period.to`, `tags.3`…) belongs to, if any. */
export function fieldOfPath(path: string): FieldName | undefined {
  const [head, sub] = path.split('.');
  switch (head) {
    case 'country':
    case 'date':
    case 'title':
    case 'lang':
    case 'text':
    case 'file':
    case 'externalId':
    case 'tags':
      return head;
    case 'period':
      return sub === 'from' ? 'periodFrom' : 'periodTo';
    case 'source':
      if (sub === 'url') return 'sourceUrl';
      if (sub === 'reliability') return 'reliability';
      return 'sourceName';
    default:
      return undefined;
  }
}

/** A 400's details split into the form's fields and the rest (shown in the summary). */
export function serverFieldErrors(details: ReadonlyArray<{ path: string; message: string }>): {
  fields: Map<FieldName, string>;
  other: string[];
} {
  const fields = new Map<FieldName, string>();
  const other: string[] = [];
  for (const detail of details) {
    const field = fieldOfPath(detail.path);
    if (!field) other.push(`${detail.path}: ${detail.message}`);
    else fields.set(field, fields.has(field) ? `${fields.get(field)}; ${detail.message}` : detail.message);
  }
  return { fields, other };
}
