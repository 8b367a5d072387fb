import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightSegments, markedRanges } from '../../../web/src/charts/highlight.ts';

const marks = (text: string, spans: { start: number; end: number }[], offset = 0) =>
  highlightSegments(text, spans, offset)
    .filter((s) => s.marked)
    .map((s) => s.text);

/** No lone surrogate: the string is whole characters only. */
const wellFormed = (s: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('highlightSegments', () => {
  it('maps spans of the original report into the sentence through its start offset', () => {
    const report = 'Calm in the north. Soldiers burned the village and killed 12 civilians. More later.';
    const start = report.indexOf('Soldiers');
    const end = report.indexOf(' More');
    const sentence = report.slice(start, end);
    const spans = [
      { start: report.indexOf('burned'), end: report.indexOf('burned') + 6 },
      { start: report.indexOf('killed'), end: report.indexOf('killed') + 6 },
    ];
    expect(highlightSegments(sentence, spans, start)).toEqual([
      { text: 'Soldiers ', marked: false },
      { text: 'burned', marked: true },
      { text: ' the village and ', marked: false },
      { text: 'killed', marked: true },
      { text: ' 12 civilians.', marked: false },
    ]);
  });

  it('returns the sentence as one plain segment without spans, and nothing for an empty sentence', () => {
    expect(highlightSegments('No match here.', [])).toEqual([{ text: 'No match here.', marked: false }]);
    expect(highlightSegments('', [{ start: 0, end: 4 }])).toEqual([]);
  });

  it('merges overlapping and nested spans into one mark', () => {
    const text = 'they were summarily executed';
    expect(
      marks(text, [
        { start: 10, end: 19 },
        { start: 15, end: 28 },
        { start: 20, end: 24 },
      ]),
    ).toEqual(['summarily executed']);
  });

  it('merges adjacent spans (one ends where the next starts), but not spans a character apart', () => {
    expect(
      marks('mass graves', [
        { start: 0, end: 4 },
        { start: 4, end: 11 },
      ]),
    ).toEqual(['mass graves']);
    expect(
      marks('mass graves', [
        { start: 0, end: 4 },
        { start: 5, end: 11 },
      ]),
    ).toEqual(['mass', 'graves']);
  });

  it('marks spans at the very start and end of the sentence', () => {
    expect(
      highlightSegments(
        'Killed twelve',
        [
          { start: 100, end: 106 },
          { start: 107, end: 113 },
        ],
        100,
      ),
    ).toEqual([
      { text: 'Killed', marked: true },
      { text: ' ', marked: false },
      { text: 'twelve', marked: true },
    ]);
    expect(highlightSegments('all', [{ start: 0, end: 3 }])).toEqual([{ text: 'all', marked: true }]);
  });

  it('ignores spans outside the sentence and clips those that cross its edges', () => {
    const text = 'burned homes';
    // The sentence is at 50–62 of the report: a span in another sentence, one crossing each edge.
    const spans = [
      { start: 10, end: 20 },
      { start: 45, end: 56 },
      { start: 57, end: 70 },
      { start: 62, end: 64 },
      { start: 30, end: 30 },
    ];
    expect(marks(text, spans, 50)).toEqual(['burned', 'homes']);
  });

  it('ignores empty, reversed and non-numeric spans', () => {
    expect(
      marks('abc', [
        { start: 2, end: 1 },
        { start: 1, end: 1 },
        { start: Number.NaN, end: 2 },
      ]),
    ).toEqual([]);
  });

  it('counts offsets in UTF-16 code units, like the scorer, across emoji and astral characters', () => {
    const text = '🔥 Village 𝒜 burned 🏚️ today';
    const start = text.indexOf('burned');
    expect(marks(text, [{ start, end: start + 6 }])).toEqual(['burned']);
    expect(marks(text, [{ start: 0, end: 2 }])).toEqual(['🔥']);
  });

  it('never cuts a surrogate pair in half: a boundary inside one moves outward', () => {
    const text = 'a🔥b';
    // 🔥 is two code units (1–3); spans ending or starting between them take the whole character.
    expect(marks(text, [{ start: 0, end: 2 }])).toEqual(['a🔥']);
    expect(marks(text, [{ start: 2, end: 4 }])).toEqual(['🔥b']);
    expect(marks(text, [{ start: 2, end: 3 }])).toEqual(['🔥']);
    for (const segment of highlightSegments(text, [{ start: 2, end: 3 }]))
      expect(wellFormed(segment.text)).toBe(true);
  });

  it('always gives back the sentence exactly, alternating plain and marked, with no empty piece', () => {
    const span = fc.record({
      start: fc.integer({ min: -20, max: 80 }),
      end: fc.integer({ min: -20, max: 80 }),
    });
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.array(span, { maxLength: 6 }),
        (text, spans) => {
          const segments = highlightSegments(text, spans, 5);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          for (const [i, segment] of segments.entries()) {
            expect(segment.text.length).toBeGreaterThan(0);
            expect(wellFormed(segment.text)).toBe(true);
            if (i > 0) expect(segment.marked).not.toBe(segments[i - 1]!.marked);
          }
          // Every code unit a span covers is marked, and nothing else is.
          const ranges = markedRanges(text, spans, 5);
          for (const { start, end } of spans) {
            for (let k = Math.max(0, start - 5); k < Math.min(text.length, end - 5); k++) {
              expect(ranges.some((r) => r.start <= k && k < r.end)).toBe(true);
            }
          }
        },
      ),
    );
  });
});
