import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/errors.ts';
import {
  CorruptFileError,
  extractText,
  FileTooLargeError,
  UnsupportedFileError,
} from '../../../server/extract/extract-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('extractText on plain text', () => {
  it('decodes UTF-8, strips the BOM and normalises line endings', async () => {
    const bytes = utf8('\ufeffLa Defensoría informó:\r\nlos niños huyeron.\r\n\r\n\r\n\r\nFin.\r\n');
    const result = await extractText({ bytes, filename: 'informe.txt' });
    expect(result).toEqual({
      format: 'text',
      text: 'La Defensoría informó:\nlos niños huyeron.\n\nFin.',
      warnings: [],
    });
  });

  it('falls back to Windows-1252 for a Latin-1 file, and says so', async () => {
    const bytes = Buffer.from('La Defensoría del Pueblo: 12 niños desplazados.', 'latin1');
    const result = await extractText({ bytes, contentType: 'text/plain' });
    expect(result.text).toBe('La Defensoría del Pueblo: 12 niños desplazados.');
    expect(result.warnings).toEqual(['not valid UTF-8: decoded as Windows-1252 (Latin-1)']);
  });

  it('reads UTF-16 with a BOM (Notepad’s “Unicode”)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Defensoría\r\nniños', 'utf16le')]);
    expect((await extractText({ bytes, filename: 'nota.txt' })).text).toBe('Defensoría\nniños');
  });

  it('composes decomposed accents and removes NUL and soft hyphens', async () => {
    const bytes = utf8('Defensori\u0301a des\u00adplazados\u0000 ni\u00a0ños');
    expect((await extractText({ bytes, filename: 'a.txt' })).text).toBe('Defensoría desplazados ni ños');
  });

  it('reads text that declares nothing, if it looks like text', async () => {
    expect(await extractText({ bytes: utf8('Informe sin nombre') })).toMatchObject({ format: 'text' });
  });
});

describe('extractText on Markdown', () => {
  const MARKDOWN = [
    '# Informe del *Cauca*',
    '',
    'Según la **Defensoría** del [Pueblo](https://example.org/dp "DP"), los _niños_ huyeron.',
    '',
    '> Cita de `testigo`: ![foto](x.png) snake_case_name queda.',
    '',
    '```',
    '**literal**',
    '```',
    '[1]: https://example.org/nota',
  ].join('\n');

  it('keeps the words, drops the markup and takes the first heading as title', async () => {
    const result = await extractText({ bytes: utf8(MARKDOWN), filename: 'informe.md' });
    expect(result).toEqual({
      format: 'markdown',
      title: 'Informe del Cauca',
      text: [
        'Informe del Cauca',
        'Según la Defensoría del Pueblo, los niños huyeron.',
        'Cita de testigo: foto snake_case_name queda.',
        '**literal**',
      ].join('\n\n'),
      warnings: [],
    });
  });

  it('is chosen by content type over the extension', async () => {
    const result = await extractText({
      bytes: utf8('## Hola'),
      filename: 'a.txt',
      contentType: 'text/markdown',
    });
    expect(result).toMatchObject({ format: 'markdown', text: 'Hola' });
  });
});

describe('extractText refusals', () => {
  it('are AppErrors on field `file`, so the route needs no mapping', async () => {
    const error = await refusal(extractText({ bytes: new Uint8Array(0), filename: 'vacío.txt' }));
    expect(error).toBeInstanceOf(UnsupportedFileError);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      reason: 'empty',
      status: 400,
      code: 'validation_failed',
      details: [{ path: 'file', message: 'The file is empty' }],
    });
  });

  it('refuse a file over the caller’s limit with 413, before reading it', async () => {
    const error = await refusal(
      extractText({ bytes: utf8('12345678901'), filename: 'a.txt' }, { maxBytes: 10 }),
    );
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect(error).toMatchObject({ reason: 'too_large', status: 413, code: 'payload_too_large' });
  });

  it('refuse random bytes as unsupported (415)', async () => {
    const bytes = new Uint8Array(randomBytes(4096));
    const error = await refusal(extractText({ bytes }));
    expect(error).toBeInstanceOf(UnsupportedFileError);
    expect(error).toMatchObject({ reason: 'unsupported_format', status: 415 });
  });

  it('refuse bytes that claim to be a PDF but are not one as corrupt', async () => {
    const bytes = new Uint8Array(randomBytes(2048));
    const error = await refusal(
      extractText({ bytes, filename: 'informe.pdf', contentType: 'application/pdf' }),
    );
    expect(error).toBeInstanceOf(CorruptFileError);
  });

  it('refuse binary data named .txt, an image, an old .doc and a declared spreadsheet', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const uploads = [
      { bytes: new Uint8Array([0x41, 0, 0x42, 0, 0x43]), filename: 'a.txt' },
      { bytes: png, filename: 'foto.txt', contentType: 'text/plain' },
      { bytes: doc, filename: 'informe.doc' },
      { bytes: utf8('a,b\n1,2'), filename: 'datos.xlsx' },
    ];
    for (const upload of uploads) {
      expect(await refusal(extractText(upload))).toBeInstanceOf(UnsupportedFileError);
    }
  });

  it('never echo the file’s name or contents in the message', async () => {
    const uploads = [
      { bytes: utf8('SECRET\u0000\u0000\u0000'), filename: 'nombre-secreto.txt' },
      { bytes: utf8('%PDF-1.7 SECRET'), filename: 'nombre-secreto.pdf' },
    ];
    for (const upload of uploads) {
      const error = await refusal(extractText(upload));
      expect(error).toBeInstanceOf(AppError);
      expect(JSON.stringify({ ...(error as AppError), message: (error as AppError).message })).not.toMatch(
        /SECRET|nombre-secreto/,
      );
    }
  });
});
