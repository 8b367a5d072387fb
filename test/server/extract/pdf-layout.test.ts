import { describe, expect, it } from 'vitest';
import { type PdfTextItem, pageText } from '../../../server/extract/pdf-layout.ts';

// A 10-point run of text at (x, y), roughly 5 units per character, as pdf.js reports it.
const run = (str: string, x: number, y: number, hasEOL = false): PdfTextItem => ({
  str,
  hasEOL,
  transform: [10, 0, 0, 10, x, y],
  width: str.length * 5,
  height: 10,
});

describe('pageText', () => {
  it('puts a space where the gap between runs is wider than a thin space', () => {
    expect(pageText([run('armed', 100, 700), run('men', 130, 700)])).toBe('armed men');
  });

  it('does not split a word drawn in touching runs (kerning, a change of font)', () => {
    expect(pageText([run('Defen', 100, 700), run('soría', 125.5, 700)])).toBe('Defensoría');
  });

  it('does not double a space the PDF already has', () => {
    expect(pageText([run('armed ', 100, 700), run('men', 140, 700)])).toBe('armed men');
  });

  it('starts a new line on hasEOL or a drop, and a paragraph on a drop of two lines', () => {
    const items = [run('first line', 100, 700, true), run('second', 100, 688), run('third', 100, 650)];
    expect(pageText(items)).toBe('first line\nsecond\n\nthird');
  });

  it('rejoins a lower-case word hyphenated across lines, and keeps other hyphens', () => {
    const items = [
      run('fueron despla-', 100, 700, true),
      run('zados. Norte-', 100, 688, true),
      run('Sur', 100, 676),
    ];
    expect(pageText(items)).toBe('fueron desplazados. Norte-\nSur');
  });

  it('skips marked-content items and honours empty end-of-line markers', () => {
    const items = [
      { type: 'beginMarkedContent', id: '' },
      run('uno', 100, 700),
      { ...run('', 0, 0), hasEOL: true },
    ];
    expect(pageText([...items, run('dos', 100, 700)])).toBe('uno\ndos');
  });
});
