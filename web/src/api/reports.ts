// The reports endpoints: list, detail, hit reviews, and the three ways to ingest (JSON, file, bulk).
// Response types come from the server's contract (type-only imports: nothing of the server is bundled).
import type { z } from 'zod';
import type {
  HitReview as ContractHitReview,
  IngestResult as ContractIngestResult,
  ReportDetail as ContractReportDetail,
  ReportInput as ContractReportInput,
  ReportSummary as ContractReportSummary,
  ReviewResult,
  StoredHit,
} from '../../../server/contract/reports.ts';
import type { CatalogResponse, Hit as ContractHit, ScoreResponse } from '../../../server/contract/scoring.ts';
import { ApiError, csrfHeaders, errorOf, request } from './client.ts';

export type Hit = z.infer<typeof ContractHit>;
export type ReportSummary = z.infer<typeof ContractReportSummary>;
export type ReportInput = z.input<typeof ContractReportInput>;
export type IngestResult = z.infer<typeof ContractIngestResult>;
export type ScoreResult = z.infer<typeof ScoreResponse>;
export type Catalog = z.infer<typeof CatalogResponse>;

/** An analyst's verdict on one hit: kept with who gave it and when; a rejected hit stops counting. */
export type HitReview = z.infer<typeof ContractHitReview>;

/** A stored hit: the scorer's hit plus its id and review. */
export type ReportHit = z.infer<typeof StoredHit>;

export type ReportDetail = z.infer<typeof ContractReportDetail>;

/**
 * A bulk upload's answer. Written out here because its schema lives in the route module, which the web app
 * must not import even for types; the browser test checks it against the real server.
 */
export interface BulkResult {
  accepted: number;
  duplicates: number;
  /** Rejected lines, possibly only the first ones: `rejectedTotal` counts them all. */
  rejected: Array<{ line: number; errors: Array<{ path: string; message: string }> }>;
  rejectedTotal: number;
}

/** A file upload's answer: the stored report plus what the text extraction found. */
export type FileIngestResult = IngestResult & {
  file: { format: string; pages: number | null; warnings: string[] };
};

/** The filters of the reports list, as they appear in the page's URL and in the API's query. */
export interface ReportFilters {
  q?: string;
  country?: string;
  from?: string;
  to?: string;
  lang?: string;
  minScore?: number;
  riskFactor?: string;
  crime?: string;
}

export interface ReportList {
  items: ReportSummary[];
  nextCursor: string | null;
}

export function listReports(
  filters: ReportFilters,
  page: { cursor?: string | null; limit?: number } = {},
  signal?: AbortSignal,
): Promise<ReportList> {
  const params = filtersToParams(filters);
  if (page.limit) params.set('limit', String(page.limit));
  if (page.cursor) params.set('cursor', page.cursor);
  const query = params.toString();
  return request<ReportList>(`/api/reports${query ? `?${query}` : ''}`, { signal });
}

export const getReport = (id: string, signal?: AbortSignal) =>
  request<ReportDetail>(`/api/reports/${encodeURIComponent(id)}`, { signal });

/** The catalog's names (indicators, risk factors, crimes) in both languages, for labelling hits. */
export const getCatalog = (signal?: AbortSignal) => request<Catalog>('/api/indicators', { signal });

/** The reviewed hit and its report's new score, risk factors and crimes. */
export type ReviewOutcome = z.infer<typeof ReviewResult>;

export const reviewHit = (id: string, review: { decision: HitReview['decision']; note?: string }) =>
  request<ReviewOutcome>(`/api/hits/${encodeURIComponent(id)}/review`, { method: 'PUT', body: review });

export const clearHitReview = (id: string) =>
  request<ReviewOutcome>(`/api/hits/${encodeURIComponent(id)}/review`, { method: 'DELETE' });

export const createReport = (input: ReportInput) =>
  request<IngestResult>('/api/reports', { method: 'POST', body: input });

/** Bytes sent so far and the total, while a body uploads. */
export type UploadProgress = (sent: number, total: number) => void;

/** One report as a file (multipart: `file` plus the metadata fields the server names). */
export const uploadReportFile = (form: FormData, onProgress?: UploadProgress, signal?: AbortSignal) =>
  send<FileIngestResult>('/api/reports/file', form, {}, onProgress, signal);

export type BulkFormat = 'ndjson' | 'csv';

export const uploadBulk = (
  file: Blob,
  format: BulkFormat,
  onProgress?: UploadProgress,
  signal?: AbortSignal,
) =>
  send<BulkResult>(
    '/api/reports/bulk',
    file,
    { 'Content-Type': format === 'csv' ? 'text/csv' : 'application/x-ndjson' },
    onProgress,
    signal,
  );

/** The list's filters as the API's query (`lang`, `minScore`…). */
export function filtersToParams(filters: ReportFilters): URLSearchParams {
  return toParams(filters, (key) => key);
}

// In the page's own URL the language filter is `language`: `?lang=` on any page sets the UI language
// (api-contract, "Web routes"), and the router consumes it.
const urlName = (key: keyof ReportFilters) => (key === 'lang' ? 'language' : key);

/** The list's filters as the reports page's URL query, so a view can be shared and survives a reload. */
export function filtersToUrlParams(filters: ReportFilters): URLSearchParams {
  return toParams(filters, urlName);
}

const FILTER_KEYS = ['q', 'country', 'from', 'to', 'lang', 'minScore', 'riskFactor', 'crime'] as const;

function toParams(filters: ReportFilters, name: (key: keyof ReportFilters) => string): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== '') params.set(name(key), String(value));
  }
  return params;
}

/** Reads filters from the page's URL, ignoring anything malformed (a shared link must never break the page). */
export function urlParamsToFilters(params: URLSearchParams): ReportFilters {
  const filters: ReportFilters = {};
  const text = (key: keyof ReportFilters, pattern: RegExp) => {
    const value = params.get(urlName(key))?.trim();
    return value && pattern.test(value) ? value : undefined;
  };
  const q = params.get('q')?.trim().slice(0, 200);
  if (q) filters.q = q;
  const country = text('country', /^[A-Za-z]{3}$/)?.toUpperCase();
  if (country) filters.country = country;
  const from = text('from', /^\d{4}-\d{2}-\d{2}$/);
  if (from) filters.from = from;
  const to = text('to', /^\d{4}-\d{2}-\d{2}$/);
  if (to) filters.to = to;
  const lang = text('lang', /^[a-z]{2,3}$/);
  if (lang) filters.lang = lang;
  const minScore = Number(text('minScore', /^\d{1,3}(\.\d+)?$/));
  if (Number.isFinite(minScore) && minScore > 0 && minScore <= 100) filters.minScore = minScore;
  const riskFactor = text('riskFactor', /^RF([1-9]|1[0-4])$/);
  if (riskFactor) filters.riskFactor = riskFactor;
  const crime = text('crime', /^(genocide|crimes_against_humanity|war_crimes)$/);
  if (crime) filters.crime = crime;
  return filters;
}

/**
 * A POST through XMLHttpRequest, because fetch reports no upload progress. Same rules as `request()`:
 * same-origin cookies, the CSRF header, the contract's error body turned into an ApiError, 401 → login.
 */
function send<T>(
  path: string,
  body: Blob | FormData,
  headers: Record<string, string>,
  onProgress: UploadProgress | undefined,
  signal: AbortSignal | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries({ ...headers, ...csrfHeaders() })) {
      xhr.setRequestHeader(name, value);
    }
    if (onProgress) {
      let total = body instanceof Blob ? body.size : 0;
      xhr.upload.addEventListener('progress', (event) => {
        if (!event.lengthComputable) return;
        total = event.total;
        onProgress(event.loaded, event.total);
      });
      // Every byte is sent; the server may still be working on it.
      xhr.upload.addEventListener('load', () => onProgress(Math.max(total, 1), Math.max(total, 1)));
    }
    const abort = () => xhr.abort();
    signal?.addEventListener('abort', abort, { once: true });
    xhr.addEventListener('loadend', () => signal?.removeEventListener('abort', abort));
    xhr.addEventListener('abort', () => reject(new DOMException('The upload was cancelled', 'AbortError')));
    xhr.addEventListener('error', () =>
      reject(new ApiError(0, 'network', 'The server could not be reached')),
    );
    xhr.addEventListener('load', () => {
      const response = new Response(xhr.status === 204 ? null : xhr.responseText, {
        status: xhr.status,
        statusText: xhr.statusText,
        headers: { 'Content-Type': xhr.getResponseHeader('Content-Type') ?? 'application/json' },
      });
      if (response.ok) void response.json().then((value) => resolve(value as T), reject);
      else void errorOf(response).then(reject, reject);
    });
    xhr.send(body);
  });
}
