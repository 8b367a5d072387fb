import type { HitReviewRow, HitRow } from '../schema.ts';
import type { Executor } from './executor.ts';

/** What a review judges: this indicator on this sentence of this report. */
export interface ReviewKey {
  report_id: string;
  indicator_id: string;
  evidence_start: number;
  evidence_end: number;
}

export type ReviewColumns = {
  review_decision: HitReviewRow['decision'] | null;
  review_note: string | null;
  review_by: string | null;
  review_at: Date | null;
};

/** Hits with their review (or nulls): the base of every query that shows hits to people. */
export function hitsWithReviews(db: Executor) {
  return db
    .selectFrom('hits')
    .leftJoin('hit_reviews as hr', (join) =>
      join
        .onRef('hr.report_id', '=', 'hits.report_id')
        .onRef('hr.indicator_id', '=', 'hits.indicator_id')
        .onRef('hr.evidence_start', '=', 'hits.evidence_start')
        .onRef('hr.evidence_end', '=', 'hits.evidence_end'),
    )
    .selectAll('hits')
    .select([
      'hr.decision as review_decision',
      'hr.note as review_note',
      'hr.reviewed_by as review_by',
      'hr.reviewed_at as review_at',
    ]);
}

export function findHitWithReview(db: Executor, id: string): Promise<(HitRow & ReviewColumns) | undefined> {
  return hitsWithReviews(db).where('hits.id', '=', id).executeTakeFirst();
}

export async function upsertReview(
  db: Executor,
  review: ReviewKey & { decision: HitReviewRow['decision']; note: string | null; reviewed_by: string },
): Promise<void> {
  await db
    .insertInto('hit_reviews')
    .values(review)
    .onConflict((oc) =>
      oc.columns(['report_id', 'indicator_id', 'evidence_start', 'evidence_end']).doUpdateSet({
        decision: review.decision,
        note: review.note,
        reviewed_by: review.reviewed_by,
        reviewed_at: new Date(),
      }),
    )
    .execute();
}

export async function deleteReview(db: Executor, key: ReviewKey): Promise<void> {
  await db
    .deleteFrom('hit_reviews')
    .where('report_id', '=', key.report_id)
    .where('indicator_id', '=', key.indicator_id)
    .where('evidence_start', '=', key.evidence_start)
    .where('evidence_end', '=', key.evidence_end)
    .execute();
}

/** The rejected hits' keys of some reports, as `indicator|start|end` per report id. */
export async function rejectedKeys(
  db: Executor,
  reportIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const byReport = new Map<string, Set<string>>();
  if (reportIds.length === 0) return byReport;
  const rows = await db
    .selectFrom('hit_reviews')
    .select(['report_id', 'indicator_id', 'evidence_start', 'evidence_end'])
    .where('report_id', 'in', reportIds)
    .where('decision', '=', 'rejected')
    .execute();
  for (const row of rows) {
    const set = byReport.get(row.report_id) ?? new Set<string>();
    set.add(reviewKeyString(row));
    byReport.set(row.report_id, set);
  }
  return byReport;
}

export function reviewKeyString(key: Omit<ReviewKey, 'report_id'>): string {
  return `${key.indicator_id}|${key.evidence_start}|${key.evidence_end}`;
}
