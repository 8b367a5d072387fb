// Splits a text into consecutive segments by the spans that cover them, so an element can wrap the covered
// ones in <mark> through Lit templates and bind every piece as text (report text is untrusted: never HTML).
// Pure: no DOM.

/** A range of the text `[start, end)` (UTF-16 offsets, as the scorer gives them) with a key saying whose it is. */
export interface KeyedSpan<K> {
  start: number;
  end: number;
  key: K;
}

/** A piece of the text and the keys of every span that covers all of it (empty: plain text). */
export interface TextSegment<K> {
  start: number;
  end: number;
  text: string;
  keys: readonly K[];
}

/**
 * Cuts `text` at every span boundary. Spans may overlap, nest, repeat or fall partly outside the text (they
 * are clipped; empty ones are dropped). The segments cover the text exactly, in order, and joining their
 * `text` gives back the original. Neighbours with the same keys are merged, so plain runs stay one node.
 * Keys are listed in the order their spans were given. O((n + s) log s) for s spans, plus the keys copied.
 */
export function segmentText<K>(text: string, spans: readonly KeyedSpan<K>[]): TextSegment<K>[] {
  const length = text.length;
  const events: Array<{ at: number; open: boolean; index: number }> = [];
  spans.forEach((span, index) => {
    const start = Math.max(0, Math.min(length, Math.floor(span.start)));
    const end = Math.max(0, Math.min(length, Math.floor(span.end)));
    if (end <= start) return;
    events.push({ at: start, open: true, index }, { at: end, open: false, index });
  });
  // Closings before openings at the same offset: a span ending where another starts does not cover it.
  events.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open));

  const segments: TextSegment<K>[] = [];
  const active = new Set<number>();
  let cursor = 0;
  let i = 0;
  while (cursor < length) {
    while (i < events.length && events[i]!.at === cursor) {
      const event = events[i++]!;
      if (event.open) active.add(event.index);
      else active.delete(event.index);
    }
    const next = i < events.length ? events[i]!.at : length;
    const indexes = [...active].sort((a, b) => a - b);
    const keys = dedupe(indexes.map((index) => spans[index]!.key));
    push(segments, { start: cursor, end: next, text: text.slice(cursor, next), keys });
    cursor = next;
  }
  return segments;
}

function dedupe<K>(keys: K[]): K[] {
  return keys.length < 2 ? keys : [...new Set(keys)];
}

function push<K>(segments: TextSegment<K>[], segment: TextSegment<K>): void {
  const last = segments.at(-1);
  if (last && sameKeys(last.keys, segment.keys)) {
    segments[segments.length - 1] = {
      start: last.start,
      end: segment.end,
      text: last.text + segment.text,
      keys: last.keys,
    };
  } else {
    segments.push(segment);
  }
}

function sameKeys<K>(a: readonly K[], b: readonly K[]): boolean {
  return a.length === b.length && a.every((key, i) => Object.is(key, b[i]));
}
