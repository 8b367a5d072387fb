import { css, html, LitElement, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AlertRule } from '../../../indicators/risk/alert-rules.ts';
import { type AlertTrendGeometry, alertTrendGeometry } from '../charts/alert-trend.ts';
import type { Period } from '../charts/period.ts';
import { daysBetween } from '../charts/period.ts';
import type { TimePoint } from '../charts/trend.ts';
import { formatDate, formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { formatMetric } from './alert-labels.ts';
import { formatDay } from './report-labels.ts';
import { WidthController } from './width-controller.ts';

const VALUE_STROKE = '#1d4f91';
const THRESHOLD_STROKE = '#a4251c';

/**
 * The metric around an alert's trigger: its daily line, the line it had to reach (dashed), the days the
 * condition held (hatched), and the trigger and clearing days (vertical rules with labels). The same numbers
 * are in a table below, which is the chart's text alternative.
 */
@customElement('aty-alert-trend')
export class AtyAlertTrend extends LitElement {
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
      .marker line {
        stroke: var(--text);
      }
      .marker text {
        fill: var(--text);
        font-weight: 600;
      }
      .legend {
        list-style: none;
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 1.25rem;
        margin: 0.5rem 0 0;
        padding: 0;
        font-size: 0.9rem;
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 0.4rem;
      }
      .placeholder {
        height: 260px;
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
        max-height: 22rem;
        overflow: auto;
        margin-top: 0.5rem;
      }
      td.number {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      tr.trigger {
        font-weight: 700;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);
  readonly #size = new WidthController(this);

  /** Daily values of the metric, oldest first (may start before `domain` for a rise's look-back). */
  @property({ attribute: false }) points: TimePoint[] = [];

  /** The threshold's condition. */
  @property({ attribute: false }) rule!: AlertRule;

  /** The metric (`score`, `RF10`, `genocide`…), for its scale and number format. */
  @property() metric = 'score';

  /** The days shown. */
  @property({ attribute: false }) domain!: Period;

  /** The trigger day (`YYYY-MM-DD`). */
  @property() triggeredAt = '';

  /** The first day the condition no longer held, if any. */
  @property() clearedAt: string | null = null;

  /** The metric's name in the UI language, for the legend and the table. */
  @property() metricName = '';

  /** The chart's accessible name, also the table's caption. */
  @property() label = '';

  /** Height in pixels. */
  @property({ type: Number }) height = 280;

  override render() {
    const width = this.#size.width;
    const g =
      width && this.domain
        ? alertTrendGeometry({
            points: this.points,
            rule: this.rule,
            yMax: this.metric === 'score' ? 100 : 1,
            domain: this.domain,
            triggeredAt: this.triggeredAt,
            clearedAt: this.clearedAt,
            width,
            height: this.height,
          })
        : undefined;
    if (g && g.days.length === 0) return html`<p class="muted">${t('alerts.trend.empty')}</p>`;
    return html`
      ${g ? this.#chart(g, width) : html`<div class="placeholder" aria-hidden="true"></div>`}
      ${this.#legend()} ${g ? this.#table(g) : nothing}
    `;
  }

  #chart(g: AlertTrendGeometry, width: number) {
    const bottom = g.plot.top + g.plot.height;
    const right = g.plot.left + g.plot.width;
    const tickFormat: Intl.DateTimeFormatOptions =
      daysBetween(this.domain.from, this.domain.to) <= 180
        ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
        : { month: 'short', year: 'numeric', timeZone: 'UTC' };
    const yFormat = this.metric === 'score' ? {} : { minimumFractionDigits: 1, maximumFractionDigits: 2 };
    return html`<svg role="img" aria-label=${this.label} width=${width} height=${this.height}
      viewBox="0 0 ${width} ${this.height}" data-testid="alert-trend-svg">
      <defs>
        <pattern id="held" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fdd9c4"></rect>
          <line x1="0" y1="0" x2="0" y2="6" stroke="#c4553a" stroke-width="1.5"></line>
        </pattern>
      </defs>
      ${g.held.map(
        (
          h,
        ) => svg`<rect class="held" data-from=${h.from} data-to=${h.to} x=${h.x} y=${g.plot.top} width=${h.width}
          height=${g.plot.height} fill="url(#held)" fill-opacity="0.55"></rect>`,
      )}
      <g class="axis">
        ${g.yTicks.map(
          (tick) => svg`<line class="grid" x1=${g.plot.left} x2=${right} y1=${tick.y} y2=${tick.y}></line>
            <text x=${g.plot.left - 6} y=${tick.y} dy="0.32em" text-anchor="end">${formatNumber(tick.value, yFormat)}</text>`,
        )}
        <line class="baseline" x1=${g.plot.left} x2=${right} y1=${bottom} y2=${bottom}></line>
        ${g.xTicks.map(
          (tick) => svg`<line class="grid" x1=${tick.x} x2=${tick.x} y1=${bottom} y2=${bottom + 5}></line>
            <text x=${tick.x} y=${bottom + 18} text-anchor="middle">${formatDate(tick.date, tickFormat)}</text>`,
        )}
      </g>
      <path class="threshold-line" data-testid="threshold-line" d=${g.thresholdLine} fill="none"
        stroke=${THRESHOLD_STROKE} stroke-width="2" stroke-dasharray="7 4"></path>
      <path class="value-line" data-testid="value-line" d=${g.valueLine} fill="none" stroke=${VALUE_STROKE}
        stroke-width="2.5" stroke-linejoin="round"></path>
      ${g.cleared ? this.#marker(g, g.cleared, t('alerts.trend.cleared'), '2 3', 'cleared') : nothing}
      ${g.trigger ? this.#marker(g, g.trigger, t('alerts.trend.triggered'), '', 'trigger') : nothing}
    </svg>`;
  }

  #marker(g: AlertTrendGeometry, m: { x: number; date: string }, label: string, dash: string, kind: string) {
    const bottom = g.plot.top + g.plot.height;
    const text = `${label} · ${formatDay(m.date)}`;
    // A label that would run past the right edge is drawn leftwards of its rule (about 6.5px a character).
    const anchor = m.x + 4 + text.length * 6.5 > g.plot.left + g.plot.width ? 'end' : 'start';
    return svg`<g class="marker" data-marker=${kind} data-date=${m.date}>
      <title>${label}: ${formatDay(m.date)}</title>
      <line x1=${m.x} x2=${m.x} y1=${g.plot.top - 6} y2=${bottom} stroke-width="1.5"
        stroke-dasharray=${dash || nothing}></line>
      <text x=${anchor === 'start' ? m.x + 4 : m.x - 4} y=${g.plot.top - 10} text-anchor=${anchor}>${text}</text>
    </g>`;
  }

  #legend() {
    const value =
      this.rule.kind === 'level'
        ? t('alerts.trend.thresholdLevel', { value: formatMetric(this.metric, this.rule.value) })
        : t('alerts.trend.thresholdRise', {
            days: formatNumber(this.rule.windowDays ?? 30),
            value: formatMetric(this.metric, this.rule.value),
          });
    return html`<ul class="legend" aria-hidden="true">
      <li><svg width="36" height="12"><line x1="2" x2="34" y1="6" y2="6" stroke=${VALUE_STROKE} stroke-width="2.5"></line></svg>${this.metricName}</li>
      <li><svg width="36" height="12"><line x1="2" x2="34" y1="6" y2="6" stroke=${THRESHOLD_STROKE} stroke-width="2"
        stroke-dasharray="7 4"></line></svg>${value}</li>
      <li><svg width="20" height="12"><rect width="20" height="12" fill="#fdd9c4" stroke="#c4553a"></rect>
        <line x1="4" y1="12" x2="16" y2="0" stroke="#c4553a" stroke-width="1.5"></line></svg>${t('alerts.trend.held')}</li>
    </ul>`;
  }

  #table(g: AlertTrendGeometry) {
    return html`<details>
      <summary>${t('alerts.trend.showTable')}</summary>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${this.label}>
        <table data-testid="alert-trend-table">
          <caption class="visually-hidden">${this.label}</caption>
          <thead>
            <tr>
              <th scope="col">${t('alerts.trend.date')}</th>
              <th scope="col">${this.metricName}</th>
              <th scope="col">${t('alerts.trend.threshold')}</th>
              <th scope="col">${t('alerts.trend.holds')}</th>
            </tr>
          </thead>
          <tbody>
            ${g.days.map(
              (d) => html`<tr class=${d.date === this.triggeredAt ? 'trigger' : ''}>
                <th scope="row">${formatDay(d.date)}${d.date === this.triggeredAt ? ` · ${t('alerts.trend.triggered')}` : ''}</th>
                <td class="number">${formatMetric(this.metric, d.value)}</td>
                <td class="number">${formatMetric(this.metric, d.threshold)}</td>
                <td>${d.holds ? t('alerts.trend.yes') : t('alerts.trend.no')}</td>
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
    'aty-alert-trend': AtyAlertTrend;
  }
}
