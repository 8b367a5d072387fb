import { decodeText } from './decode-text.ts';
import { detectFormat, type FileFormat } from './detect-format.ts';
import { docxToText } from './docx.ts';
import { FileTooLargeError, UnsupportedFileError } from './errors.ts';
import { htmlToText } from './html.ts';
import { stripMarkdown } from './markdown.ts';
import { normaliseText } from './normalise.ts';
import { pdfToText } from './pdf.ts';

export { CorruptFileError, ExtractError, FileTooLargeError, UnsupportedFileError } from './errors.ts';
export { NO_TEXT_LAYER_WARNING } from './pdf.ts';

export interface ExtractInput {
  bytes: Uint8Array;
  /** The uploaded file's name; only its extension is used, and only when the bytes and type say nothing. */
  filename?: string;
  /** The multipart part's Content-Type. */
  contentType?: string;
}

export interface ExtractOptions {
  /** Larger files are refused with `FileTooLargeError`. Default 20 MiB. */
  maxBytes?: number;
  /** A DOCX whose parts declare more than this once inflated is refused (ZIP bombs). Default 10 × maxBytes. */
  maxInflatedBytes?: number;
}

export interface Extracted {
  text: string;
  format: FileFormat;
  title?: string;
  /** PDFs only. */
  pages?: number;
  /** Things the analyst should know (legacy encoding, pages without text); never file contents. */
  warnings: string[];
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The text of an uploaded report, whatever its format. Every refusal is a typed `ExtractError` (an
 * `AppError` on field `file`); nothing else escapes for bad input. A file with no text at all (a scanned
 * PDF, an empty page) is not refused here: it comes back with `text: ''` and a warning for the route to act on.
 */
export async function extractText(input: ExtractInput, options: ExtractOptions = {}): Promise<Extracted> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { bytes } = input;
  if (bytes.byteLength > maxBytes) throw new FileTooLargeError(`The file is larger than ${maxBytes} bytes`);
  if (bytes.byteLength === 0) throw new UnsupportedFileError('empty', 'The file is empty');

  const detected = detectFormat(bytes, input.filename, input.contentType);
  const result: Omit<Extracted, 'format'> = await read(
    detected,
    bytes,
    options.maxInflatedBytes ?? maxBytes * 10,
  );
  const text = normaliseText(result.text);
  const warnings = [...result.warnings];
  if (text === '' && warnings.length === 0) warnings.push('the file contains no text');
  return { ...result, text, format: detected.format, warnings };
}

async function read(
  detected: ReturnType<typeof detectFormat>,
  bytes: Uint8Array,
  maxInflatedBytes: number,
): Promise<Omit<Extracted, 'format'>> {
  switch (detected.format) {
    case 'pdf':
      return pdfToText(bytes);
    case 'docx':
      return docxToText(bytes, detected.zipEntries, maxInflatedBytes);
    default: {
      const { text, warning } = decodeText(bytes);
      const warnings = warning ? [warning] : [];
      if (detected.format === 'text') return { text, warnings };
      return { ...(detected.format === 'html' ? htmlToText(text) : stripMarkdown(text)), warnings };
    }
  }
}
