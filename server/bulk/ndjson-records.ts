import type { UploadRecord } from '../services/bulk-ingest-service.ts';
import { readLines } from './ndjson-lines.ts';

/** NDJSON: one JSON object a line; a line that is not JSON is that line's error, not the upload's. */
export async function* readNdjsonRecords(stream: ReadableStream<Uint8Array>): AsyncGenerator<UploadRecord> {
  for await (const { line, text, tooLong } of readLines(stream)) {
    if (tooLong) {
      yield { line, error: 'line is longer than 8 MB' };
      continue;
    }
    try {
      yield { line, value: JSON.parse(text) };
    } catch {
      yield { line, error: 'is not valid JSON' };
    }
  }
}
