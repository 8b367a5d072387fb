import { FOLD, MARK, OTHER } from './fold.ts';

/**
 * Language identification by function words: the most frequent short words of a language make up a large
 * share of any prose in it, and differ between languages. Good enough to tell English from Spanish reliably
 * on a sentence or more, and to notice French, Portuguese, German or Italian (stored, not scored).
 * Non-Latin scripts are recognised by script.
 */
const STOPWORDS: Record<string, string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'was',
    'were',
    'that',
    'with',
    'for',
    'by',
    'on',
    'at',
    'from',
    'are',
    'have',
    'has',
    'been',
    'this',
    'which',
    'their',
    'they',
    'it',
    'an',
    'or',
    'who',
    'had',
    'not',
    'as',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'de',
    'del',
    'y',
    'que',
    'en',
    'por',
    'con',
    'para',
    'una',
    'un',
    'fue',
    'fueron',
    'se',
    'su',
    'sus',
    'al',
    'es',
    'son',
    'han',
    'ha',
    'lo',
    'como',
    'mas',
    'pero',
    'entre',
    'desde',
  ],
  fr: [
    'le',
    'les',
    'des',
    'et',
    'est',
    'dans',
    'une',
    'pour',
    'sur',
    'au',
    'aux',
    'par',
    'qui',
    'ont',
    'sont',
    'avec',
    'ce',
    'cette',
    'du',
    'il',
    'ils',
    'pas',
    'ete',
    'leur',
  ],
  pt: [
    'os',
    'as',
    'do',
    'da',
    'dos',
    'das',
    'em',
    'um',
    'uma',
    'com',
    'nao',
    'foi',
    'foram',
    'pelo',
    'pela',
    'ao',
    'aos',
    'sao',
    'seu',
    'sua',
    'mais',
    'tambem',
    'ja',
    'isso',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'mit',
    'von',
    'zu',
    'den',
    'dem',
    'ein',
    'eine',
    'sich',
    'auf',
    'auch',
    'wurde',
    'wurden',
    'sind',
    'im',
    'fur',
    'bei',
    'nach',
    'aus',
  ],
  it: [
    'il',
    'di',
    'che',
    'e',
    'per',
    'con',
    'gli',
    'della',
    'delle',
    'nel',
    'nella',
    'sono',
    'stato',
    'stati',
    'una',
    'anche',
    'come',
    'dei',
    'alla',
    'non',
    'ha',
    'hanno',
    'piu',
    'tra',
  ],
};

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), lang]);
}

const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Ethiopic}/u, 'am'],
  [/\p{Script=Myanmar}/u, 'my'],
  [/\p{Script=Thai}/u, 'th'],
];

/** How much of a long text to read: two hundred words decide the language of a report. */
const SAMPLE_CHARS = 1_500;
const MAX_STOPWORD_LENGTH = 7;

/** `en`, `es`, another BCP 47 primary tag, or `und` (undetermined: too little text). */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const counts = new Map<string, number>();
  let words = 0;
  let latinLetters = 0;
  let otherLetters = 0;
  // Folded words from the matcher's own table: no regular expression, no normalize() per word.
  let word = '';
  let inWord = false;
  let latin = true;
  const endWord = () => {
    if (!inWord) return;
    words++;
    if (latin) latinLetters++;
    else otherLetters++;
    if (latin && word.length <= MAX_STOPWORD_LENGTH) {
      for (const lang of LOOKUP.get(word) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
    word = '';
    inWord = false;
    latin = true;
  };
  for (let i = 0; i < sample.length; i++) {
    const f = FOLD[sample.charCodeAt(i)]!;
    if (f === MARK) continue;
    if (f < 0) {
      endWord();
      continue;
    }
    if (!inWord) {
      inWord = true;
      latin = f !== OTHER;
    }
    if (f === OTHER) latin = false;
    else if (word.length <= MAX_STOPWORD_LENGTH)
      word += f < 26 ? String.fromCharCode(97 + f) : String(f - 26);
  }
  endWord();
  if (otherLetters > latinLetters) {
    for (const [pattern, lang] of SCRIPTS) if (pattern.test(sample)) return lang;
    return 'und';
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || words < 3 || best[1] < Math.max(1, words * 0.08)) return 'und';
  // A tie between English and Spanish is rare in real prose; prefer the one with more distinctive words.
  if (second && second[1] === best[1] && best[0] !== 'en' && best[0] !== 'es') return second[0];
  return best[0];
}
