import { Writable } from 'node:stream';

/** A log destination that keeps every line, for asserting what the server logs (and never logs). */
export function captureLogs(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}
