// The alerts, thresholds and webhooks endpoints (issue 6). Shapes come from the server's contract module
// (type-only imports: nothing of the server is bundled), so a change there is a type error here.
import type { z } from 'zod';
import type {
  Alert as ContractAlert,
  AlertDetail as ContractAlertDetail,
  AlertEvent as ContractAlertEvent,
  AlertList as ContractAlertList,
  AlertStatus as ContractAlertStatus,
  Backtest as ContractBacktest,
  BacktestRequest as ContractBacktestRequest,
  BulkResult as ContractBulkResult,
  CreatedWebhook as ContractCreatedWebhook,
  DeliveryList as ContractDeliveryList,
  Metric as ContractMetric,
  Threshold as ContractThreshold,
  ThresholdInput as ContractThresholdInput,
  ThresholdList as ContractThresholdList,
  WebhookInput as ContractWebhookInput,
  WebhookList as ContractWebhookList,
} from '../../../server/contract/alerts.ts';
import { request } from './client.ts';

export type Metric = ContractMetric;
export type Threshold = z.infer<typeof ContractThreshold>;
export type ThresholdInput = z.input<typeof ContractThresholdInput>;
export type ThresholdList = z.infer<typeof ContractThresholdList>;
export type BacktestRequest = z.input<typeof ContractBacktestRequest>;
export type Backtest = z.infer<typeof ContractBacktest>;
export type AlertStatus = z.infer<typeof ContractAlertStatus>;
export type Alert = z.infer<typeof ContractAlert>;
export type AlertEvent = z.infer<typeof ContractAlertEvent>;
export type AlertDetail = z.infer<typeof ContractAlertDetail>;
export type AlertEvidence = AlertDetail['evidence'][number];
export type AlertList = z.infer<typeof ContractAlertList>;
export type BulkResult = z.infer<typeof ContractBulkResult>;
export type WebhookInput = z.input<typeof ContractWebhookInput>;
export type WebhookList = z.infer<typeof ContractWebhookList>;
export type Webhook = WebhookList['items'][number];
export type CreatedWebhook = z.infer<typeof ContractCreatedWebhook>;
export type DeliveryList = z.infer<typeof ContractDeliveryList>;
export type Delivery = DeliveryList['items'][number];

/** Lifecycle order: the inbox lists open alerts first, then acknowledged, then resolved. */
export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const satisfies readonly AlertStatus[];

/** The metric's own scale: thresholds and values are written on it (score 0–100, the others 0–1). */
export const metricMax = (metric: Metric): number => (metric === 'score' ? 100 : 1);

const id = (value: string) => encodeURIComponent(value);

// ---- Thresholds -------------------------------------------------------------------------------------------

export const listThresholds = (signal?: AbortSignal) => request<ThresholdList>('/api/thresholds', { signal });

export const createThreshold = (input: ThresholdInput) =>
  request<Threshold>('/api/thresholds', { method: 'POST', body: input });

export const updateThreshold = (thresholdId: string, input: ThresholdInput) =>
  request<Threshold>(`/api/thresholds/${id(thresholdId)}`, { method: 'PUT', body: input });

export const deleteThreshold = (thresholdId: string) =>
  request<void>(`/api/thresholds/${id(thresholdId)}`, { method: 'DELETE' });

/** What a draft threshold would have raised over the stored data (nothing is saved). */
export const backtestThreshold = (body: BacktestRequest, signal?: AbortSignal) =>
  request<Backtest>('/api/thresholds/backtest', { method: 'POST', body, signal });

/** A stored threshold as the input that recreates it: PUT replaces every field, so toggles send them all. */
export function thresholdInputOf(
  threshold: Threshold,
  changes: Partial<ThresholdInput> = {},
): ThresholdInput {
  const input: ThresholdInput = {
    name: threshold.name,
    country: threshold.country,
    metric: threshold.metric,
    kind: threshold.kind,
    value: threshold.value,
    persistenceDays: threshold.persistenceDays,
    enabled: threshold.enabled,
  };
  // The contract refuses a window on a level threshold.
  if (threshold.kind === 'rise' && threshold.windowDays !== null) input.windowDays = threshold.windowDays;
  return { ...input, ...changes };
}

// ---- Alerts -----------------------------------------------------------------------------------------------

/** The inbox's filters, as they appear in the page's URL and in the API's query. */
export interface AlertFilters {
  status?: AlertStatus;
  country?: string;
}

export function listAlerts(
  filters: AlertFilters,
  page: { cursor?: string | null; limit?: number } = {},
  signal?: AbortSignal,
): Promise<AlertList> {
  const params = alertFiltersToParams(filters);
  if (page.limit) params.set('limit', String(page.limit));
  if (page.cursor) params.set('cursor', page.cursor);
  const query = params.toString();
  return request<AlertList>(`/api/alerts${query ? `?${query}` : ''}`, { signal });
}

export const getAlert = (alertId: string, signal?: AbortSignal) =>
  request<AlertDetail>(`/api/alerts/${id(alertId)}`, { signal });

export type AlertAction = 'acknowledge' | 'resolve' | 'reopen';

const noteBody = (note: string) => (note.trim() ? { note: note.trim() } : {});

/** Moves an alert along its lifecycle; the note (optional) is kept in its history. */
export const changeAlert = (alertId: string, action: AlertAction, note = '') =>
  request<Alert>(`/api/alerts/${id(alertId)}/${action}`, { method: 'POST', body: noteBody(note) });

/** Escalates an alert to a person (null removes the assignment). */
export const assignAlert = (alertId: string, assignee: string | null, note = '') =>
  request<Alert>(`/api/alerts/${id(alertId)}/assign`, {
    method: 'POST',
    body: { assignee, ...noteBody(note) },
  });

/** Acknowledges several alerts at once; those no longer open are skipped and listed as such. */
export const bulkAcknowledge = (ids: string[], note = '') =>
  request<BulkResult>('/api/alerts/acknowledge', { method: 'POST', body: { ids, ...noteBody(note) } });

/** For feed readers that cannot receive webhooks (a plain link: the browser opens it, not `request()`). */
export const ALERTS_FEED_PATH = '/api/alerts.atom';

export function alertFiltersToParams(filters: AlertFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.country) params.set('country', filters.country);
  return params;
}

/** Reads the inbox filters from a query string, ignoring anything malformed (a shared link must not break). */
export function paramsToAlertFilters(params: URLSearchParams): AlertFilters {
  const filters: AlertFilters = {};
  const status = ALERT_STATUSES.find((s) => s === params.get('status'));
  if (status) filters.status = status;
  const country = params.get('country')?.trim().toUpperCase();
  if (country && /^[A-Z]{3}$/.test(country)) filters.country = country;
  return filters;
}

// ---- Webhooks (admin) ------------------------------------------------------------------------------------

export const listWebhooks = (signal?: AbortSignal) => request<WebhookList>('/api/webhooks', { signal });

/** The answer is the only time the signing secret is ever shown. */
export const createWebhook = (input: WebhookInput) =>
  request<CreatedWebhook>('/api/webhooks', { method: 'POST', body: input });

export const deleteWebhook = (webhookId: string) =>
  request<void>(`/api/webhooks/${id(webhookId)}`, { method: 'DELETE' });

export const listDeliveries = (webhookId: string, signal?: AbortSignal) =>
  request<DeliveryList>(`/api/webhooks/${id(webhookId)}/deliveries`, { signal });
