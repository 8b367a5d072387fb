import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-report-score.ts';
import { CRIMES, crimeName, RISK_FACTORS, riskFactorName } from './report-labels.ts';

/**
 * A scored text's result: the score with its level, and the risk factors and crimes it supports, each as a
 * number with a bar (the number is the information; the bar only helps comparing).
 */
@customElement('aty-report-summary')
export class AtyReportSummary extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .headline {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1.5rem;
        margin-bottom: 1rem;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: 1rem 2rem;
      }
      table {
        font-size: 0.9rem;
      }
      td.value {
        width: 9rem;
      }
      .bar {
        display: flex;
        align-items: center;
        gap: 0.4rem;
      }
      /* An SVG bar: its width is a presentation attribute, which the CSP allows (a style attribute it refuses). */
      .track {
        flex: 1;
        min-width: 3rem;
        height: 0.55rem;
        background: var(--page);
        border: 1px solid var(--border);
        border-radius: 999px;
      }
      .fill {
        fill: var(--accent);
      }
      .num {
        font-variant-numeric: tabular-nums;
        min-width: 2.5ch;
        text-align: end;
      }
      h3 {
        font-size: 1rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The 0–100 score. */
  @property({ type: Number }) score = 0;

  /** Whether the text was scored at all (false: a language the catalog does not cover). */
  @property({ type: Boolean }) scored = true;

  /** Risk-factor values in [0, 1] by code. */
  @property({ attribute: false }) riskFactors: Record<string, number> = {};

  /** Crime values in [0, 1] by code. */
  @property({ attribute: false }) crimes: Record<string, number> = {};

  override render() {
    if (!this.scored) return html`<p class="muted">${t('reports.summary.notScored')}</p>`;
    const factors = RISK_FACTORS.filter((code) => (this.riskFactors[code] ?? 0) > 0).sort(
      (a, b) => (this.riskFactors[b] ?? 0) - (this.riskFactors[a] ?? 0),
    );
    return html`
      <div class="headline">
        <span>${t('reports.summary.score')}</span>
        <aty-report-score large .score=${this.score} data-testid="summary-score"></aty-report-score>
      </div>
      <div class="grid">
        <div>
          <h3>${t('reports.summary.riskFactors')}</h3>
          ${
            factors.length
              ? this.#table(
                  t('reports.summary.riskFactors'),
                  factors.map((code) => [`${code} · ${riskFactorName(code)}`, this.riskFactors[code] ?? 0]),
                )
              : html`<p class="muted">${t('reports.summary.noRiskFactors')}</p>`
          }
        </div>
        <div>
          <h3>${t('reports.summary.crimes')}</h3>
          ${this.#table(
            t('reports.summary.crimes'),
            CRIMES.map((code) => [crimeName(code), this.crimes[code] ?? 0]),
          )}
        </div>
      </div>
    `;
  }

  #table(caption: string, rows: Array<[string, number]>) {
    return html`<table>
      <caption class="visually-hidden">${caption}</caption>
      <thead>
        <tr><th scope="col">${t('reports.summary.name')}</th><th scope="col">${t('reports.summary.strength')}</th></tr>
      </thead>
      <tbody>
        ${rows.map(
          ([name, value]) => html`<tr>
            <th scope="row">${name}</th>
            <td class="value">
              <span class="bar">
                <span class="num">${formatNumber(Math.round(value * 100))}</span>
                <svg class="track" aria-hidden="true" viewBox="0 0 100 8" preserveAspectRatio="none">
                  <rect class="fill" width=${Math.round(value * 100)} height="8"></rect>
                </svg>
              </span>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-report-summary': AtyReportSummary;
  }
}
