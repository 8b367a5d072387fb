// How the overview writes its figures, the same way in the map, the tooltip and the table, in the current
// language. Calls into i18n at render time, so a language switch re-formats everything without a refetch.
import type { RiskLevel } from '../charts/levels.ts';
import { formatDate, formatNumber, locale, t } from '../i18n/index.ts';

/** A 0–100 score with one decimal: the server keeps two, one is all a reader can use. */
export function formatScore(score: number): string {
  return formatNumber(score, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A change with its sign written out ("+5.2", "−3.1", "0.0"): the direction never rests on colour alone. */
export function formatChange(change: number): string {
  return formatNumber(change, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
}

export type ChangeDirection = 'up' | 'down' | 'flat';

/** Which way a change goes, as shown: anything that rounds to 0.0 is "unchanged". */
export function changeDirection(change: number): ChangeDirection {
  if (Math.round(change * 10) === 0) return 'flat';
  return change > 0 ? 'up' : 'down';
}

export const CHANGE_ARROW: Readonly<Record<ChangeDirection, string>> = { up: '▲', down: '▼', flat: '▬' };

export function levelName(level: RiskLevel): string {
  return t(`overview.level.${level}`);
}

/**
 * A calendar day (YYYY-MM-DD). Formatted in UTC: the day is a date, not an instant, and formatting its UTC
 * midnight in a time zone west of Greenwich would show the day before.
 */
export function formatDay(day: string, style: 'medium' | 'long' = 'medium'): string {
  return formatDate(`${day}T00:00:00Z`, { dateStyle: style, timeZone: 'UTC' });
}

/** Month and year of a day, for sparkline descriptions. */
export function formatMonth(day: string): string {
  return formatDate(`${day}T00:00:00Z`, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function localName(name: { en: string; es: string }): string {
  return name[locale.value];
}
