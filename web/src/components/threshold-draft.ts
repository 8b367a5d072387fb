// The threshold editor's draft: the form's fields as typed, and the requests made from them. Pure (no DOM), so
// the mapping to the contract's input is easy to check.
import type { BacktestRequest, Metric, Threshold, ThresholdInput } from '../api/alerts.ts';
import { metricMax } from '../api/alerts.ts';

/** The fields as the form holds them (numbers as typed, so an empty or bad field reaches the server as such). */
export interface ThresholdDraft {
  name: string;
  /** '' for every country. */
  country: string;
  metric: Metric;
  kind: 'level' | 'rise';
  value: string;
  windowDays: string;
  persistenceDays: string;
  enabled: boolean;
}

/** A sensible starting value for each scale and kind: the "high" band, a 15-point rise, and their 0–1 cousins. */
export function defaultValue(metric: Metric, kind: 'level' | 'rise'): string {
  if (metric === 'score') return kind === 'level' ? '40' : '15';
  return kind === 'level' ? '0.5' : '0.2';
}

export function newDraft(): ThresholdDraft {
  return {
    name: '',
    country: '',
    metric: 'score',
    kind: 'level',
    value: defaultValue('score', 'level'),
    windowDays: '30',
    persistenceDays: '1',
    enabled: true,
  };
}

export function draftOf(threshold: Threshold): ThresholdDraft {
  return {
    name: threshold.name,
    country: threshold.country ?? '',
    metric: threshold.metric,
    kind: threshold.kind,
    value: String(threshold.value),
    windowDays: String(threshold.windowDays ?? 30),
    persistenceDays: String(threshold.persistenceDays),
    enabled: threshold.enabled,
  };
}

/**
 * The draft after one field changed. Moving between the score (0–100) and a 0–1 metric resets the value to that
 * scale's default: 40 on a risk factor, or 0.5 on the score, would be nonsense rather than a typo.
 */
export function withField(draft: ThresholdDraft, name: string, value: string | boolean): ThresholdDraft {
  const next: ThresholdDraft = { ...draft, [name]: value };
  if (name === 'metric' && metricMax(next.metric) !== metricMax(draft.metric)) {
    next.value = defaultValue(next.metric, next.kind);
  }
  return next;
}

/** A number field: `undefined` when empty (the contract's default applies), NaN when not a number. */
function numberOf(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? undefined : Number(trimmed);
}

/** The condition fields shared by saving and backtesting. */
function condition(draft: ThresholdDraft) {
  const windowDays = draft.kind === 'rise' ? numberOf(draft.windowDays) : undefined;
  const persistenceDays = numberOf(draft.persistenceDays);
  return {
    country: draft.country || null,
    metric: draft.metric,
    kind: draft.kind,
    // An empty or malformed value is sent as null so the server names the field; NaN would not survive JSON.
    value: (numberOf(draft.value) ?? null) as number,
    ...(windowDays === undefined ? {} : { windowDays }),
    ...(persistenceDays === undefined ? {} : { persistenceDays }),
  };
}

export function inputOf(draft: ThresholdDraft): ThresholdInput {
  const name = draft.name.trim();
  return { ...(name ? { name } : {}), ...condition(draft), enabled: draft.enabled };
}

export function backtestRequestOf(
  draft: ThresholdDraft,
  period: { from: string; to: string },
): BacktestRequest {
  return { threshold: condition(draft), from: period.from, to: period.to };
}

/** The draft's value as a number, when it is one (for the sentence that previews the condition). */
export function draftValue(draft: ThresholdDraft): number | undefined {
  const value = numberOf(draft.value);
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}
