import type { CliContext } from './context.ts';

export interface ExportFlags {
  country?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  includeSources: boolean;
}

/**
 * One record as one line, whatever the text holds. JSON.stringify leaves U+2028, U+2029 and U+0085 (NEL) raw,
 * and line-based readers (Python's splitlines(), some log shippers) end a line there: a report's text would
 * then split its record into two broken lines. Escaped, the JSON decodes to the same record.
 */
export function ndjsonLine(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u2028\u2029\u0085]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * `npm run cli -- export`: every report with its hits as NDJSON on stdout, in the shape POST /api/reports/bulk
 * accepts (plus scores and hits). Sources are left out unless --include-sources: the people behind them are at
 * risk, and an export travels further than the database.
 */
export async function exportCommand(ctx: CliContext, flags: ExportFlags): Promise<number> {
  let cursor: string | undefined;
  let count = 0;
  let synthetic = 0;
  do {
    const page = await ctx.services.reports.list({
      country: flags.country,
      from: flags.from,
      to: flags.to,
      limit: 200,
      cursor,
    });
    for (const summary of page.items) {
      const report = await ctx.services.reports.get(summary.id);
      const { source, ...rest } = report;
      const line = flags.includeSources ? report : { ...rest, source: source ? { redacted: true } : null };
      process.stdout.write(`${ndjsonLine(line)}\n`);
      count++;
      if (report.synthetic) synthetic++;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  // Every line carries `synthetic`; the summary says it too, so nobody mistakes demo data for evidence.
  console.error(
    `Exported ${count} report(s)${flags.includeSources ? ' with their sources' : ' (sources redacted)'}.` +
      (synthetic > 0
        ? ` ${synthetic} of them are SYNTHETIC demo reports ("synthetic": true), not evidence.`
        : ''),
  );
  return 0;
}
