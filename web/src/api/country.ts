// The country and compare pages' endpoints: ranking row, risk series, evidence, catalog and hit reviews.
// Response types come from the server's contract (type-only imports: nothing of the server is bundled).
import type { z } from 'zod';
import type {
  EvidenceList as ContractEvidenceList,
  Ranking as ContractRanking,
  Series as ContractSeries,
} from '../../../server/contract/countries.ts';
import type {
  HitReview as ContractHitReview,
  ReviewResult as ContractReviewResult,
} from '../../../server/contract/reports.ts';
import type { CatalogResponse } from '../../../server/contract/scoring.ts';
import { addDays, intervalFor, type Period } from '../charts/period.ts';
import { request } from './client.ts';

export type Ranking = z.infer<typeof ContractRanking>;
export type RankingItem = Ranking['items'][number];
export type RiskSeries = z.infer<typeof ContractSeries>;
export type RiskPoint = RiskSeries['series'][number];
export type EvidenceList = z.infer<typeof ContractEvidenceList>;
export type EvidenceItem = EvidenceList['items'][number];
export type HitReview = z.infer<typeof ContractHitReview>;
export type ReviewDecision = HitReview['decision'];
export type ReviewResult = z.infer<typeof ContractReviewResult>;
export type Catalog = z.infer<typeof CatalogResponse>;
export type Interval = RiskSeries['interval'];

const country = (iso3: string) => `/api/countries/${encodeURIComponent(iso3)}`;

/** Every country with reports, highest score first, as of today: the country page reads its own row. */
export const getCountryRanking = (signal?: AbortSignal) => request<Ranking>('/api/countries', { signal });

/** A country's score, risk factors and crimes over a period, one point per day, week or month. */
export function getRiskSeries(
  iso3: string,
  period: Period,
  interval: Interval,
  signal?: AbortSignal,
): Promise<RiskSeries> {
  const query = new URLSearchParams({ from: period.from, to: period.to, interval });
  return request<RiskSeries>(`${country(iso3)}/risk?${query}`, { signal });
}

/** The strongest quoted hits behind a country's risk in a period (reviewed ones included, marked). */
export function getEvidence(
  iso3: string,
  period: Period,
  limit: number,
  signal?: AbortSignal,
): Promise<EvidenceList> {
  const query = new URLSearchParams({ from: period.from, to: period.to, limit: String(limit) });
  return request<EvidenceList>(`${country(iso3)}/evidence?${query}`, { signal });
}

/** Indicator, risk-factor and crime names in both languages, with each indicator's legal basis. */
export const getCatalog = (signal?: AbortSignal) => request<Catalog>('/api/indicators', { signal });

/**
 * An analyst's judgement of a hit. A rejection takes the hit out of its report's score and the country's
 * series are recomputed; a confirmation records the human check and changes no number.
 */
export function reviewHit(id: string, decision: ReviewDecision, note: string): Promise<ReviewResult> {
  const body = note.trim() ? { decision, note: note.trim() } : { decision };
  return request<ReviewResult>(`/api/hits/${encodeURIComponent(id)}/review`, { method: 'PUT', body });
}

/** Withdraws a review: the hit counts again as the scorer found it. */
export const clearReview = (id: string) =>
  request<ReviewResult>(`/api/hits/${encodeURIComponent(id)}/review`, { method: 'DELETE' });

/** How far back the series endpoint may reach from `to` (the server allows 12 years). */
const MAX_LOOKBACK_DAYS = 365 * 12;

/** A country's whole record: the span of its data and its score series over that span. */
export interface CountryHistory {
  /** From the first day of the month of the first report to today; undefined when there is no report. */
  bounds: Period | undefined;
  series: RiskPoint[];
}

/**
 * The span of a country's data: from the first day of the month of its first report (within the last 12 years)
 * to today, or undefined without reports. The API has no "first report" field, so a coarse monthly series
 * over the 12 years (about 145 small points) finds the first month with a report.
 */
export async function getDataSpan(
  iso3: string,
  today: string,
  signal?: AbortSignal,
): Promise<Period | undefined> {
  const lookback = { from: addDays(today, -MAX_LOOKBACK_DAYS), to: today };
  const probe = await getRiskSeries(iso3, lookback, 'month', signal);
  const first = probe.series.find((point) => point.reports > 0);
  if (!first) return undefined;
  const monthStart = `${first.date.slice(0, 8)}01`;
  return { from: monthStart < lookback.from ? lookback.from : monthStart, to: today };
}

/** The country's score series since its first report, daily or weekly depending on the span's length. */
export async function getHistory(iso3: string, today: string, signal?: AbortSignal): Promise<CountryHistory> {
  const bounds = await getDataSpan(iso3, today, signal);
  if (!bounds) return { bounds, series: [] };
  const { series } = await getRiskSeries(iso3, bounds, intervalFor(bounds), signal);
  return { bounds, series };
}
