import { request } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface UploadOutcome {
  /** 0 when the connection broke before an answer (the server died). */
  status: number;
  body: string;
  error?: Error;
}

/**
 * Streams `lines` as one NDJSON upload (chunked, no Content-Length, with backpressure, as a large file upload
 * does) to POST /api/reports/bulk. Resolves when the server answers or the connection breaks, never rejects.
 */
export function streamNdjsonUpload(
  baseUrl: string,
  token: string,
  lines: readonly string[],
): Promise<UploadOutcome> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: UploadOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const req = request(
      {
        hostname,
        port,
        path: '/api/reports/bulk',
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => settle({ status: res.statusCode ?? 0, body }));
        res.on('error', (error) => settle({ status: 0, body, error }));
      },
    );
    req.on('error', (error) => settle({ status: 0, body: '', error }));
    pipeline(Readable.from(batches(lines, 100)), req).catch((error: Error) =>
      settle({ status: 0, body: '', error }),
    );
  });
}

function* batches(lines: readonly string[], size: number): Generator<string> {
  for (let i = 0; i < lines.length; i += size) yield `${lines.slice(i, i + size).join('\n')}\n`;
}
