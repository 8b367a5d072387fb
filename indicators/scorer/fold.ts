/**
 * Character folding for the matcher, as a lookup table over UTF-16 code units: lower-case, accents stripped,
 * so "Masacraron", "MASACRARON" and "masacrárón" read the same. Codes:
 *   0–25 a–z, 26–35 0–9   letters and digits the catalog's terms are written in (term-syntax.ts)
 *   OTHER                 any other letter or number (Cyrillic, Arabic…): part of a word, matches no term
 *   MARK                  a combining mark (text already in NFD): ignored inside a word
 *   SEPARATOR             everything else: spaces, punctuation, hyphens, apostrophes
 */
export const OTHER = 36;
export const MARK = -2;
export const SEPARATOR = -1;
export const ALPHABET_SIZE = 36;

function build(): Int8Array {
  const table = new Int8Array(0x10000).fill(SEPARATOR);
  const letterOrNumber = /[\p{L}\p{N}]/u;
  const mark = /\p{M}/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      table[code] = OTHER; // astral characters (emoji, rare scripts): inside a word, never a term
      continue;
    }
    const ch = String.fromCharCode(code);
    if (mark.test(ch)) {
      table[code] = MARK;
      continue;
    }
    if (!letterOrNumber.test(ch)) continue;
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const c = base.length === 1 ? base.charCodeAt(0) : base === 'ss' ? 115 : -1;
    if (c >= 97 && c <= 122) table[code] = c - 97;
    else if (c >= 48 && c <= 57) table[code] = c - 48 + 26;
    else table[code] = OTHER;
  }
  return table;
}

export const FOLD: Int8Array = build();

/** The folded symbol of a term character (a–z, 0–9), as the trie stores it. */
export function symbolOf(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 48 + 26;
  throw new Error(`not a term character: ${ch}`);
}

/** Folds a whole string to its term form (used for cue lists and tests, not on the hot path). */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const f = FOLD[text.charCodeAt(i)]!;
    if (f >= 0 && f < 26) out += String.fromCharCode(97 + f);
    else if (f >= 26 && f < 36) out += String.fromCharCode(48 + f - 26);
    else if (f === SEPARATOR || f === OTHER) out += ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}
