import type { CompiledMatcher } from './compile.ts';
import { ALPHABET_SIZE, FOLD, MARK, OTHER } from './fold.ts';

/** A catalog or cue term found in the text: token positions for windows, character offsets into the original. */
export interface TermMatch {
  term: number;
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
}

export interface NumberToken {
  tok: number;
  /** Offset of the number in the original text. */
  start: number;
  value: number;
  /** A plain four-digit number between 1900 and 2100: probably a year, never a casualty count. */
  yearLike: boolean;
}

/** A sentence with at least one match. Offsets are into the original text, trimmed of surrounding space. */
export interface ScannedSentence {
  start: number;
  end: number;
  matches: TermMatch[];
  numbers: NumberToken[];
  /** Token indexes that follow a `;`, `:` or parenthesis (strong clause breaks). */
  breaks: number[];
  /** Token indexes that follow a comma. */
  commas: number[];
}

const MAX_SENTENCE_CHARS = 1500;
/** Phrases (multi-word terms) in progress at once, at most: more would mean a pathological catalog. */
const MAX_PHRASES = 64;
// Abbreviations after which a full stop does not end a sentence (folded); single letters are initials (U.N.).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'nos',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'maj',
  'gov',
  'rep',
  'sen',
  'prof',
  'approx',
  'est',
  'inc',
  'ltd',
  'co',
  'vs',
  'jr',
  'sr',
  'sra',
  'srta',
  'dra',
  'art',
  'arts',
  'num',
  'pag',
  'p',
  'pp',
  'vol',
  'fig',
  'ej',
  'aprox',
  'gral',
  'cnel',
  'tte',
  'ee',
  'uu',
  'etc',
  'cf',
  'ca',
]);

const isDigitSymbol = (f: number) => f >= 26 && f < 36;

/**
 * One pass over the text: words are folded and walked through the trie as they are read, multi-word terms are
 * followed across consecutive words, numbers are parsed, and sentence boundaries are found. Calls `onSentence`
 * for every sentence holding a match. No per-indicator loop, no regular expression over the text.
 */
export function scan(text: string, m: CompiledMatcher, onSentence: (s: ScannedSentence) => void): void {
  const n = text.length;
  const { next, phrases, termFiresRule } = m;
  const { start: exactStart, ids: exactIds } = m.exact;
  const { start: prefixStart, ids: prefixIds } = m.prefix;
  const {
    first: phraseFirst,
    next: phraseNext,
    patternCount,
    terms: phraseTerms,
    continues,
    inner,
  } = phrases;
  let tok = 0;
  let sentStart = -1;
  let lastTokenEnd = 0; // where the current sentence ends so far
  let wordStart = 0;
  let wordEnd = 0;
  let matches: TermMatch[] = [];
  let numbers: NumberToken[] = [];
  let breaks: number[] = [];
  let commas: number[] = [];
  let firesRule = false;
  // Phrases in progress (multi-word terms), as flat triples (phrase node, first word, start offset) in two
  // buffers swapped per word: common first words ("in", "de") must not allocate an object each.
  let active = new Int32Array(MAX_PHRASES * 3);
  let activeNext = new Int32Array(MAX_PHRASES * 3);
  let activeCount = 0;
  // The patterns the current word matches.
  const matched = new Int32Array(256);
  let matchedCount = 0;

  const flush = () => {
    if (sentStart >= 0 && firesRule) {
      onSentence({ start: sentStart, end: lastTokenEnd, matches, numbers, breaks, commas });
      matches = [];
      numbers = [];
      breaks = [];
      commas = [];
    } else {
      if (matches.length > 0) matches.length = 0;
      if (numbers.length > 0) numbers.length = 0;
      if (breaks.length > 0) breaks.length = 0;
      if (commas.length > 0) commas.length = 0;
    }
    firesRule = false;
    activeCount = 0;
    sentStart = -1;
  };
  const addMatch = (term: number, tokStart: number, tokEnd: number, start: number, end: number) => {
    matches.push({ term, tokStart, tokEnd, start, end });
    if (termFiresRule[term] === 1) firesRule = true;
  };

  let i = 0;
  while (i < n) {
    const f = FOLD[text.charCodeAt(i)]!;
    if (f >= 0) {
      // A word: walk the trie while reading it.
      const start = i;
      let node = 0;
      let alive = true;
      let isNumber = isDigitSymbol(f);
      matchedCount = 0;
      while (i < n) {
        const code = text.charCodeAt(i);
        const g = FOLD[code]!;
        if (g === MARK) {
          i++;
          continue;
        }
        if (g < 0) {
          // "1,200" and "3.5" stay one number token.
          if (
            isNumber &&
            (code === 44 || code === 46) &&
            i + 1 < n &&
            isDigitSymbol(FOLD[text.charCodeAt(i + 1)]!)
          ) {
            i++;
            continue;
          }
          break;
        }
        if (alive) {
          if (g === OTHER) alive = false;
          else {
            node = next[node * ALPHABET_SIZE + g]!;
            if (node < 0) alive = false;
            else {
              const end = prefixStart[node + 1]!;
              for (let k = prefixStart[node]!; k < end && matchedCount < 256; k++)
                matched[matchedCount++] = prefixIds[k]!;
            }
          }
        }
        if (isNumber && !isDigitSymbol(g)) isNumber = false;
        i++;
      }
      if (alive) {
        const end = exactStart[node + 1]!;
        for (let k = exactStart[node]!; k < end && matchedCount < 256; k++)
          matched[matchedCount++] = exactIds[k]!;
      }
      if (sentStart < 0) sentStart = start;

      // Each phrase in progress continues only on the very next word; each pattern of this word may start one.
      let nextCount = 0;
      for (let q = 0; q < activeCount * 3; q += 3) {
        const base = active[q]! * patternCount;
        for (let k = 0; k < matchedCount; k++) {
          if (inner[matched[k]!] === 0) continue;
          const child = phraseNext.get(base + matched[k]!);
          if (child === undefined) continue;
          const ending = phraseTerms[child];
          if (ending) for (const term of ending) addMatch(term, active[q + 1]!, tok, active[q + 2]!, i);
          if (continues[child] === 1 && nextCount < MAX_PHRASES) {
            const w = nextCount++ * 3;
            activeNext[w] = child;
            activeNext[w + 1] = active[q + 1]!;
            activeNext[w + 2] = active[q + 2]!;
          }
        }
      }
      for (let k = 0; k < matchedCount; k++) {
        const child = phraseFirst[matched[k]!]!;
        if (child < 0) continue;
        const ending = phraseTerms[child];
        if (ending) for (const term of ending) addMatch(term, tok, tok, start, i);
        if (continues[child] === 1 && nextCount < MAX_PHRASES) {
          const w = nextCount++ * 3;
          activeNext[w] = child;
          activeNext[w + 1] = tok;
          activeNext[w + 2] = start;
        }
      }
      [active, activeNext] = [activeNext, active];
      activeCount = nextCount;
      if (isNumber) numbers.push(parseNumberToken(text.slice(start, i), tok, start));
      wordStart = start;
      wordEnd = i;
      lastTokenEnd = i;
      tok++;
      continue;
    }

    const code = text.charCodeAt(i);
    i++;
    if (sentStart < 0) continue;
    if (code === 46 || code === 33 || code === 63 || code === 0x2026) {
      // Take the whole run of closing punctuation and quotes into the sentence.
      while (i < n && /[.!?…)\]"'”’»]/.test(text[i]!)) i++;
      lastTokenEnd = i;
      let j = i;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) j++;
      if (j >= n) continue;
      const nextChar = text[j]!;
      if (code === 46) {
        const previous = wordEnd === i - 1 ? text.slice(wordStart, wordEnd).toLowerCase() : '';
        const abbreviation = previous.length === 1 || ABBREVIATIONS.has(previous);
        if (abbreviation && !/[\n]/.test(text.slice(i, j))) continue;
      }
      if (nextChar !== nextChar.toUpperCase() && nextChar === nextChar.toLowerCase()) continue; // "approx. three"
      flush();
    } else if (code === 10) {
      // A blank line or a bulleted line starts a new sentence; a single line break (hard-wrapped PDF text) does not.
      let j = i;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (
        j < n &&
        (text[j] === '\n' || /[-•*·–—▪●◦]/.test(text[j]!) || /^\d+[.)]\s/.test(text.slice(j, j + 4)))
      ) {
        flush();
      }
    } else if ((code === 59 || code === 44) && i - sentStart > MAX_SENTENCE_CHARS) {
      lastTokenEnd = i - 1;
      flush(); // an unpunctuated wall of text: cut at a clause so co-occurrence stays local
    } else if (code === 44) commas.push(tok);
    else if (code === 59 || code === 58 || code === 40 || code === 41) breaks.push(tok);
  }
  flush();
}

function parseNumberToken(raw: string, tok: number, start: number): NumberToken {
  let value: number;
  if (/^\d{1,3}([.,]\d{3})+$/.test(raw)) value = Number(raw.replace(/[.,]/g, ''));
  else value = Number(raw.replace(',', '.'));
  if (!Number.isFinite(value)) value = 0;
  return { tok, start, value, yearLike: /^(19|20)\d\d$/.test(raw) || raw === '2100' };
}
