/** One entry of a ZIP archive's central directory, as the archive declares it. */
export interface ZipEntry {
  name: string;
  /** Declared size once inflated; 0xFFFFFFFF means the real size is in a ZIP64 record. */
  uncompressedSize: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_MARKER = 0xffffffff;
// The end record is 22 bytes and may be followed by a comment of up to 65,535 bytes.
const MAX_END_SEARCH = 22 + 0xffff;

/**
 * Lists a ZIP archive's entries from its central directory without inflating anything, so that detection can
 * ask "is there a word/document.xml?" and the DOCX reader can refuse a ZIP bomb before JSZip (inside
 * mammoth) inflates it. Returns `undefined` when the directory is missing or runs past the end (a truncated
 * or damaged archive). Hand-written because it is 40 lines and no ZIP library lists entries this cheaply.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === undefined) return undefined;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const names = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return undefined;
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameEnd = offset + 46 + nameLength;
    if (nameEnd > view.byteLength) return undefined;
    entries.push({ name: names.decode(bytes.subarray(offset + 46, nameEnd)), uncompressedSize });
    offset = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/** True when any entry hides its real size in a ZIP64 record, which this reader does not follow. */
export function usesZip64(entries: readonly ZipEntry[]): boolean {
  return entries.some((entry) => entry.uncompressedSize === ZIP64_MARKER);
}

function findEndRecord(view: DataView): number | undefined {
  const stop = Math.max(0, view.byteLength - MAX_END_SEARCH);
  for (let at = view.byteLength - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return undefined;
}
