import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CrimeCode } from '../../../indicators/crimes.ts';
import { type RFCode, type RiskFactorScope, riskFactors } from '../../../indicators/risk-factors.ts';
import { PRESENCE_THRESHOLD } from '../charts/heatmap.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';

const SCOPES: readonly RiskFactorScope[] = ['common', 'genocide', 'crimes_against_humanity', 'war_crimes'];
const SCOPE_KEY: Record<'common' | CrimeCode, `country.checklist.scope.${'common' | CrimeCode}`> = {
  common: 'country.checklist.scope.common',
  genocide: 'country.checklist.scope.genocide',
  crimes_against_humanity: 'country.checklist.scope.crimes_against_humanity',
  war_crimes: 'country.checklist.scope.war_crimes',
};
const VALUE = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

/**
 * The Framework of Analysis read as a checklist: each of the 14 risk factors present or not in the period
 * (its highest value reached the threshold), grouped as the Framework groups them. Presence is written out
 * and marked with a symbol as well as a colour.
 */
@customElement('aty-rf-checklist')
export class AtyRfChecklist extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      h3 {
        font-size: 0.95rem;
        margin: 1rem 0 0.4rem;
        color: var(--text-muted);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: grid;
        grid-template-columns: 1.5rem 1fr auto 3rem;
        gap: 0.5rem;
        align-items: baseline;
        padding: 0.3rem 0;
        border-bottom: 1px solid var(--border);
      }
      .mark {
        font-weight: 700;
        text-align: center;
      }
      .present .mark {
        color: var(--danger);
      }
      .absent {
        color: var(--text-muted);
      }
      .presence {
        font-size: 0.875rem;
        font-weight: 600;
        white-space: nowrap;
      }
      .absent .presence {
        font-weight: 400;
      }
      .value {
        text-align: end;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .status {
        font-weight: 600;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** Each factor's highest value in the period. */
  @property({ attribute: false }) values: Partial<Record<RFCode, number>> = {};

  override render() {
    const lang = locale.value;
    const count = riskFactors.filter((rf) => (this.values[rf.code] ?? 0) >= PRESENCE_THRESHOLD).length;
    return html`
      <p>${t('country.checklist.intro', { threshold: formatNumber(PRESENCE_THRESHOLD, VALUE) })}</p>
      <p class="status" data-testid="checklist-count">${t('country.checklist.count', { count })}</p>
      ${SCOPES.map(
        (scope) => html`<h3>${t(SCOPE_KEY[scope])}</h3>
          <ul>
            ${riskFactors
              .filter((rf) => rf.scope === scope)
              .map((rf) => {
                const value = this.values[rf.code] ?? 0;
                const present = value >= PRESENCE_THRESHOLD;
                return html`<li class=${present ? 'present' : 'absent'} data-code=${rf.code}>
                  <span class="mark" aria-hidden="true">${present ? '●' : '○'}</span>
                  <span>${rf.code} ${rf.name[lang]}</span>
                  <span class="presence">${t(present ? 'country.checklist.present' : 'country.checklist.absent')}</span>
                  <span class="value">${formatNumber(value, VALUE)}</span>
                </li>`;
              })}
          </ul>`,
      )}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-rf-checklist': AtyRfChecklist;
  }
}
