/**
 * Content hashing for the catalog version. Pure JS so that it runs in the browser too (no node:crypto,
 * and WebCrypto's digest is async, which a module-level constant cannot await).
 */

/**
 * JSON with object keys sorted at every level, so that two equal catalogs serialise to the same string
 * whatever order their keys were written in. Array order is kept: it is meaningful.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * FNV-1a, 64-bit, over the UTF-8 bytes of `text`; returns 16 lower-case hex digits. Not cryptographic:
 * it only has to change when the catalog changes, and 64 bits make accidental collisions negligible.
 * The 64-bit state is kept in four 16-bit limbs so every product stays exact in a double; the prime
 * 2^40 + 0x1b3 is applied as a multiply by 0x1b3 plus a 40-bit shift.
 */
export function fnv1a64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  // Offset basis 0xcbf29ce484222325, least significant limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of bytes) {
    h0 ^= byte;
    const t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    t1 += t0 >>> 16;
    h0 = t0 & 0xffff;
    t2 += t1 >>> 16;
    h1 = t1 & 0xffff;
    h3 = (t3 + (t2 >>> 16)) & 0xffff;
    h2 = t2 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}
