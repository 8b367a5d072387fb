import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../db/errors.ts';
import {
  findDuplicateReport,
  findReport,
  insertHits,
  insertReport,
  listHitsOfReport,
  listReports,
} from '../../db/queries/reports.ts';
import type { Database } from '../../db/schema.ts';
import type { ReportInput } from '../contract/reports.ts';
import { AppError, invalid, notFound } from '../errors.ts';
import type { Actor } from './principal.ts';
import { hitToRow, rowToHit, rowToReportSummary } from './report-mapping.ts';
import type { RiskService } from './risk-service.ts';
import type { ScoringService } from './scoring-service.ts';

/** The text as compared for duplicates: Unicode-normalised, case-folded, whitespace collapsed. */
export function textHash(text: string): string {
  const normalised = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('base64url');
}

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
     * Scores and stores one report with its hits in one transaction, or returns the stored duplicate
     * (same externalId, or same normalised text for the same country and date) without storing anything.
     */
    async ingest(actor: Actor, input: ReportInput) {
      const hash = textHash(input.text);
      const key = { externalId: input.externalId, country: input.country, date: input.date, textHash: hash };
      const existing = await findDuplicateReport(deps.db, key);
      if (existing) return this.duplicateOf(existing.id);

      const result = deps.scoring.score(input.text, { lang: input.lang, date: input.date });
      try {
        const id = await deps.db.transaction().execute(async (trx) => {
          const { id } = await insertReport(trx, {
            external_id: input.externalId ?? null,
            country: input.country,
            report_date: input.date,
            period_start: input.period?.from ?? null,
            period_end: input.period?.to ?? null,
            title: input.title ?? null,
            lang: result.lang,
            scored: result.scored,
            text: input.text,
            text_hash: hash,
            source_name: input.source?.name ?? null,
            source_url: input.source?.url ?? null,
            reliability: input.source?.reliability ?? 'F6',
            tags: input.tags ?? [],
            score: result.score,
            risk_factors: JSON.stringify(result.riskFactors),
            crimes: JSON.stringify(result.crimes),
            catalog_version: result.catalogVersion,
            created_by: actor.username,
          });
          await insertHits(
            trx,
            result.hits.map((hit) => hitToRow(id, hit)),
          );
          await deps.risk.applyReport(trx, {
            country: input.country,
            date: input.date,
            reliability: input.source?.reliability ?? 'F6',
            riskFactors: result.riskFactors,
            crimes: result.crimes,
          });
          return id;
        });
        return {
          id,
          country: input.country,
          date: input.date,
          lang: result.lang,
          scored: result.scored,
          score: result.score,
          duplicate: false,
          hits: result.hits,
        };
      } catch (err) {
        // Two uploads of the same report at once: the loser answers as a duplicate of the winner.
        if (!isUniqueViolation(err)) throw err;
        const winner = await findDuplicateReport(deps.db, key);
        if (!winner) throw err;
        return this.duplicateOf(winner.id);
      }
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
      const hits = (await listHitsOfReport(deps.db, id)).map(rowToHit);
      return {
        ...rowToReportSummary({ ...row, hit_count: String(hits.filter((h) => h.weight > 0).length) }),
        text: row.text,
        hits,
      };
    },

    async list(query: {
      country?: string;
      from?: string;
      to?: string;
      q?: string;
      limit: number;
      cursor?: string;
    }) {
      if (query.from && query.to && query.from > query.to) {
        throw new AppError('validation_failed', 'from must not be after to', {
          details: [{ path: 'to', message: 'must not be before from' }],
        });
      }
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
