// Splitting a quoted sentence into plain and marked pieces, so the matched words can be wrapped in <mark> by a
// template (never by building HTML: the sentence is untrusted report text). Pure: no DOM.

/** A span of the original report text, `[start, end)` in UTF-16 code units (the scorer's offsets). */
export interface TextSpan {
  start: number;
  end: number;
}

/** A piece of the sentence: plain text, or text that a matched span covers. */
export interface HighlightSegment {
  text: string;
  marked: boolean;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `index` falls between the two halves of a surrogate pair (inside an emoji, say). */
function splitsPair(text: string, index: number): boolean {
  return (
    index > 0 && index < text.length && isLow(text.charCodeAt(index)) && isHigh(text.charCodeAt(index - 1))
  );
}

/**
 * The spans that touch `text`, which starts at `offset` in the original text, as local `[start, end)` ranges:
 * clipped to the sentence, widened where a boundary would cut a character in half, sorted, and merged where
 * they overlap or touch (a character is marked when any span covers it; two marks side by side would read as
 * one anyway). Spans wholly outside the sentence, empty or not numbers are ignored.
 */
export function markedRanges(text: string, spans: readonly TextSpan[], offset = 0): TextSpan[] {
  const local: TextSpan[] = [];
  for (const span of spans) {
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
    let start = Math.max(0, span.start - offset);
    let end = Math.min(text.length, span.end - offset);
    if (end <= start) continue;
    if (splitsPair(text, start)) start--;
    if (splitsPair(text, end)) end++;
    local.push({ start, end });
  }
  local.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextSpan[] = [];
  for (const range of local) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * `text` as alternating plain and marked segments (never two of the same kind in a row, never an empty one),
 * which concatenate back to `text` exactly. `spans` are offsets into the original report; `offset` is where the
 * sentence starts in it (the evidence's `start`), so a span maps to `text.slice(span.start − offset, …)`.
 */
export function highlightSegments(text: string, spans: readonly TextSpan[], offset = 0): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const { start, end } of markedRanges(text, spans, offset)) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}
