import { looksLikeText } from './decode-text.ts';
import { CorruptFileError, UnsupportedFileError } from './errors.ts';
import { readZipDirectory, type ZipEntry } from './zip-directory.ts';

export type FileFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

export type Detected = { format: Exclude<FileFormat, 'docx'> } | { format: 'docx'; zipEntries: ZipEntry[] };

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const BY_CONTENT_TYPE: Record<string, FileFormat> = {
  'application/pdf': 'pdf',
  [DOCX_TYPE]: 'docx',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};
const BY_EXTENSION: Record<string, FileFormat> = {
  pdf: 'pdf',
  docx: 'docx',
  htm: 'html',
  html: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
};
// Browsers send these when they do not know the type: they say nothing, so the extension decides.
const GENERIC_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'text/plain']);
// Files analysts are likely to try, refused with a message that says what to do instead.
const REFUSED_MAGIC: { magic: number[]; message: string }[] = [
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    message: 'Old Office files (.doc) are not supported: save the report as .docx or PDF',
  },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], message: 'RTF is not supported: save the report as .docx or PDF' },
  { magic: [0x89, 0x50, 0x4e, 0x47], message: 'Images are not supported: OCR is not available' },
  { magic: [0xff, 0xd8, 0xff], message: 'Images are not supported: OCR is not available' },
];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
// An undeclared upload is HTML only if it opens like a page; text that merely mentions a tag stays text.
const HTML_START = /^\s*<(!doctype\s+html|html[\s>])/i;
// Word writes word/document.xml; Word Online has been seen writing word/document2.xml.
const DOCX_MAIN_PART = /^word\/document\d*\.xml$/;

/**
 * Decides the format from the bytes first (they cannot lie about being a PDF or a ZIP), then the declared
 * content type, then the file name's extension; anything else is refused with a typed error.
 */
export function detectFormat(bytes: Uint8Array, filename?: string, contentType?: string): Detected {
  // The PDF header may follow up to 1 KiB of junk; readers (and pdf.js) accept that, so do we.
  if (indexOf(bytes.subarray(0, 1024), PDF_MAGIC) >= 0) return { format: 'pdf' };
  if (startsWith(bytes, ZIP_MAGIC)) return detectZip(bytes);
  const refused = REFUSED_MAGIC.find(({ magic }) => startsWith(bytes, magic));
  if (refused) throw new UnsupportedFileError('unsupported_format', refused.message);

  const claimed = claimedFormat(filename, contentType);
  if (claimed === 'pdf' || claimed === 'docx') {
    throw new CorruptFileError(`The file is declared as ${claimed.toUpperCase()} but is not one (damaged?)`);
  }
  if (claimed === null || !looksLikeText(bytes)) {
    throw new UnsupportedFileError(
      'unsupported_format',
      'Unsupported file: send a PDF, Word (.docx), HTML, Markdown or plain-text report',
    );
  }
  if (claimed !== undefined) return { format: claimed };
  return { format: HTML_START.test(new TextDecoder().decode(bytes.subarray(0, 512))) ? 'html' : 'text' };
}

function detectZip(bytes: Uint8Array): Detected {
  const zipEntries = readZipDirectory(bytes);
  if (!zipEntries) throw new CorruptFileError('The ZIP or Word file is damaged or truncated');
  if (!zipEntries.some((entry) => DOCX_MAIN_PART.test(entry.name))) {
    throw new UnsupportedFileError(
      'unsupported_format',
      'This ZIP archive is not a Word (.docx) document: upload the report itself',
    );
  }
  return { format: 'docx', zipEntries };
}

/**
 * The format the upload says it is: a format, `undefined` when it says nothing useful, or `null` when it names
 * something we do not read (an image type, `.xlsx`…). Any `text/*` type is read as plain text (CSV, logs).
 */
function claimedFormat(filename?: string, contentType?: string): FileFormat | undefined | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!GENERIC_TYPES.has(type)) return BY_CONTENT_TYPE[type] ?? (type.startsWith('text/') ? 'text' : null);
  const dot = filename?.lastIndexOf('.') ?? -1;
  const extension = dot > 0 ? filename!.slice(dot + 1).toLowerCase() : '';
  if (extension === '') return type === 'text/plain' ? 'text' : undefined;
  return BY_EXTENSION[extension] ?? (type === 'text/plain' ? 'text' : null);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function indexOf(bytes: Uint8Array, magic: readonly number[]): number {
  for (let at = 0; at + magic.length <= bytes.length; at++) {
    if (magic.every((byte, i) => bytes[at + i] === byte)) return at;
  }
  return -1;
}
