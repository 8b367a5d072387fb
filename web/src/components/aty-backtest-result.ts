import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Backtest } from '../api/alerts.ts';
import { backtestSummary, fillMonths } from '../charts/backtest.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { formatMetric } from './alert-labels.ts';
import { formatMonth } from './aty-backtest-chart.ts';
import './aty-backtest-chart.ts';
import { countryName, formatDay } from './report-labels.ts';

const FIRST = 20;

/**
 * What a draft threshold would have raised over the stored data: a sentence with the total and the countries,
 * the alerts per month as bars, the countries with their alert count and days held, and each alert with its
 * trigger and clearing days.
 */
@customElement('aty-backtest-result')
export class AtyBacktestResult extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .headline {
        font-size: 1.15rem;
        font-weight: 700;
        margin-bottom: 0.35rem;
      }
      .stale {
        border: 1px dashed var(--warning-border);
        background: var(--warning-soft);
      }
      h4 {
        margin: 1.25rem 0 0.5rem;
        font-size: 1rem;
      }
      .tables {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
        gap: 0 1.5rem;
        align-items: start;
      }
      td.number {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .scroll {
        max-height: 22rem;
        overflow: auto;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The backtest's answer. */
  @property({ attribute: false }) backtest!: Backtest;

  /** The tested metric, for the peak values' format. */
  @property() metric = 'score';

  /** True when the draft changed after this backtest ran. */
  @property({ type: Boolean }) stale = false;

  @state() private showAll = false;

  override render() {
    const b = this.backtest;
    const from = formatDay(b.from);
    const to = formatDay(b.to);
    const summary = backtestSummary(b.total, b.alerts, b.byCountry, b.byMonth);
    return html`
      ${this.stale ? html`<p class="message stale" role="status">${t('thresholds.backtest.stale')}</p>` : nothing}
      <p class="headline" data-testid="backtest-headline">${
        b.total === 0
          ? t('thresholds.backtest.none', { from, to })
          : t('thresholds.backtest.headline', {
              alerts: this.#alerts(b.total),
              countries:
                summary.countries === 1
                  ? t('thresholds.backtest.countriesOne')
                  : t('thresholds.backtest.countriesMany', { count: formatNumber(summary.countries) }),
              from,
              to,
            })
      }</p>
      ${b.total === 0 ? html`<p class="muted">${t('thresholds.backtest.noneHelp')}</p>` : this.#details(summary)}
      <h4>${t('thresholds.backtest.chartTitle')}</h4>
      <aty-backtest-chart .months=${fillMonths(b.byMonth, b.from, b.to)}
        label=${t('thresholds.backtest.chartLabel', { from, to })}></aty-backtest-chart>
      ${b.total === 0 ? nothing : this.#tables()}
    `;
  }

  #alerts(count: number): string {
    return count === 1
      ? t('thresholds.backtest.alertsOne')
      : t('thresholds.backtest.alertsMany', { count: formatNumber(count) });
  }

  #details(summary: ReturnType<typeof backtestSummary>) {
    const parts: string[] = [];
    const holding = summary.stillHolding;
    if (holding === summary.total && holding > 0) {
      parts.push(
        holding === 1 ? t('thresholds.backtest.stillHoldingIt') : t('thresholds.backtest.stillHoldingAll'),
      );
    } else if (holding > 0) {
      parts.push(
        holding === 1
          ? t('thresholds.backtest.stillHoldingOne')
          : t('thresholds.backtest.stillHolding', { count: formatNumber(holding) }),
      );
    }
    if (summary.peakMonth) {
      parts.push(
        t('thresholds.backtest.peak', {
          month: formatMonth(summary.peakMonth.month.slice(0, 7), 'long'),
          count: this.#alerts(summary.peakMonth.alerts),
        }),
      );
    }
    return parts.length ? html`<p>${parts.join(' ')}</p>` : nothing;
  }

  #tables() {
    const b = this.backtest;
    const countries = [...b.byCountry].sort((x, y) => y.alerts - x.alerts || y.daysHeld - x.daysHeld);
    const alerts = [...b.alerts].sort((x, y) => y.triggeredAt.localeCompare(x.triggeredAt));
    const shown = this.showAll ? alerts : alerts.slice(0, FIRST);
    return html`<div class="tables">
      <section aria-labelledby="bt-countries">
        <h4 id="bt-countries">${t('thresholds.backtest.byCountry')}</h4>
        <div class="table-wrap scroll" tabindex="0" role="region" aria-labelledby="bt-countries">
          <table data-testid="backtest-countries">
            <thead><tr>
              <th scope="col">${t('thresholds.backtest.country')}</th>
              <th scope="col">${t('thresholds.backtest.alerts')}</th>
              <th scope="col">${t('thresholds.backtest.daysHeld')}</th>
            </tr></thead>
            <tbody>${countries.map(
              (c) => html`<tr><th scope="row">${countryName(c.country)}</th>
                <td class="number">${formatNumber(c.alerts)}</td><td class="number">${formatNumber(c.daysHeld)}</td></tr>`,
            )}</tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="bt-alerts">
        <h4 id="bt-alerts">${t('thresholds.backtest.list')}</h4>
        <div class="table-wrap scroll" tabindex="0" role="region" aria-labelledby="bt-alerts">
          <table data-testid="backtest-alerts">
            <thead><tr>
              <th scope="col">${t('thresholds.backtest.country')}</th>
              <th scope="col">${t('thresholds.backtest.triggered')}</th>
              <th scope="col">${t('thresholds.backtest.cleared')}</th>
              <th scope="col">${t('thresholds.backtest.peakValue')}</th>
            </tr></thead>
            <tbody>${shown.map(
              (a) => html`<tr><th scope="row">${countryName(a.country)}</th>
                <td>${formatDay(a.triggeredAt.slice(0, 10))}</td>
                <td>${a.clearedAt ? formatDay(a.clearedAt.slice(0, 10)) : html`<strong>${t('thresholds.backtest.stillHolds')}</strong>`}</td>
                <td class="number">${formatMetric(this.metric, a.peak)}</td></tr>`,
            )}</tbody>
          </table>
        </div>
        ${
          shown.length < alerts.length
            ? html`<button type="button" class="secondary" @click=${() => (this.showAll = true)}>
                ${t('thresholds.backtest.showAll', { count: formatNumber(alerts.length) })}</button>`
            : nothing
        }
      </section>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-backtest-result': AtyBacktestResult;
  }
}
