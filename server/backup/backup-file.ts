import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { PassThrough, Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

export interface BackupFileWriter {
  /** Where the export writes its NDJSON text (gzipped on the way when the file name ends in .gz). */
  stream: Writable;
  /** Ends the file and only then gives it its name: a failed export never leaves a file that looks complete. */
  finish(): Promise<void>;
  /** Drops the partial file. */
  abort(): Promise<void>;
}

/**
 * A backup file being written: `FILE.partial` until finished, readable by its owner only (it holds report text,
 * sources and the names of users).
 */
export async function createBackupFileWriter(path: string): Promise<BackupFileWriter> {
  const partial = `${path}.partial`;
  await rm(partial, { force: true });
  const file = createWriteStream(partial, { mode: 0o600 });
  const input = path.endsWith('.gz') ? createGzip() : new PassThrough();
  const written = pipeline(input, file);
  // Awaited by finish() or abort(); a write error also reaches the exporter through `input`.
  written.catch(() => {});
  return {
    stream: input,
    async finish() {
      input.end();
      await written;
      await rename(partial, path);
    },
    async abort() {
      input.destroy();
      await written.catch(() => {});
      await rm(partial, { force: true });
    },
  };
}

/** A backup file as a byte stream, gunzipped when it is gzip (by its first bytes, whatever its name). */
export async function openBackupFileReader(path: string): Promise<ReadableStream<Uint8Array>> {
  const handle = await open(path, 'r');
  const magic = Buffer.alloc(2);
  let bytesRead: number;
  try {
    ({ bytesRead } = await handle.read(magic, 0, 2, 0));
  } finally {
    await handle.close();
  }
  const file = createReadStream(path);
  let stream: Readable = file;
  if (bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b) {
    const gunzip = createGunzip();
    // pipeline destroys the gunzip stream with any error, so the reader sees it (a damaged or cut file).
    pipeline(file, gunzip).catch(() => {});
    stream = gunzip;
  }
  return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
}
