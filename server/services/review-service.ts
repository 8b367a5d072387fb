import type { Kysely } from 'kysely';
import { insertAuditEntry } from '../../db/queries/audit-log.ts';
import {
  deleteReview,
  findHitWithReview,
  type ReviewKey,
  upsertReview,
} from '../../db/queries/hit-reviews.ts';
import { findReport, listHitsOfReport } from '../../db/queries/reports.ts';
import type { Database } from '../../db/schema.ts';
import type { CrimeCode } from '../../indicators/crimes.ts';
import type { RFCode } from '../../indicators/risk-factors.ts';
import { aggregate } from '../../indicators/scorer/aggregate.ts';
import { notFound } from '../errors.ts';
import type { Actor } from './principal.ts';
import { rowToStoredHit } from './report-mapping.ts';
import type { RiskService } from './risk-service.ts';

export type Decision = 'confirmed' | 'rejected';

/**
 * Analysts confirm or reject hits. A rejection takes the hit out of its report's values (the report's score
 * is aggregated again from its other hits) and the country's daily series are rebuilt, in the transaction
 * that records the review, so the dashboard never shows a score that disagrees with the reviews. A
 * confirmation records a human check and changes no figure.
 */
export function createReviewService(deps: { db: Kysely<Database>; risk: RiskService }) {
  async function change(actor: Actor, hitId: string, decision: Decision | null, note: string | null) {
    return deps.db.transaction().execute(async (trx) => {
      const hit = await findHitWithReview(trx, hitId);
      if (!hit) throw notFound(`Hit ${hitId}`);
      const report = (await findReport(trx, hit.report_id))!;
      const key: ReviewKey = {
        report_id: hit.report_id,
        indicator_id: hit.indicator_id,
        evidence_start: hit.evidence_start,
        evidence_end: hit.evidence_end,
      };
      const before = hit.review_decision;
      if (decision) await upsertReview(trx, { ...key, decision, note, reviewed_by: actor.username });
      else await deleteReview(trx, key);

      const hits = await listHitsOfReport(trx, hit.report_id);
      const values = aggregate(
        hits
          .filter((h) => h.review_decision !== 'rejected')
          .map((h) => ({
            indicatorId: h.indicator_id,
            riskFactors: h.risk_factors as RFCode[],
            crimes: h.crimes as CrimeCode[],
            weight: h.weight,
          })),
      );
      const changed =
        values.score !== report.score ||
        JSON.stringify(values.riskFactors) !== JSON.stringify(report.risk_factors);
      if (changed) {
        await trx
          .updateTable('reports')
          .set({
            score: values.score,
            risk_factors: JSON.stringify(values.riskFactors),
            crimes: JSON.stringify(values.crimes),
          })
          .where('id', '=', hit.report_id)
          .execute();
        await deps.risk.recomputeCountry(trx, report.country.trim());
      }
      await insertAuditEntry(trx, {
        actor: actor.username,
        action: decision ? `hit.${decision === 'confirmed' ? 'confirm' : 'reject'}` : 'hit.review_clear',
        targetType: 'hit',
        targetId: hitId,
        details: {
          report: hit.report_id,
          indicator: hit.indicator_id,
          before,
          after: decision,
          scoreBefore: report.score,
          scoreAfter: values.score,
        },
        requestId: actor.requestId,
      });
      const stored = hits.find((h) => String(h.id) === hitId)!;
      return {
        hit: rowToStoredHit(stored),
        report: {
          id: hit.report_id,
          score: values.score,
          riskFactors: values.riskFactors,
          crimes: values.crimes,
        },
      };
    });
  }

  return {
    review: (actor: Actor, hitId: string, decision: Decision, note?: string) =>
      change(actor, hitId, decision, note ?? null),
    clear: (actor: Actor, hitId: string) => change(actor, hitId, null, null),
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
