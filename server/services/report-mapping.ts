import type { ReviewColumns } from '../../db/queries/hit-reviews.ts';
import type { ReportSummaryRow } from '../../db/queries/reports.ts';
import type { HitRow, NewHitRow } from '../../db/schema.ts';
import type { Hit } from '../../indicators/scorer/types.ts';

/** Scorer hit → hits row. */
export function hitToRow(reportId: string, hit: Hit): NewHitRow {
  return {
    report_id: reportId,
    indicator_id: hit.indicatorId,
    risk_factors: hit.riskFactors,
    crimes: hit.crimes,
    legal_basis: hit.legalBasis,
    evidence_text: hit.evidence.text,
    evidence_start: hit.evidence.start,
    evidence_end: hit.evidence.end,
    negated: hit.negated,
    context: hit.context,
    weight: hit.weight,
    magnitude: hit.magnitude,
    matches: JSON.stringify(hit.matches),
    groups: JSON.stringify(hit.groups),
  };
}

/** hits row → the API's Hit. */
export function rowToHit(row: HitRow): Hit {
  return {
    indicatorId: row.indicator_id,
    riskFactors: row.risk_factors as Hit['riskFactors'],
    crimes: row.crimes as Hit['crimes'],
    legalBasis: row.legal_basis,
    evidence: { text: row.evidence_text, start: row.evidence_start, end: row.evidence_end },
    negated: row.negated,
    weight: row.weight,
    context: row.context as Hit['context'],
    matches: row.matches,
    magnitude: row.magnitude,
    groups: row.groups as Hit['groups'],
  };
}

/** hits row with its review → the API's StoredHit. */
export function rowToStoredHit(row: HitRow & ReviewColumns) {
  return {
    ...rowToHit(row),
    id: String(row.id),
    review:
      row.review_decision && row.review_by && row.review_at
        ? {
            decision: row.review_decision,
            note: row.review_note,
            by: row.review_by,
            at: row.review_at.toISOString(),
          }
        : null,
  };
}

export function rowToReportSummary(
  row: Omit<ReportSummaryRow, 'hit_count' | 'excerpt'> & { hit_count?: string; excerpt?: string | null },
) {
  return {
    id: row.id,
    externalId: row.external_id,
    country: row.country,
    date: row.report_date,
    period: row.period_start && row.period_end ? { from: row.period_start, to: row.period_end } : null,
    title: row.title,
    excerpt: row.excerpt ?? null,
    lang: row.lang,
    scored: row.scored,
    score: row.score,
    riskFactors: row.risk_factors,
    crimes: row.crimes,
    source: row.source_name
      ? { name: row.source_name, url: row.source_url, reliability: row.reliability }
      : null,
    tags: row.tags,
    hitCount: Number(row.hit_count ?? 0),
    catalogVersion: row.catalog_version,
    synthetic: row.synthetic,
    createdAt: row.created_at.toISOString(),
  };
}
