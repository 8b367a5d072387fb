import mammoth from 'mammoth';
import { CorruptFileError, FileTooLargeError, UnsupportedFileError } from './errors.ts';
import { usesZip64, type ZipEntry } from './zip-directory.ts';

/**
 * Reads a Word document's text with mammoth's `extractRawText`, which gives one paragraph per line pair
 * ("\n\n" between paragraphs) and never touches images, so linked external files (CVE-2025-11849, fixed in
 * the 1.11 line we are above) are not read either way. The ZIP's declared sizes are checked first: JSZip,
 * inside mammoth, inflates a part whole before it notices a size mismatch, so a ZIP bomb must be refused
 * before it gets there.
 */
export async function docxToText(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  maxInflatedBytes: number,
): Promise<{ text: string; warnings: string[] }> {
  if (usesZip64(entries)) {
    throw new UnsupportedFileError('unsupported_format', 'ZIP64 Word files are not supported: save as PDF');
  }
  const inflated = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (inflated > maxInflatedBytes) {
    throw new FileTooLargeError(`The Word file expands to more than ${maxInflatedBytes} bytes`);
  }
  const result = await mammoth
    .extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
    .catch(() => {
      throw new CorruptFileError('The Word (.docx) file could not be read (damaged?)');
    });
  const failures = result.messages.filter((message) => message.type === 'error').length;
  return {
    text: result.value,
    warnings: failures > 0 ? [`${failures} part(s) of the Word file could not be read`] : [],
  };
}
