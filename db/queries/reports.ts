import { sql } from 'kysely';
import type { HitRow, NewHitRow, NewReportRow, ReportRow } from '../schema.ts';
import type { Executor } from './executor.ts';
import { hitsWithReviews, type ReviewColumns } from './hit-reviews.ts';

export async function insertHits(db: Executor, hits: NewHitRow[]): Promise<void> {
  if (hits.length > 0) await db.insertInto('hits').values(hits).execute();
}

export function findReport(db: Executor, id: string): Promise<ReportRow | undefined> {
  return db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listHitsOfReport(db: Executor, reportId: string): Promise<Array<HitRow & ReviewColumns>> {
  return hitsWithReviews(db)
    .where('hits.report_id', '=', reportId)
    .orderBy('hits.evidence_start')
    .orderBy('hits.id')
    .execute();
}

export interface ReportFilter {
  country?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Words to look for in the title or text (case-insensitive). */
  q?: string | undefined;
  lang?: string | undefined;
  minScore?: number | undefined;
  /** Reports with some evidence of this risk factor (RF1–RF14). */
  riskFactor?: string | undefined;
  /** Reports with some evidence of this crime category. */
  crime?: string | undefined;
  /** Keyset: reports strictly after this (date, id) in newest-first order. */
  after?: { date: string; id: string } | undefined;
  limit: number;
}

/** How much of an untitled report's text a list row carries, to name the report by its first words. */
export const EXCERPT_LENGTH = 200;

export type ReportSummaryRow = Omit<ReportRow, 'text' | 'text_hash'> & {
  hit_count: string;
  /** The first EXCERPT_LENGTH characters of the text when the report has no title, else null. */
  excerpt: string | null;
};

/** Newest first, keyset-paginated (stable under concurrent inserts, no OFFSET scans). */
export function listReports(db: Executor, filter: ReportFilter): Promise<ReportSummaryRow[]> {
  let query = db
    .selectFrom('reports')
    .select([
      'id',
      'external_id',
      'country',
      'report_date',
      'period_start',
      'period_end',
      'title',
      'lang',
      'scored',
      'source_name',
      'source_url',
      'reliability',
      'tags',
      'score',
      'risk_factors',
      'crimes',
      'catalog_version',
      'synthetic',
      'created_by',
      'created_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('hits')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('hits.report_id', '=', 'reports.id')
        .where('hits.weight', '>', 0)
        .as('hit_count'),
    )
    .select(
      sql<string | null>`case when title is null then left(text, ${sql.lit(EXCERPT_LENGTH)}) end`.as(
        'excerpt',
      ),
    );
  if (filter.country) query = query.where('country', '=', filter.country);
  if (filter.from) query = query.where('report_date', '>=', filter.from);
  if (filter.to) query = query.where('report_date', '<=', filter.to);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('title', 'ilike', pattern), eb('text', 'ilike', pattern)]));
  }
  if (filter.lang) query = query.where('lang', '=', filter.lang);
  if (filter.minScore !== undefined) query = query.where('score', '>=', filter.minScore);
  // The codes are validated against the catalog's closed lists before they get here; they are still bound.
  if (filter.riskFactor)
    query = query.where(sql<boolean>`(risk_factors ->> ${filter.riskFactor})::float8 > 0`);
  if (filter.crime) query = query.where(sql<boolean>`(crimes ->> ${filter.crime})::float8 > 0`);
  if (filter.after) {
    const { date, id } = filter.after;
    query = query.where(sql<boolean>`(report_date, id) < (${date}::date, ${id}::uuid)`);
  }
  return query.orderBy('report_date', 'desc').orderBy('id', 'desc').limit(filter.limit).execute() as Promise<
    ReportSummaryRow[]
  >;
}

export interface DuplicateKey {
  externalId: string | null;
  country: string;
  date: string;
  textHash: string;
}

/** Stored reports that any of `keys` duplicates, in one query (bulk ingest checks a whole chunk at once). */
export async function findDuplicateReports(
  db: Executor,
  keys: readonly DuplicateKey[],
): Promise<
  Array<{ id: string; external_id: string | null; country: string; report_date: string; text_hash: string }>
> {
  if (keys.length === 0) return [];
  const externalIds = keys.flatMap((k) => (k.externalId ? [k.externalId] : []));
  return db
    .selectFrom('reports')
    .select(['id', 'external_id', 'country', 'report_date', 'text_hash'])
    .where((eb) =>
      eb.or([
        ...(externalIds.length ? [eb('external_id', 'in', externalIds)] : []),
        eb('text_hash', 'in', [...new Set(keys.map((k) => k.textHash))]),
      ]),
    )
    .execute();
}

export async function insertReports(
  db: Executor,
  reports: NewReportRow[],
): Promise<Array<Pick<ReportRow, 'id'>>> {
  if (reports.length === 0) return [];
  return db.insertInto('reports').values(reports).returning('id').execute();
}

/** Countries with at least one synthetic (demo) report: the dashboard marks their figures as synthetic. */
export async function countriesWithSyntheticReports(db: Executor): Promise<Set<string>> {
  const rows = await db
    .selectFrom('reports')
    .select('country')
    .distinct()
    .where('synthetic', '=', true)
    .execute();
  return new Set(rows.map((r) => r.country.trim()));
}

/** The strongest counted hits of a country's reports in a period, with their report's date, title and source. */
export function strongestHits(db: Executor, country: string, from: string, to: string, limit: number) {
  return hitsWithReviews(db)
    .innerJoin('reports', 'reports.id', 'hits.report_id')
    .select([
      'reports.report_date',
      'reports.title',
      'reports.source_name',
      'reports.source_url',
      'reports.reliability',
      'reports.synthetic',
    ])
    .where('reports.country', '=', country)
    .where('reports.report_date', '>=', from)
    .where('reports.report_date', '<=', to)
    .where('hits.weight', '>', 0)
    .orderBy('hits.weight', 'desc')
    .orderBy('reports.report_date', 'desc')
    .limit(limit)
    .execute();
}
