// Words for thresholds and alerts in the current UI language: the metric's name, its values on its own scale,
// and the condition as a sentence ("Score reached high (≥ 40)"). Shared by the inbox, the alert page, the
// threshold list and the editor.

import { thresholdDisplayName } from '../../../indicators/risk/built-in-thresholds.ts';
import type { Alert, AlertStatus, Metric, Threshold } from '../api/alerts.ts';
import { LEVEL_BANDS, type RiskLevel } from '../charts/levels.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { crimeName, riskFactorName } from './report-labels.ts';

const isRiskFactor = (metric: string) => /^RF\d+$/.test(metric);

/** A threshold's name in the UI language: the shipped thresholds' names are translated, analysts' kept. */
export const thresholdName = (name: string): string => thresholdDisplayName(name, locale.value);

/** "Score", "RF10 · Intent to destroy in whole or in part…", "Genocide". */
export function metricLabel(metric: Metric | string): string {
  if (metric === 'score') return t('alerts.metric.score');
  if (isRiskFactor(metric)) return `${metric} · ${riskFactorName(metric)}`;
  return crimeName(metric);
}

/** The metric as the subject of a sentence: "Score", "Risk factor RF10", "Genocide risk". */
function subject(metric: Metric | string): string {
  if (metric === 'score') return t('alerts.subject.score');
  if (isRiskFactor(metric)) return t('alerts.subject.riskFactor', { code: metric });
  if (metric === 'genocide' || metric === 'crimes_against_humanity' || metric === 'war_crimes') {
    return t(`alerts.subject.${metric}`);
  }
  return metric;
}

/** The score with one decimal; risk factors and crimes (0–1) with two, so 0.05 steps stay visible. */
export function formatMetric(metric: Metric | string, value: number): string {
  return metric === 'score'
    ? formatNumber(value, { maximumFractionDigits: 1 })
    : formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A change with its sign ("+3.5", "−0.12", "0"). */
export function formatChange(metric: Metric | string, change: number): string {
  const digits =
    metric === 'score'
      ? { maximumFractionDigits: 1 }
      : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  return formatNumber(change, { ...digits, signDisplay: 'exceptZero' });
}

/** The level whose band starts exactly at `value` (a score threshold of 40 is "high"), if any. */
export function bandAt(value: number): RiskLevel | undefined {
  return LEVEL_BANDS.find((band) => band.from > 0 && band.from === value)?.level;
}

export interface Condition {
  metric: Metric | string;
  kind: 'level' | 'rise';
  value: number;
  windowDays?: number | null | undefined;
}

/**
 * The condition in words. `rule` is the threshold's own wording ("Score reaches high (≥ 40)"); `event` is what
 * happened ("Score reached high (≥ 40)", "Risk factor RF10 rose by at least 0.20 within 30 days").
 */
export function conditionText(condition: Condition, tense: 'rule' | 'event'): string {
  const who = subject(condition.metric);
  const value = formatMetric(condition.metric, condition.value);
  if (condition.kind === 'level') {
    const level = condition.metric === 'score' ? bandAt(condition.value) : undefined;
    if (level)
      return t(`alerts.condition.${tense}.levelBand`, {
        subject: who,
        level: t(`alerts.levelWord.${level}`),
        value,
      });
    return t(`alerts.condition.${tense}.level`, { subject: who, value });
  }
  const days = condition.windowDays ?? 30;
  const key = days === 1 ? 'riseDay' : 'rise';
  return t(`alerts.condition.${tense}.${key}`, { subject: who, value, days: formatNumber(days) });
}

/**
 * An alert's condition: its own snapshot of the threshold (metric, kind, value) and the window of the threshold
 * it came from (alerts do not carry it; the contract's default of 30 days when the threshold is gone).
 */
export function alertCondition(alert: Alert, threshold: Threshold | undefined): Condition {
  return {
    metric: alert.metric,
    kind: alert.kind,
    value: alert.thresholdValue,
    windowDays: threshold?.windowDays ?? null,
  };
}

export const statusLabel = (status: AlertStatus): string => t(`alerts.status.${status}`);

/** "1 day", "3 consecutive days". */
export const persistenceText = (days: number): string =>
  days === 1 ? t('alerts.persistence.one') : t('alerts.persistence.many', { days: formatNumber(days) });
