import type { Kysely } from 'kysely';
import {
  EXCERPT_LENGTH,
  findReport,
  listHitsOfReport,
  listReports,
  type ReportFilter,
} from '../../db/queries/reports.ts';
import type { Database } from '../../db/schema.ts';
import type { ReportInput } from '../contract/reports.ts';
import { assertPeriod, invalid, notFound } from '../errors.ts';
import type { Actor } from './principal.ts';
import { rowToReportSummary, rowToStoredHit } from './report-mapping.ts';
import { storeReports } from './report-store.ts';
import type { RiskService } from './risk-service.ts';
import type { ScoringService } from './scoring-service.ts';

const encodeCursor = (date: string, id: string) => Buffer.from(`${date}|${id}`).toString('base64url');
function decodeCursor(cursor: string): { date: string; id: string } {
  const [date, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!date || !id || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw invalid('cursor', 'is not a cursor this server gave');
  }
  return { date, id };
}

export function createReportsService(deps: {
  db: Kysely<Database>;
  scoring: ScoringService;
  risk: RiskService;
}) {
  return {
    /**
     * Scores and stores one report with its hits, or returns the stored duplicate (same externalId, or same
     * normalised text for the same country and date) without storing anything.
     */
    async ingest(actor: Actor, input: ReportInput) {
      const [outcome] = await storeReports(deps, actor, [input]);
      if (!outcome || outcome.status === 'duplicate') return this.duplicateOf(outcome!.id);
      const { result } = outcome;
      return {
        id: outcome.id,
        country: input.country,
        date: input.date,
        lang: result.lang,
        scored: result.scored,
        score: result.score,
        duplicate: false,
        hits: result.hits,
      };
    },

    async duplicateOf(id: string) {
      const report = await this.get(id);
      return {
        id,
        country: report.country,
        date: report.date,
        lang: report.lang,
        scored: report.scored,
        score: report.score,
        duplicate: true,
        hits: report.hits,
      };
    },

    async get(id: string) {
      const row = await findReport(deps.db, id);
      if (!row) throw notFound('Report');
      const hits = (await listHitsOfReport(deps.db, id)).map(rowToStoredHit);
      return {
        ...rowToReportSummary({
          ...row,
          hit_count: String(hits.filter((h) => h.weight > 0).length),
          excerpt: row.title === null ? row.text.slice(0, EXCERPT_LENGTH) : null,
        }),
        text: row.text,
        hits,
      };
    },

    async list(query: Omit<ReportFilter, 'after'> & { cursor?: string | undefined }) {
      assertPeriod(query.from, query.to);
      const after = query.cursor ? decodeCursor(query.cursor) : undefined;
      const rows = await listReports(deps.db, { ...query, after, limit: query.limit + 1 });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map(rowToReportSummary),
        nextCursor: rows.length > query.limit && last ? encodeCursor(last.report_date, last.id) : null,
      };
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
