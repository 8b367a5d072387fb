import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNdjsonRecords } from '../../server/bulk/ndjson-records.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

/** An NDJSON upload of `totalBytes` produced as it is read, so the test itself holds none of it. */
function generatedUpload(totalBytes: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let sent = 0;
  let n = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      let chunk = '';
      while (chunk.length < 256 * 1024) {
        // Every line fails validation (an unknown country), so the test measures reading, not storing.
        chunk += `${JSON.stringify({ country: 'XXX', date: '2026-01-01', text: `Line ${n++} ${'of a long report text '.repeat(8)}` })}\n`;
      }
      const bytes = encoder.encode(chunk);
      sent += bytes.byteLength;
      controller.enqueue(bytes);
    },
  });
}

describe('a 200 MB bulk upload', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** Peak resident memory while ingesting an upload of `mb` megabytes. */
  async function peakDuring(mb: number) {
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const result = await t.services.bulk.ingest(
      { username: 'memory-test' },
      readNdjsonRecords(generatedUpload(mb << 20)),
    );
    clearInterval(sampler);
    return { peak: Math.max(peak, process.memoryUsage().rss), result };
  }

  it('is read line by line: memory does not grow with the size of the file', async () => {
    // A 40 MB upload first settles the heap (V8 grows it once, whatever the input); a 200 MB upload must then
    // need no more than a little extra, where reading it whole would need hundreds of megabytes more.
    const small = await peakDuring(40);
    const large = await peakDuring(200);
    expect(large.result.accepted).toBe(0);
    expect(large.result.rejectedTotal).toBeGreaterThan(700_000);
    expect(large.result.rejected).toHaveLength(1_000); // listed up to a cap, counted in full
    const extraMb = (large.peak - small.peak) / 1024 / 1024;
    // Buffering the file would need over 400 MB more (measured: 650 MB); GC timing under load varies by tens of MB.
    expect(extraMb).toBeLessThan(200);
  }, 240_000);
});
