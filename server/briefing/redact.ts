/**
 * Source protection for briefings: names are matched case- and accent-insensitively ("José Pérez" matches
 * "JOSE PEREZ" and "josé perez") on word boundaries, and replaced in the original text, whose other characters
 * are kept as they were.
 */

/** The matching key of a name: lower case, accents removed, spaces collapsed. Stored as `protected_names.folded`. */
export function foldName(name: string): string {
  return fold(name.trim().replace(/\s+/g, ' ')).text;
}

/** Folds `text` character by character, remembering where each folded character came from. */
function fold(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const folded = ch
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // A ligature or special letter may fold to several characters; each points back to the source one.
      .replace(/ß/g, 'ss');
    for (const f of folded) {
      out += f;
      origin.push(i);
    }
    i += ch.length;
  }
  origin.push(i);
  return { text: out, origin };
}

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);

export interface Redactor {
  /** `text` with every marked name replaced. */
  apply(text: string): string;
  /** How many replacements `apply` has made so far. */
  readonly count: number;
}

/**
 * A redactor for `names` (each replaced by `replacement`). Longer names first, so "Ana María Gómez" is replaced
 * whole rather than leaving "Gómez" after "Ana María" was matched.
 */
export function createRedactor(names: ReadonlyArray<{ name: string; replacement: string }>): Redactor {
  const targets = names
    .map((n) => ({ folded: foldName(n.name), replacement: n.replacement }))
    .filter((n) => n.folded.length >= 2)
    .sort((a, b) => b.folded.length - a.folded.length);
  let count = 0;
  return {
    get count() {
      return count;
    },
    apply(text: string): string {
      let current = text;
      for (const target of targets) {
        const { text: folded, origin } = fold(current);
        // Whitespace in the text may differ from the name's (a line break, two spaces): match it loosely.
        const pattern = new RegExp(
          target.folded
            .split(' ')
            .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('\\s+'),
          'g',
        );
        const spans: Array<[number, number]> = [];
        for (const m of folded.matchAll(pattern)) {
          const start = m.index;
          const end = start + m[0].length;
          if (isWordChar(folded[start - 1]) || isWordChar(folded[end])) continue;
          spans.push([origin[start]!, origin[end]!]);
        }
        for (const [start, end] of spans.reverse()) {
          current = current.slice(0, start) + target.replacement + current.slice(end);
          count++;
        }
      }
      return current;
    },
  };
}
