import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import { readCsvUpload } from '../bulk/csv-records.ts';
import { readNdjsonRecords } from '../bulk/ndjson-records.ts';
import { issuesToDetails } from '../contract/issues.ts';
import { ReportInput } from '../contract/reports.ts';
import { extractText } from '../extract/extract-text.ts';
import type { UploadRecord } from '../services/bulk-ingest-service.ts';
import type { CliContext } from './context.ts';
import { createProgress } from './progress.ts';

export interface IngestFlags {
  country?: string | undefined;
  date?: string | undefined;
  source?: string | undefined;
  reliability?: string | undefined;
  lang?: string | undefined;
}

const BULK = new Set(['.ndjson', '.jsonl', '.csv']);
/** `COL_2026-03-01_anything.pdf`: country and date from the file name when not given as flags. */
const NAMED = /^([A-Za-z]{3})_(\d{4}-\d{2}-\d{2})/;

/** `npm run cli -- ingest FILE…`: NDJSON and CSV files in bulk, documents one report each. */
export async function ingestCommand(ctx: CliContext, files: string[], flags: IngestFlags): Promise<number> {
  const totals = { accepted: 0, duplicates: 0, rejected: 0 };
  let failed = 0;
  for (const file of files) {
    try {
      if (BULK.has(extname(file).toLowerCase())) await ingestBulk(ctx, file, totals);
      else await ingestDocument(ctx, file, flags, totals);
    } catch (err) {
      failed++;
      console.error(`${file}: ${(err as Error).message}`);
    }
  }
  console.log(
    `Summary: ${files.length} file(s), ${totals.accepted} report(s) stored, ${totals.duplicates} duplicate(s), ` +
      `${totals.rejected} line(s) rejected${failed ? `, ${failed} file(s) failed` : ''}.`,
  );
  return failed > 0 || totals.rejected > 0 ? 1 : 0;
}

async function ingestBulk(ctx: CliContext, file: string, totals: Record<string, number>) {
  const size = (await stat(file)).size;
  const progress = createProgress(basename(file), size);
  const stream = createReadStream(file);
  let read = 0;
  stream.on('data', (chunk) => {
    read += chunk.length;
  });
  const web = Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  const records: AsyncIterable<UploadRecord> =
    extname(file).toLowerCase() === '.csv' ? readCsvUpload(web) : readNdjsonRecords(web);
  const result = await ctx.services.bulk.ingest(ctx.actor, records, {
    onProgress: (p) =>
      progress.update(read, `stored ${p.accepted}, duplicates ${p.duplicates}, rejected ${p.rejectedTotal}`),
  });
  progress.done(
    size,
    `stored ${result.accepted}, duplicates ${result.duplicates}, rejected ${result.rejectedTotal}`,
  );
  for (const r of result.rejected) {
    console.error(`  ${file}:${r.line}: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  }
  totals.accepted! += result.accepted;
  totals.duplicates! += result.duplicates;
  totals.rejected! += result.rejectedTotal;
}

async function ingestDocument(
  ctx: CliContext,
  file: string,
  flags: IngestFlags,
  totals: Record<string, number>,
) {
  const named = NAMED.exec(basename(file));
  const extracted = await extractText({
    bytes: new Uint8Array(await readFile(file)),
    filename: basename(file),
  });
  const candidate = {
    country: flags.country ?? named?.[1]?.toUpperCase(),
    date: flags.date ?? named?.[2],
    text: extracted.text,
    title: extracted.title?.slice(0, 500) ?? basename(file),
    lang: flags.lang,
    source: flags.source ? { name: flags.source, reliability: flags.reliability } : undefined,
  };
  const parsed = ReportInput.safeParse(JSON.parse(JSON.stringify(candidate)));
  if (!parsed.success) {
    const details = issuesToDetails(parsed.error.issues).map((d) => `${d.path}: ${d.message}`);
    throw new Error(
      `not stored: ${details.join('; ')} (give --country and --date, or name the file COL_2026-03-01_….pdf)`,
    );
  }
  const result = await ctx.services.reports.ingest(ctx.actor, parsed.data);
  const counted = result.hits.filter((h) => h.weight > 0).length;
  console.log(
    `${file}: ${result.duplicate ? 'duplicate of' : 'stored as'} ${result.id} (${result.lang}, score ${result.score}, ${counted} hit(s))`,
  );
  for (const warning of extracted.warnings) console.log(`  warning: ${warning}`);
  if (result.duplicate) totals.duplicates!++;
  else totals.accepted!++;
}
