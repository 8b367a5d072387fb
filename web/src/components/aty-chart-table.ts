import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Period } from '../charts/period.ts';
import type { LineSeries } from '../charts/trend.ts';
import { formatDate, formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';

/**
 * A time chart's numbers as a table, one row per day and one column per line: the chart's text alternative
 * for screen readers, and for anyone who wants exact values. Folded by default.
 */
@customElement('aty-chart-table')
export class AtyChartTable extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      details {
        margin-top: 0.5rem;
      }
      summary {
        cursor: pointer;
        color: var(--accent);
        font-weight: 600;
      }
      .table-wrap {
        max-height: 24rem;
        overflow: auto;
        margin-top: 0.5rem;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-bottom: 0.4rem;
      }
      td.number,
      th.number {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The chart's lines. */
  @property({ attribute: false }) series: LineSeries[] = [];

  /** Only days inside this period are listed (the chart's domain). */
  @property({ attribute: false }) domain: Period | undefined;

  /** What the table shows (the chart's accessible name). */
  @property() caption = '';

  /** Decimals of the values. */
  @property({ type: Number }) digits = 1;

  override render() {
    const dates = new Set<string>();
    const bySeries = this.series.map((s) => new Map(s.points.map((p) => [p.date, p.value])));
    for (const s of this.series) {
      for (const p of s.points) {
        if (!this.domain || (p.date >= this.domain.from && p.date <= this.domain.to)) dates.add(p.date);
      }
    }
    const rows = [...dates].sort();
    const digits = { minimumFractionDigits: this.digits, maximumFractionDigits: this.digits };
    return html`<details>
      <summary>${t('country.chart.showTable')}</summary>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${this.caption}>
        <table>
          <caption>${this.caption}</caption>
          <thead>
            <tr>
              <th scope="col">${t('country.chart.date')}</th>
              ${this.series.map((s) => html`<th scope="col" class="number">${s.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (date) => html`<tr>
                <th scope="row">${formatDate(date, { dateStyle: 'medium', timeZone: 'UTC' })}</th>
                ${bySeries.map((values) => {
                  const value = values.get(date);
                  return html`<td class="number">${value === undefined ? '—' : formatNumber(value, digits)}</td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-chart-table': AtyChartTable;
  }
}
