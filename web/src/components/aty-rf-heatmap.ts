import { css, html, LitElement, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { type RFCode, riskFactors } from '../../../indicators/risk-factors.ts';
import {
  columnUnitFor,
  type FactorPoint,
  HEAT_CLASSES,
  type HeatColumn,
  heatColumns,
  heatmapGeometry,
} from '../charts/heatmap.ts';
import type { Period } from '../charts/period.ts';
import { truncate } from '../charts/truncate.ts';
import { formatDate, formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { WidthController } from './width-controller.ts';

const ROW_HEIGHT = 22;
const HEADER_HEIGHT = 22;
const VALUE = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;
const NAMES = new Map(riskFactors.map((rf) => [rf.code, rf.name]));

/**
 * The 14 risk factors of the Framework (rows) over the period (a column per week or month), each cell the
 * factor's highest value in that column. Values are in each cell's tooltip, in the legend's classes and in
 * the table below; the blue scale keeps its order in greyscale.
 */
@customElement('aty-rf-heatmap')
export class AtyRfHeatmap extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      svg {
        display: block;
        font-size: 12px;
      }
      .row-label,
      .col-label {
        fill: var(--text);
      }
      .col-label {
        fill: var(--text-muted);
      }
      rect.cell {
        stroke: var(--border);
        stroke-width: 0.5;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 1rem;
        list-style: none;
        padding: 0;
        margin: 0.75rem 0 0;
        font-size: 0.875rem;
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 0.35rem;
      }
      .legend rect {
        stroke: var(--border-strong);
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
        margin-top: 0.5rem;
        max-height: 28rem;
        overflow: auto;
      }
      td.number,
      th.number {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-bottom: 0.4rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);
  readonly #size = new WidthController(this);

  /** The period's series (daily or weekly points, in date order). */
  @property({ attribute: false }) points: FactorPoint[] = [];

  /** The period shown: picks weeks or months as columns. */
  @property({ attribute: false }) period: Period | undefined;

  override render() {
    if (!this.period) return html``;
    const unit = columnUnitFor(this.period);
    const columns = heatColumns(this.points, unit);
    const name = t(unit === 'week' ? 'country.heatmap.labelWeeks' : 'country.heatmap.labelMonths', {
      from: formatDate(this.period.from, { dateStyle: 'medium', timeZone: 'UTC' }),
      to: formatDate(this.period.to, { dateStyle: 'medium', timeZone: 'UTC' }),
    });
    return html`
      ${this.#chart(columns, unit, name)}
      <ul class="legend" aria-label=${t('country.heatmap.legend')}>
        ${HEAT_CLASSES.map(
          (c, i) => html`<li>
            <svg width="16" height="16" aria-hidden="true"><rect x="0.5" y="0.5" width="15" height="15" fill=${c.fill}></rect></svg>
            ${
              i === 0
                ? t('country.heatmap.absent', { threshold: formatNumber(c.to, VALUE) })
                : t('country.heatmap.range', {
                    from: formatNumber(c.from, VALUE),
                    to: formatNumber(c.to, VALUE),
                  })
            }
          </li>`,
        )}
      </ul>
      ${this.#table(columns, unit, name)}
    `;
  }

  #chart(columns: HeatColumn[], unit: 'week' | 'month', name: string) {
    const width = this.#size.width;
    if (!width) return html`<div aria-hidden="true"></div>`;
    const labelWidth = Math.min(320, Math.round(width * 0.4));
    const g = heatmapGeometry({
      columns,
      width,
      labelWidth,
      rowHeight: ROW_HEIGHT,
      headerHeight: HEADER_HEIGHT,
      minLabelWidth: unit === 'week' ? 56 : 72,
    });
    const maxChars = Math.floor((labelWidth - 12) / 6.4);
    const lang = locale.value;
    return html`<svg role="img" aria-label=${name} width=${width} height=${g.height} data-testid="heatmap-svg">
      ${g.rows.map((row) => {
        const full = `${row.code} ${NAMES.get(row.code)?.[lang] ?? ''}`;
        return svg`<text class="row-label" x="0" y=${row.y + ROW_HEIGHT / 2} dy="0.32em">
          <title>${full}</title>${truncate(full, maxChars)}</text>`;
      })}
      ${g.labels.map(
        (label) =>
          svg`<text class="col-label" x=${label.x + 2} y=${HEADER_HEIGHT - 7}>${columnLabel(columns[label.column]!, unit, true)}</text>`,
      )}
      ${g.cells.map(
        (
          cell,
        ) => svg`<rect class="cell" data-code=${cell.code} data-column=${cell.column} x=${cell.x} y=${cell.y}
          width=${cell.width} height=${cell.height} fill=${cell.fill}><title>${cellTitle(cell.code, cell.value, columns[cell.column]!, unit, lang)}</title></rect>`,
      )}
    </svg>`;
  }

  #table(columns: HeatColumn[], unit: 'week' | 'month', name: string) {
    const lang = locale.value;
    return html`<details>
      <summary>${t('country.chart.showTable')}</summary>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${name}>
        <table data-testid="heatmap-table">
          <caption>${name}</caption>
          <thead>
            <tr>
              <th scope="col">${t('country.heatmap.factor')}</th>
              ${columns.map((c) => html`<th scope="col" class="number">${columnLabel(c, unit, false)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${riskFactors.map(
              (rf) => html`<tr>
                <th scope="row">${rf.code} ${rf.name[lang]}</th>
                ${columns.map((c) => html`<td class="number">${formatNumber(c.values[rf.code], VALUE)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }
}

/** "3 Mar" (the week's Monday) or "Mar 2025" on the axis; "Week of 3 Mar 2025" or "Mar 2025" elsewhere. */
function columnLabel(column: HeatColumn, unit: 'week' | 'month', short: boolean): string {
  if (unit === 'month') {
    const first = `${column.key}-01`;
    return formatDate(first, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  }
  if (short) return formatDate(column.key, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return t('country.heatmap.weekOf', {
    date: formatDate(column.key, { dateStyle: 'medium', timeZone: 'UTC' }),
  });
}

function cellTitle(
  code: RFCode,
  value: number,
  column: HeatColumn,
  unit: 'week' | 'month',
  lang: 'en' | 'es',
) {
  return `${code} ${NAMES.get(code)?.[lang] ?? ''} · ${columnLabel(column, unit, false)}: ${formatNumber(value, VALUE)}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-rf-heatmap': AtyRfHeatmap;
  }
}
