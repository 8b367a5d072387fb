import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { issuesToDetails } from '../contract/issues.ts';
import { ReportInput } from '../contract/reports.ts';
import type { ErrorDetail } from '../errors.ts';
import type { Actor } from './principal.ts';
import { storeReports } from './report-store.ts';
import type { RiskService } from './risk-service.ts';
import type { ScoringService } from './scoring-service.ts';

/** One record of an upload: its line, and either the parsed value or why it could not be parsed. */
export interface UploadRecord {
  line: number;
  value?: unknown;
  error?: string;
}

export interface BulkResult {
  accepted: number;
  duplicates: number;
  rejected: Array<{ line: number; errors: ErrorDetail[] }>;
  /** All rejected lines; `rejected` lists the first MAX_REJECTED_LISTED of them. */
  rejectedTotal: number;
}

export const CHUNK_SIZE = 500;
const MAX_REJECTED_LISTED = 1_000;

/**
 * Validates each record on its own and stores the valid ones in chunks of CHUNK_SIZE, each chunk one
 * transaction (report-store.ts): a crash loses at most the chunk in progress, never half a report, and
 * re-sending the whole upload stores only what is missing.
 */
export function createBulkIngestService(deps: {
  db: Kysely<Database>;
  scoring: ScoringService;
  risk: RiskService;
}) {
  return {
    async ingest(
      actor: Actor,
      records: AsyncIterable<UploadRecord>,
      options: {
        /**
         * Called after each chunk commits, with the totals so far and the last line of the upload that is now
         * settled (stored, a duplicate, or rejected): a crash after this call loses nothing up to that line.
         */
        onProgress?: (progress: BulkResult, throughLine: number) => void;
      } = {},
    ): Promise<BulkResult> {
      const result: BulkResult = { accepted: 0, duplicates: 0, rejected: [], rejectedTotal: 0 };
      const reject = (line: number, errors: ErrorDetail[]) => {
        result.rejectedTotal++;
        if (result.rejected.length < MAX_REJECTED_LISTED) result.rejected.push({ line, errors });
      };
      let chunk: ReportInput[] = [];
      let lastLine = 0;
      const flush = async () => {
        if (chunk.length === 0) return;
        const outcomes = await storeReports(deps, actor, chunk);
        for (const o of outcomes) {
          if (o.status === 'stored') result.accepted++;
          else result.duplicates++;
        }
        chunk = [];
        options.onProgress?.(result, lastLine);
      };
      for await (const record of records) {
        lastLine = record.line;
        if (record.error !== undefined) {
          reject(record.line, [{ path: 'line', message: record.error }]);
          continue;
        }
        const parsed = ReportInput.safeParse(record.value);
        if (!parsed.success) {
          reject(record.line, issuesToDetails(parsed.error.issues));
          continue;
        }
        chunk.push(parsed.data);
        if (chunk.length >= CHUNK_SIZE) await flush();
      }
      await flush();
      return result;
    },
  };
}

export type BulkIngestService = ReturnType<typeof createBulkIngestService>;
