import { describe, expect, it } from 'vitest';
import {
  CorruptFileError,
  extractText,
  NO_TEXT_LAYER_WARNING,
  UnsupportedFileError,
} from '../../../server/extract/extract-text.ts';
import { aPdf } from './builders.ts';

const ENGLISH =
  'The Defensoría del Pueblo reported that armed men attacked the village of El Tambo at dawn and burned the school.';
const SPANISH =
  'Los niños fueron desplazados por la violencia; según la Defensoría, la población huyó hacia Popayán.';

const twoPages = () =>
  aPdf((doc) => {
    doc.fontSize(12).text(ENGLISH);
    doc.moveDown().text(SPANISH);
    // Words placed one by one by coordinates: the PDF holds no space characters between them.
    doc.text('paramilitares', 72, 500, { lineBreak: false });
    doc.text('asesinaron', 155, 500, { lineBreak: false });
    doc.text('campesinos', 222, 500, { lineBreak: false });
    doc.addPage().text('Página dos: acción, corazón, pingüino.');
    doc
      .font('Helvetica')
      .text('Los ', { continued: true })
      .font('Helvetica-Bold')
      .text('menores', { continued: true });
    doc.font('Helvetica').text(' fueron reclutados.');
  });

// The scorer reads a single line break as a space; compare the way it will.
const asScorerReads = (text: string) => text.replace(/(?<!\n)\n(?!\n)/g, ' ');

describe('extractText on a PDF', () => {
  it('reads English and Spanish text with accents from both pages, with pages and title', async () => {
    const result = await extractText({ bytes: await twoPages(), filename: 'informe.pdf' });
    expect(result).toMatchObject({ format: 'pdf', pages: 2, title: 'Informe de situación', warnings: [] });
    const text = asScorerReads(result.text);
    expect(text).toContain(ENGLISH);
    expect(text).toContain(SPANISH);
    expect(text).toContain('Página dos: acción, corazón, pingüino.');
  });

  it('separates words that the PDF positions without spaces, and joins runs across font changes', async () => {
    const { text } = await extractText({ bytes: await twoPages() });
    expect(text).toContain('paramilitares asesinaron campesinos');
    expect(text).toContain('Los menores fueron reclutados.');
  });

  it('separates paragraphs and pages with a blank line', async () => {
    const { text } = await extractText({ bytes: await twoPages() });
    const paragraphs = text.split('\n\n').map(asScorerReads);
    expect(paragraphs).toEqual([
      ENGLISH,
      SPANISH,
      'paramilitares asesinaron campesinos',
      'Página dos: acción, corazón, pingüino. Los menores fueron reclutados.',
    ]);
  });

  it('leaves the caller’s bytes intact (pdf.js detaches the buffer it is given)', async () => {
    const bytes = await twoPages();
    const length = bytes.byteLength;
    await extractText({ bytes });
    expect(bytes.byteLength).toBe(length);
  });

  it('returns empty text and the OCR warning for a PDF of images only', async () => {
    const scanned = await aPdf((doc) => {
      doc.rect(50, 50, 400, 600).fill('#777');
      doc.addPage().rect(50, 50, 400, 600).fill('#999');
    });
    const result = await extractText({ bytes: scanned });
    expect(result).toMatchObject({ format: 'pdf', text: '', pages: 2, warnings: [NO_TEXT_LAYER_WARNING] });
  });

  it('warns about pages without text when others have it', async () => {
    const mixed = await aPdf((doc) => {
      doc.text('Primera página con texto.');
      doc.addPage().rect(50, 50, 400, 600).fill('#777');
    });
    const result = await extractText({ bytes: mixed });
    expect(result.text).toBe('Primera página con texto.');
    expect(result.warnings).toEqual(['page(s) 2 have no text layer (scanned?)']);
  });

  it('refuses a truncated PDF as corrupt, naming the field', async () => {
    const bytes = await twoPages();
    const error = await extractText({ bytes: bytes.subarray(0, bytes.length / 2) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptFileError);
    expect(error).toMatchObject({ field: 'file', reason: 'corrupt', status: 400, code: 'validation_failed' });
  });

  it('reads what survives when only the end is cut off, and warns', async () => {
    const bytes = await twoPages();
    const result = await extractText({ bytes: bytes.subarray(0, bytes.length - 40) });
    expect(result.text).toContain('Los niños fueron desplazados');
    expect(result.warnings).toContain('the PDF seems truncated (no end marker): text may be missing');
  });

  it('refuses a PDF header followed by junk as corrupt', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body at all\n');
    await expect(extractText({ bytes })).rejects.toBeInstanceOf(CorruptFileError);
  });

  it('refuses a password-protected PDF without reading it', async () => {
    const locked = await aPdf((doc) => doc.text('Confidencial'), {
      userPassword: 'clave',
      pdfVersion: '1.7',
    });
    const error = await extractText({ bytes: locked }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedFileError);
    expect(error).toMatchObject({ reason: 'encrypted', status: 400 });
  });
});
