import { pipeline, Readable } from 'node:stream';
import { type CsvError, type InfoRecord, parse } from 'csv-parse';

/**
 * Streaming RFC 4180 reading with csv-parse: a UTF-8 BOM is dropped, LF, CRLF and CR line ends are detected,
 * quoted fields may hold delimiters, quotes and line breaks, and a malformed record becomes an error with its
 * line number instead of ending the file. Nothing here knows about EWP columns, so the bulk report upload can
 * use it too.
 */

export const MAX_RECORD_CHARS = 8 * 1024 * 1024;

/** CSV text, or chunks of it as they arrive (strings or UTF-8 bytes: a file stream, a request body). */
export type CsvInput = AsyncIterable<string | Uint8Array> | string;

/** One record; `line` is the 1-based line of the file on which it starts. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A record the parser skipped; `code` is csv-parse's (e.g. `CSV_RECORD_INCONSISTENT_FIELDS_LENGTH`). */
export interface CsvRecordError {
  line: number;
  code: string;
  message: string;
}

/** Records and skipped-record errors in file order. The first record is the header, as in the file. */
export async function* readCsvRecords(input: CsvInput): AsyncGenerator<CsvRecord | CsvRecordError> {
  const lines = new LineCorrection();
  // Both hooks run synchronously and in file order while csv-parse works through a chunk, so this queue holds
  // records and errors in file order; the stream itself is only read to drive the parser.
  const pending: Array<CsvRecord | CsvRecordError> = [];
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    // One record may not hold more than this in memory (a stray quote would otherwise swallow the file).
    max_record_size: MAX_RECORD_CHARS,
    // The first record (the header) fixes the field count; a record with another count is skipped and reported.
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      if (!err) return undefined;
      const line = lines.at(typeof err.lines === 'number' ? err.lines : 0);
      const last = pending.at(-1);
      // One bad record can raise several errors (e.g. two stray quotes): report its first.
      if (!(last && 'code' in last && last.line === line)) {
        // csv-parse's message ends with its own line number, which the correction above may have changed.
        pending.push({ line, code: err.code, message: err.message.replace(/ (?:on|at) line \d+/, '') });
      }
      return undefined;
    },
    on_record: (fields: string[], info: InfoRecord) => {
      pending.push({ line: lines.startOf(fields, info.lines), fields });
      return fields;
    },
  });
  // pipeline rather than pipe: a failing source then destroys the parser, and the loop below throws.
  const source = Readable.from(typeof input === 'string' ? [input] : input);
  for await (const _record of pipeline(source, parser, () => {})) {
    // Each record the stream gives was queued by on_record, behind the errors that came before it.
    let item: CsvRecord | CsvRecordError | undefined;
    do {
      item = pending.shift();
      if (item) yield item;
    } while (item && !('fields' in item));
  }
  yield* pending;
}

/**
 * csv-parse counts a CR and an LF separately when a CRLF sits inside a quoted field, so every record after
 * such a field would be reported one line too late. This keeps the running excess and takes it off. (A skipped
 * record's fields are not seen, so a CRLF inside one of those is not corrected; that needs two faults at once.)
 */
class LineCorrection {
  private excess = 0;

  /** The corrected line for a line number that csv-parse reported. */
  at(reported: number): number {
    return reported - this.excess;
  }

  /** The corrected first line of a record whose last line csv-parse reported as `lastLine`. */
  startOf(fields: string[], lastLine: number): number {
    let breaks = 0;
    let crlfs = 0;
    for (const field of fields) {
      breaks += count(field, /[\r\n]/g);
      crlfs += count(field, /\r\n/g);
    }
    const start = lastLine - breaks - this.excess;
    this.excess += crlfs;
    return start;
  }
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
