import { css, html, LitElement, unsafeCSS } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LEVEL_FILL, LEVEL_INK, LEVELS } from '../charts/levels.ts';
import { formatNumber, locale } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { levelName, scoreLevel } from './report-labels.ts';

/** A 0–100 score with its level written out beside it (colour is never the only cue). */
@customElement('aty-report-score')
export class AtyReportScore extends LitElement {
  // One class per level, from the shared palette. Not styleMap: its first render writes a style attribute,
  // which the CSP refuses.
  static override styles = [
    css`
    :host {
      display: inline-flex;
      align-items: baseline;
      gap: 0.4rem;
      white-space: nowrap;
    }
    .value {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      min-width: 2ch;
      text-align: end;
    }
    :host([large]) .value {
      font-size: 2rem;
      line-height: 1;
    }
    .level {
      font-size: 0.8rem;
      font-weight: 600;
      border-radius: 999px;
      padding: 0.05rem 0.5rem;
      border: 1px solid var(--border-strong);
    }
  `,
    ...LEVELS.map(
      (level) => css`
        .level.${unsafeCSS(level)} {
          background: ${unsafeCSS(LEVEL_FILL[level])};
          color: ${unsafeCSS(LEVEL_INK[level])};
        }
      `,
    ),
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The score, 0–100. */
  @property({ type: Number }) score = 0;

  /** Shows the number larger (the report page's headline). */
  @property({ type: Boolean, reflect: true }) large = false;

  override render() {
    const level = scoreLevel(this.score);
    return html`<span class="value">${formatNumber(this.score, { maximumFractionDigits: 1 })}</span>
      <span class=${`level ${level}`}>${levelName(level)}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-report-score': AtyReportScore;
  }
}
