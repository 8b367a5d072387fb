import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { webAppRoutes } from '../../server/routes/web-app.ts';

// The global setup builds dist/web from the current sources before any test runs.
const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));
const entry = readdirSync(join(WEB_ROOT, 'assets')).find((f) => /^index-.*\.js$/.test(f))!;
const original = readFileSync(join(WEB_ROOT, 'assets', entry));

describe("the dashboard's static assets", () => {
  const app = webAppRoutes({ root: WEB_ROOT });
  const get = (encoding?: string) =>
    app.request(`/assets/${entry}`, encoding ? { headers: { 'accept-encoding': encoding } } : {});

  it('are sent Brotli-compressed to browsers that accept it, and decompress to the built file', async () => {
    const res = await get('gzip, deflate, br');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(body).equals(original)).toBe(true);
  });

  it('fall back to gzip, and to the plain file for clients that accept neither', async () => {
    const gz = await get('gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(original)).toBe(true);
    const plain = await get();
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await plain.arrayBuffer()).equals(original)).toBe(true);
  });
});
