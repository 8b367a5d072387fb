export interface Decoded {
  text: string;
  /** Set when the bytes were not UTF-8 and were read with a legacy encoding instead. */
  warning?: string;
}

/**
 * Decodes an uploaded text file. A BOM wins (Notepad's "Unicode" is UTF-16LE); otherwise strict UTF-8, and
 * when that fails Windows-1252, which old Spanish-language reports use and which is a superset of Latin-1 for
 * every printable character (the WHATWG decoder maps the label `latin1` to it anyway). Trying UTF-8 first is
 * safe: 1252 text with accented letters is practically never valid UTF-8, while pure ASCII reads the same.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  try {
    // fatal: throw on the first invalid sequence instead of inserting U+FFFD; the BOM is stripped by default.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      warning: 'not valid UTF-8: decoded as Windows-1252 (Latin-1)',
    };
  }
}

/**
 * True when the start of the file reads as text in one of the encodings above: at most 1% control bytes
 * (NUL included) besides tab, line breaks and form feed. Binary formats are full of them (random bytes are
 * about 11%); a text file, even a short one, may carry a stray NUL, which normalisation removes. UTF-16 is known by its BOM.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control <= 1 || control <= sample.length / 100;
}
