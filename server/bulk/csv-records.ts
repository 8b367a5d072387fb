import { parse } from 'csv-parse';

/** One CSV record mapped to the report fields, with the line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  value?: Record<string, unknown>;
  error?: string;
}

const LIST_SEPARATOR = /[;|]/;

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
  const known = new Set([
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
  if (tags)
    out.tags = tags
      .split(LIST_SEPARATOR)
      .map((t) => t.trim())
      .filter(Boolean);
  // Unknown columns are passed through so that validation names them, rather than dropping data silently.
  for (const [name, value] of Object.entries(row)) if (!known.has(name) && value !== '') out[name] = value;
  return out;
}

/**
 * Streams CSV records (RFC 4180: quoted fields, embedded newlines, CRLF, BOM) from a byte stream with
 * csv-parse, yielding each record or its error with its starting line; a bad row does not stop the upload.
 */
export async function* readCsvRecords(stream: ReadableStream<Uint8Array>): AsyncGenerator<CsvRecord> {
  const parser = parse({
    bom: true,
    columns: (header: string[]) => header.map((h) => h.trim()),
    skip_empty_lines: true,
    relax_column_count: false,
    skip_records_with_error: true,
    info: true,
    max_record_size: 8 * 1024 * 1024,
  });
  const errors: CsvRecord[] = [];
  parser.on('skip', (err: Error & { lines?: number }) => {
    errors.push({ line: err.lines ?? 0, error: err.message });
  });
  const pump = (async () => {
    try {
      for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
        if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
      }
      parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    }
  })();
  let previousEnd = 1; // the header
  for await (const item of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    while (errors.length) yield errors.shift()!;
    const start = previousEnd + 1;
    previousEnd = item.info.lines;
    yield { line: start, value: csvRowToReport(item.record) };
  }
  while (errors.length) yield errors.shift()!;
  await pump;
}
