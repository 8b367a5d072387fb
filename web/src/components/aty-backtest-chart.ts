import { css, html, LitElement, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { type BacktestBars, backtestBars, type MonthCount } from '../charts/backtest.ts';
import { formatDate, formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { WidthController } from './width-controller.ts';

const BAR_FILL = '#a4251c';

/** "Mar 2025" for a `YYYY-MM` month, in the UI language. */
export const formatMonth = (month: string, style: 'short' | 'long' = 'short'): string =>
  formatDate(`${month}-01T00:00:00Z`, { month: style, year: 'numeric', timeZone: 'UTC' });

/**
 * Alerts a draft threshold would have raised per month, as bars (every month of the period, quiet ones at zero),
 * with the same numbers in a table below.
 */
@customElement('aty-backtest-chart')
export class AtyBacktestChart extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      svg {
        display: block;
        overflow: visible;
        font-size: 12px;
      }
      .axis text {
        fill: var(--text-muted);
      }
      .grid {
        stroke: var(--border);
      }
      .baseline {
        stroke: var(--border-strong);
      }
      .count {
        fill: var(--text);
        font-size: 11px;
        font-weight: 600;
      }
      .placeholder {
        height: 200px;
      }
      details {
        margin-top: 0.5rem;
      }
      summary {
        cursor: pointer;
        color: var(--accent);
        font-weight: 600;
      }
      .table-wrap {
        max-height: 18rem;
        overflow: auto;
        margin-top: 0.5rem;
      }
      td.number {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);
  readonly #size = new WidthController(this);

  /** Every month of the period with its count, oldest first. */
  @property({ attribute: false }) months: MonthCount[] = [];

  /** The chart's accessible name, also the table's caption. */
  @property() label = '';

  /** Height in pixels. */
  @property({ type: Number }) height = 200;

  override render() {
    const width = this.#size.width;
    const g = width ? backtestBars({ months: this.months, width, height: this.height }) : undefined;
    return html`${g ? this.#chart(g, width) : html`<div class="placeholder" aria-hidden="true"></div>`}
      <details>
        <summary>${t('thresholds.backtest.showTable')}</summary>
        <div class="table-wrap" tabindex="0" role="region" aria-label=${this.label}>
          <table data-testid="backtest-months">
            <caption class="visually-hidden">${this.label}</caption>
            <thead><tr><th scope="col">${t('thresholds.backtest.month')}</th><th scope="col">${t('thresholds.backtest.alerts')}</th></tr></thead>
            <tbody>${this.months.map(
              (m) =>
                html`<tr><th scope="row">${formatMonth(m.month, 'long')}</th><td class="number">${formatNumber(m.alerts)}</td></tr>`,
            )}</tbody>
          </table>
        </div>
      </details>`;
  }

  #chart(g: BacktestBars, width: number) {
    const bottom = g.plot.top + g.plot.height;
    const right = g.plot.left + g.plot.width;
    // Counts are written on the bars when there is room, so the exact number needs no hovering.
    const labelled = g.bars.length ? g.bars[0]!.width >= 14 : false;
    return html`<svg role="img" aria-label=${this.label} width=${width} height=${this.height}
      viewBox="0 0 ${width} ${this.height}" data-testid="backtest-chart">
      <g class="axis">
        ${g.yTicks.map(
          (tick) => svg`<line class="grid" x1=${g.plot.left} x2=${right} y1=${tick.y} y2=${tick.y}></line>
            <text x=${g.plot.left - 6} y=${tick.y} dy="0.32em" text-anchor="end">${formatNumber(tick.value)}</text>`,
        )}
        ${g.xTicks.map(
          (tick) =>
            svg`<text x=${tick.x} y=${bottom + 18} text-anchor="middle">${formatMonth(tick.month)}</text>`,
        )}
      </g>
      ${g.bars.map(
        (bar) => svg`<rect class="bar" data-month=${bar.month} data-alerts=${bar.alerts} x=${bar.x} y=${bar.y}
          width=${bar.width} height=${bar.height} fill=${BAR_FILL}>
          <title>${formatMonth(bar.month, 'long')}: ${formatNumber(bar.alerts)}</title></rect>
          ${
            labelled && bar.alerts > 0
              ? svg`<text class="count" x=${bar.x + bar.width / 2} y=${bar.y - 4} text-anchor="middle">${formatNumber(bar.alerts)}</text>`
              : ''
          }`,
      )}
      <line class="baseline" x1=${g.plot.left} x2=${right} y1=${bottom} y2=${bottom}></line>
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-backtest-chart': AtyBacktestChart;
  }
}
