import type { ReviewDecision } from '../api/country.ts';

// An analyst reviewed a hit (or withdrew a review): the page reloads the scores and evidence that depend on it.

export interface ReviewChangeDetail {
  hitId: string;
  /** The new decision; null when the review was withdrawn. */
  decision: ReviewDecision | null;
}

export function reviewChange(detail: ReviewChangeDetail): CustomEvent<ReviewChangeDetail> {
  return new CustomEvent('aty-review-change', { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'aty-review-change': CustomEvent<ReviewChangeDetail>;
  }
}
