import type { Period } from '../charts/period.ts';

// The period chosen on the country and compare pages (brush, presets or dates), travelling up to the page.

export function periodChange(period: Period): CustomEvent<Period> {
  return new CustomEvent('aty-period-change', { detail: period, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'aty-period-change': CustomEvent<Period>;
  }
}
