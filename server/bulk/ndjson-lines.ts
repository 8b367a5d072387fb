/** A line of an upload, numbered from 1 as an editor shows it. */
export interface NumberedLine {
  line: number;
  text: string;
  /** Set when the line was longer than the limit: its text is dropped, not kept in memory. */
  tooLong?: boolean;
}

/**
 * Splits a byte stream into lines without holding more than one line (up to `maxLineBytes`) in memory, so a
 * 200 MB upload is read as it arrives. Blank lines are skipped but counted.
 */
export async function* readLines(
  stream: ReadableStream<Uint8Array>,
  maxLineChars = 8 * 1024 * 1024,
): AsyncGenerator<NumberedLine> {
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  let line = 0;
  let skipping = false;
  const emit = function* (raw: string): Generator<NumberedLine> {
    line++;
    if (skipping) {
      skipping = false;
      yield { line, text: '', tooLong: true };
      return;
    }
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim()) yield { line, text: line === 1 ? text.replace(/^\uFEFF/, '') : text };
  };
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      yield* emit(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
    }
    if (buffer.length > maxLineChars) {
      skipping = true;
      buffer = '';
    }
  }
  buffer += decoder.decode();
  if (buffer.length > 0 || skipping) yield* emit(buffer);
}
