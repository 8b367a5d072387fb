import { describe, expect, it } from 'vitest';
import {
  CorruptFileError,
  extractText,
  FileTooLargeError,
  UnsupportedFileError,
} from '../../../server/extract/extract-text.ts';
import { aDocx, aZip } from './builders.ts';

describe('extractText on a Word document', () => {
  it('reads the paragraphs, separated by blank lines', async () => {
    const bytes = aDocx([
      'Informe semanal',
      'Los niños fueron desplazados & amenazados.',
      'Armed men <attacked>.',
    ]);
    const result = await extractText({ bytes, filename: 'informe.docx' });
    expect(result).toEqual({
      format: 'docx',
      text: 'Informe semanal\n\nLos niños fueron desplazados & amenazados.\n\nArmed men <attacked>.',
      warnings: [],
    });
  });

  it('knows a DOCX by its bytes even when the upload calls it something else', async () => {
    const result = await extractText({
      bytes: aDocx(['Hola']),
      filename: 'x.bin',
      contentType: 'text/plain',
    });
    expect(result).toMatchObject({ format: 'docx', text: 'Hola' });
  });

  it('refuses a ZIP that is not a Word document as unsupported (415)', async () => {
    const error = await extractText({
      bytes: aZip({ 'datos.csv': 'a,b\n1,2\n' }),
      filename: 'datos.zip',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedFileError);
    expect(error).toMatchObject({ reason: 'unsupported_format', status: 415, field: 'file' });
  });

  it('refuses a truncated DOCX as corrupt', async () => {
    const bytes = aDocx(['Texto']);
    await expect(extractText({ bytes: bytes.subarray(0, bytes.length - 30) })).rejects.toBeInstanceOf(
      CorruptFileError,
    );
  });

  it('refuses a DOCX whose main part is not XML as corrupt', async () => {
    await expect(extractText({ bytes: aDocx([], '\u0000\u0001 not xml <w:p') })).rejects.toBeInstanceOf(
      CorruptFileError,
    );
  });

  it('refuses a ZIP bomb from its declared sizes, before inflating it', async () => {
    const bomb = aZip({ 'word/document.xml': new Uint8Array(2 * 1024 * 1024) });
    const error = await extractText({ bytes: bomb }, { maxInflatedBytes: 1024 * 1024 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect(error).toMatchObject({ status: 413, code: 'payload_too_large' });
  });
});
