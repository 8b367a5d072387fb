import { readCsvRecords } from '../csv/read-csv-records.ts';
import type { UploadRecord } from '../services/bulk-ingest-service.ts';

const LIST_SEPARATOR = /[;|]/;
const KNOWN = new Set([
  'country',
  'date',
  'text',
  'title',
  'lang',
  'externalId',
  'source_name',
  'source_url',
  'source_reliability',
  'period_from',
  'period_to',
  'tags',
]);

/**
 * Maps a CSV row (header names as in the JSON API; `source_name`, `source_url`, `source_reliability` for the
 * source; `period_from`/`period_to`; `tags` separated by `;` or `|`) to the JSON shape that ReportInput
 * validates, so both formats go through the same checks. Empty cells are absent fields.
 */
export function csvRowToReport(row: Record<string, string>): Record<string, unknown> {
  const cell = (name: string) => {
    const v = row[name];
    return v === undefined || v.trim() === '' ? undefined : v;
  };
  const out: Record<string, unknown> = {};
  for (const name of ['country', 'date', 'text', 'title', 'lang', 'externalId']) {
    if (cell(name) !== undefined) out[name] = cell(name);
  }
  if (cell('source_name') || cell('source_url') || cell('source_reliability')) {
    out.source = Object.fromEntries(
      [
        ['name', cell('source_name')],
        ['url', cell('source_url')],
        ['reliability', cell('source_reliability')],
      ].filter(([, v]) => v !== undefined),
    );
  }
  if (cell('period_from') || cell('period_to'))
    out.period = { from: cell('period_from'), to: cell('period_to') };
  const tags = cell('tags');
  if (tags) {
    out.tags = tags
      .split(LIST_SEPARATOR)
      .map((t) => t.trim())
      .filter(Boolean);
  }
  // Unknown columns are passed through so that validation names them, rather than dropping data silently.
  for (const [name, value] of Object.entries(row)) if (!KNOWN.has(name) && value !== '') out[name] = value;
  return out;
}

/**
 * CSV upload records: the first row is the header; each later row becomes a report object, or its error with
 * the line it starts on. A fault that ends the file (a quoted field that never closes) is the last record's
 * error, not a crash.
 */
export async function* readCsvUpload(stream: ReadableStream<Uint8Array>): AsyncGenerator<UploadRecord> {
  let header: string[] | undefined;
  let lastLine = 1;
  try {
    for await (const item of readCsvRecords(stream as unknown as AsyncIterable<Uint8Array>)) {
      lastLine = item.line;
      if ('code' in item) {
        yield { line: item.line, error: item.message };
        continue;
      }
      if (!header) {
        header = item.fields.map((h) => h.trim());
        continue;
      }
      const row = Object.fromEntries(header.map((name, i) => [name, item.fields[i] ?? '']));
      yield { line: item.line, value: csvRowToReport(row) };
    }
  } catch (err) {
    yield { line: lastLine + 1, error: `the CSV cannot be read past this point: ${(err as Error).message}` };
  }
}
