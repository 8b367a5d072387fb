/** The fields of a pdf.js text item this module reads; marked-content items (no `str`) are skipped. */
export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  /** [a, b, c, d, x, y]: x and y are the baseline origin in page space (y grows upwards). */
  transform: number[];
  width: number;
  height: number;
}

/**
 * Joins one page's text items into lines. pdf.js gives runs of glyphs with positions but only sometimes the
 * spaces between them (a PDF may place each word by coordinates and never draw a space), so the geometry
 * decides: a drop of more than half a line starts a new line (and of almost two lines a new paragraph), and
 * a horizontal gap wider than a thin space on the same line is a space.
 */
export function pageText(items: readonly (PdfTextItem | object)[]): string {
  let out = '';
  let previous: PdfTextItem | undefined;
  let endOfLine = false;
  for (const item of items) {
    if (!isTextItem(item)) continue;
    // pdf.js emits empty items whose only job is to mark a line end.
    if (item.str === '') {
      endOfLine ||= item.hasEOL;
      continue;
    }
    if (previous) out = join(out, separator(previous, item, endOfLine), item.str);
    else out = item.str;
    endOfLine = item.hasEOL;
    previous = item;
  }
  return out;
}

function separator(previous: PdfTextItem, item: PdfTextItem, endOfLine: boolean): string {
  const size = fontSize(previous);
  const drop = Math.abs(y(previous) - y(item));
  if (endOfLine || drop > size * 0.5) return drop > size * 1.8 ? '\n\n' : '\n';
  if (/\s$/.test(previous.str) || /^\s/.test(item.str)) return '';
  const gap = x(item) - (x(previous) + previous.width);
  return gap > size * 0.15 ? ' ' : '';
}

/** Appends the next item; a word hyphenated across a line break ("despla-" / "zados") is rejoined. */
function join(out: string, separator: string, next: string): string {
  if (separator === '\n' && /\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(next)) return out.slice(0, -1) + next;
  return out + separator + next;
}

function isTextItem(item: PdfTextItem | object): item is PdfTextItem {
  return 'str' in item;
}

const x = (item: PdfTextItem) => item.transform[4] ?? 0;
const y = (item: PdfTextItem) => item.transform[5] ?? 0;
// `height` is the font size in page units; fall back to the matrix's scale for items that report 0.
const fontSize = (item: PdfTextItem) =>
  item.height || Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || 1;
