import { getDocumentProxy } from 'unpdf';
import { CorruptFileError, UnsupportedFileError } from './errors.ts';
import { pageText } from './pdf-layout.ts';

/** Returned (with empty text) for a PDF whose pages are only images; the route answers 400 naming `file`. */
export const NO_TEXT_LAYER_WARNING = 'no text layer: OCR is not supported';

/**
 * Reads a PDF's text with pdf.js (the serverless build that unpdf bundles: pure JS, no worker, no canvas).
 * Options: `isEvalSupported: false` keeps font programs from being compiled with `new Function`
 * (CVE-2024-4367 was exactly that path); no system fonts or font faces, since only text is needed; and
 * `verbosity: 0` so pdf.js prints nothing about the file to the server's log.
 */
export async function pdfToText(
  bytes: Uint8Array,
): Promise<{ text: string; pages: number; title?: string; warnings: string[] }> {
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const pdf = await getDocumentProxy(bytes.slice(), {
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).catch((error: unknown) => {
    throw openError(error);
  });
  try {
    const texts: string[] = [];
    const blank: number[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const text = pageText((await page.getTextContent()).items);
      page.cleanup();
      if (text.trim() === '') blank.push(number);
      else texts.push(text);
    }
    const title = await documentTitle(pdf);
    const warnings: string[] = [];
    if (!endsWithEof(bytes)) warnings.push('the PDF seems truncated (no end marker): text may be missing');
    if (texts.length === 0) warnings.push(NO_TEXT_LAYER_WARNING);
    else if (blank.length > 0) warnings.push(`page(s) ${blank.join(', ')} have no text layer (scanned?)`);
    return { text: texts.join('\n\n'), pages: pdf.numPages, ...(title && { title }), warnings };
  } catch (error) {
    throw new CorruptFileError(`The PDF could not be read (damaged?): ${errorName(error)}`);
  } finally {
    await pdf.destroy();
  }
}

// pdf.js rebuilds a damaged cross-reference table and reads what it can, so a cut-off upload may open; a
// complete PDF ends with %%EOF (give or take trailing junk), which tells the analyst to check the file.
function endsWithEof(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(-1024)).includes('%%EOF');
}

async function documentTitle(pdf: Awaited<ReturnType<typeof getDocumentProxy>>): Promise<string | undefined> {
  const { info } = await pdf.getMetadata().catch(() => ({ info: undefined }));
  const title = (info as { Title?: unknown } | undefined)?.Title;
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
}

function openError(error: unknown): Error {
  if (errorName(error) === 'PasswordException') {
    return new UnsupportedFileError('encrypted', 'The PDF is password-protected: upload an unprotected copy');
  }
  return new CorruptFileError(`The PDF could not be opened (damaged or truncated?): ${errorName(error)}`);
}

// pdf.js errors are classes of the bundled copy, so they are told apart by name; messages are not echoed.
function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error';
}
