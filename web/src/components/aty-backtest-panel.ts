import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type Backtest, backtestThreshold } from '../api/alerts.ts';
import { type ApiError, type ApiErrorDetail, toApiError } from '../api/client.ts';
import { addMonths, todayUtc } from '../charts/period.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-backtest-result.ts';
import { errorText } from './error-text.ts';
import { backtestRequestOf, type ThresholdDraft } from './threshold-draft.ts';
import { thresholdFormStyles } from './threshold-form-styles.ts';

export interface BacktestInvalidDetail {
  details: readonly ApiErrorDetail[];
}

const PERIODS = [1, 3, 5] as const;
type Years = (typeof PERIODS)[number];

/**
 * "Backtest on past data" for the editor's draft: a period, the button, and what the draft would have raised.
 * When the draft changes afterwards, the result says it is stale. Field errors go up as `aty-backtest-invalid`
 * so the editor shows them next to its fields.
 */
@customElement('aty-backtest-panel')
export class AtyBacktestPanel extends LitElement {
  static override styles = [
    sharedStyles,
    thresholdFormStyles,
    css`
      :host {
        border-top: 1px solid var(--border);
        margin-top: 0.5rem;
        padding-top: 1rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The editor's draft, tested as it stands when the button is pressed. */
  @property({ attribute: false }) draft!: ThresholdDraft;

  @state() private years: Years = 3;
  @state() private testing = false;
  @state() private result: { backtest: Backtest; key: string; metric: string } | undefined;
  @state() private error: ApiError | undefined;

  override render() {
    return html`
      <div class="row">
        <div class="field">
          <label for="f-period">${t('thresholds.editor.period')}</label>
          <select id="f-period" @change=${this.#choosePeriod}>
            ${PERIODS.map(
              (y) =>
                html`<option value=${y} ?selected=${y === this.years}>${
                  y === 1
                    ? t('thresholds.editor.years1')
                    : t('thresholds.editor.years', { years: formatNumber(y) })
                }</option>`,
            )}
          </select>
        </div>
        <button type="button" class="secondary" data-testid="run-backtest" ?disabled=${this.testing}
          aria-describedby="backtest-help" @click=${() => void this.#run()}>
          ${this.testing ? t('thresholds.editor.backtesting') : t('thresholds.editor.backtest')}</button>
      </div>
      <span class="help" id="backtest-help">${t('thresholds.editor.backtestHelp')}</span>
      <div role="status" data-testid="backtest-status">${this.testing ? t('thresholds.editor.backtesting') : ''}</div>
      ${this.error ? html`<div role="alert" class="message error">${errorText(this.error)}</div>` : nothing}
      ${
        this.result
          ? html`<section aria-labelledby="backtest-title" data-testid="backtest">
              <h3 id="backtest-title" class="visually-hidden">${t('thresholds.backtest.title')}</h3>
              <aty-backtest-result .backtest=${this.result.backtest} metric=${this.result.metric}
                ?stale=${this.result.key !== this.#key()}></aty-backtest-result>
            </section>`
          : nothing
      }
    `;
  }

  /** Forgets the result (another threshold was opened in the editor). */
  clear(): void {
    this.result = undefined;
    this.error = undefined;
  }

  #choosePeriod(event: Event): void {
    const years = PERIODS.find((y) => y === Number((event.target as HTMLSelectElement).value));
    if (years) this.years = years;
  }

  #period() {
    const to = todayUtc();
    return { from: addMonths(to, -12 * this.years), to };
  }

  #key(): string {
    return JSON.stringify(backtestRequestOf(this.draft, this.#period()));
  }

  async #run(): Promise<void> {
    const request = backtestRequestOf(this.draft, this.#period());
    const key = JSON.stringify(request);
    const metric = this.draft.metric;
    this.testing = true;
    this.error = undefined;
    try {
      this.result = { backtest: await backtestThreshold(request), key, metric };
    } catch (caught) {
      const error = toApiError(caught);
      if (error.details.length) {
        this.dispatchEvent(
          new CustomEvent<BacktestInvalidDetail>('aty-backtest-invalid', {
            detail: { details: error.details },
            bubbles: true,
            composed: true,
          }),
        );
      } else {
        this.error = error;
      }
    } finally {
      this.testing = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-backtest-panel': AtyBacktestPanel;
  }
  interface HTMLElementEventMap {
    'aty-backtest-invalid': CustomEvent<BacktestInvalidDetail>;
  }
}
