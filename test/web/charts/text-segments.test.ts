import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type KeyedSpan, segmentText } from '../../../web/src/charts/text-segments.ts';

const plain = (segments: ReturnType<typeof segmentText>) =>
  segments.map((s) => [s.text, [...s.keys]] as const);

describe('segmentText', () => {
  it('returns the whole text as one plain segment when nothing is marked', () => {
    expect(plain(segmentText('Soldiers burned the village.', []))).toEqual([
      ['Soldiers burned the village.', []],
    ]);
    expect(segmentText('', [{ start: 0, end: 3, key: 'a' }])).toEqual([]);
  });

  it('wraps each span and keeps the text between them plain', () => {
    const text = 'Soldiers burned the village and killed 12 civilians.';
    const spans = [
      { start: 9, end: 15, key: 0 },
      { start: 32, end: 38, key: 1 },
    ];
    expect(plain(segmentText(text, spans))).toEqual([
      ['Soldiers ', []],
      ['burned', [0]],
      [' the village and ', []],
      ['killed', [1]],
      [' 12 civilians.', []],
    ]);
  });

  it('splits overlapping and nested spans so each piece lists every span over it, in the given order', () => {
    // "abcdefghij": hit 2 covers c–h, hit 0 covers a–e, hit 1 covers d–f (nested in both).
    const spans = [
      { start: 2, end: 8, key: 'h2' },
      { start: 0, end: 5, key: 'h0' },
      { start: 3, end: 6, key: 'h1' },
    ];
    expect(plain(segmentText('abcdefghij', spans))).toEqual([
      ['ab', ['h0']],
      ['c', ['h2', 'h0']],
      ['de', ['h2', 'h0', 'h1']],
      ['f', ['h2', 'h1']],
      ['gh', ['h2']],
      ['ij', []],
    ]);
  });

  it('does not let a span ending where another starts cover it, and merges neighbours with the same keys', () => {
    const spans = [
      { start: 0, end: 3, key: 'a' },
      { start: 3, end: 6, key: 'b' },
      { start: 6, end: 8, key: 'b' },
    ];
    expect(plain(segmentText('abcdefgh', spans))).toEqual([
      ['abc', ['a']],
      ['defgh', ['b']],
    ]);
  });

  it('clips spans outside the text and drops empty or reversed ones', () => {
    const spans = [
      { start: -4, end: 2, key: 'x' },
      { start: 5, end: 5, key: 'empty' },
      { start: 7, end: 3, key: 'reversed' },
      { start: 6, end: 99, key: 'y' },
    ];
    expect(plain(segmentText('abcdefgh', spans))).toEqual([
      ['ab', ['x']],
      ['cdef', []],
      ['gh', ['y']],
    ]);
  });

  it('lists a key once when two spans of the same key overlap', () => {
    const spans = [
      { start: 0, end: 4, key: 7 },
      { start: 2, end: 6, key: 7 },
    ];
    expect(plain(segmentText('abcdefgh', spans))).toEqual([
      ['abcdef', [7]],
      ['gh', []],
    ]);
  });

  it('covers the text exactly, and a character is marked by a key exactly when a span of that key covers it', () => {
    const input = fc.string({ maxLength: 60 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc.record({
            start: fc.integer({ min: -3, max: text.length + 3 }),
            end: fc.integer({ min: -3, max: text.length + 3 }),
            key: fc.integer({ min: 0, max: 4 }),
          }),
          { maxLength: 12 },
        ),
      ),
    );
    fc.assert(
      fc.property(input, ([text, spans]: [string, KeyedSpan<number>[]]) => {
        const segments = segmentText(text, spans);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        let at = 0;
        for (const segment of segments) {
          expect(segment.start).toBe(at);
          expect(segment.text).toBe(text.slice(segment.start, segment.end));
          expect(segment.end).toBeGreaterThan(segment.start);
          at = segment.end;
          for (let i = segment.start; i < segment.end; i++) {
            const covering = new Set(spans.filter((s) => s.start <= i && i < s.end).map((s) => s.key));
            expect(new Set(segment.keys)).toEqual(covering);
          }
        }
        expect(at).toBe(text.length);
      }),
    );
  });
});
