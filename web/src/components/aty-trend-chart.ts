import { type BrushBehavior, brushX, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { css, html, LitElement, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { daysBetween, type Period } from '../charts/period.ts';
import {
  type ChartMarker,
  type LineSeries,
  type PlottedLine,
  periodAt,
  pixelsOf,
  type TrendGeometry,
  trendGeometry,
} from '../charts/trend.ts';
import { truncate } from '../charts/truncate.ts';
import { formatDate, formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-chart-table.ts';
import { periodChange } from './period-events.ts';
import { WidthController } from './width-controller.ts';

/** Above this many points a line shows every k-th point's symbol only: they would merge into a thick band. */
const MAX_SYMBOLS = 60;
const DAY_FORMAT = { dateStyle: 'medium', timeZone: 'UTC' } as const;

/**
 * Lines over time: the country's score (with the level bands, alert markers and a brush to choose a period),
 * the crime categories, or several countries' scores. Lines differ by dash pattern and symbol, and carry a
 * label at their end when there are several; the same numbers are in a table below.
 */
@customElement('aty-trend-chart')
export class AtyTrendChart extends LitElement {
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
      /* A halo keeps the band names readable where a line crosses them. */
      .band-label {
        fill: var(--text);
        font-size: 11px;
        paint-order: stroke;
        stroke: #ffffff;
        stroke-width: 3px;
        stroke-linejoin: round;
      }
      /* d3-brush draws its selection grey; the chosen period reads better as a light accent frame. */
      .brush .selection {
        fill: var(--accent);
        fill-opacity: 0.12;
        stroke: var(--accent);
        stroke-width: 1.5;
      }
      .axis line,
      .grid {
        stroke: var(--border);
      }
      .baseline {
        stroke: var(--border-strong);
      }
      .direct-label {
        font-weight: 600;
      }
      .marker line {
        stroke: var(--text);
        stroke-dasharray: 2 2;
      }
      .marker text {
        fill: var(--text);
        font-size: 11px;
      }
      .placeholder {
        height: 260px;
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
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);
  readonly #size = new WidthController(this);
  #geometry: TrendGeometry | undefined;
  #brush: BrushBehavior<unknown> | undefined;

  /** The lines, in order (each gets the next dash pattern and symbol). */
  @property({ attribute: false }) series: LineSeries[] = [];

  /** The days the time axis spans; the span of the data when unset. */
  @property({ attribute: false }) domain: Period | undefined;

  /** The chosen period, drawn as the brush's selection (none when it is the whole domain). */
  @property({ attribute: false }) selection: Period | undefined;

  /** Lets a pointer choose a period by dragging across the chart (emits `aty-period-change`). */
  @property({ type: Boolean }) brushable = false;

  /** Draws the risk level bands behind the lines (for 0–100 scores). */
  @property({ type: Boolean }) bands = false;

  /** Top of the value axis: 100 for scores, 1 for crimes and risk factors. */
  @property({ type: Number, attribute: 'y-max' }) yMax = 100;

  /** Labelled ticks on the time axis (alerts). */
  @property({ attribute: false }) markers: ChartMarker[] = [];

  /** The chart's accessible name, also the table's caption. */
  @property() label = '';

  /** Height in pixels. */
  @property({ type: Number }) height = 260;

  /** Decimals of the values in tooltips and the table. */
  @property({ type: Number }) digits = 1;

  override render() {
    const width = this.#size.width;
    const several = this.series.length > 1;
    const longest = Math.max(0, ...this.series.map((s) => s.label.length));
    const geometry = width
      ? trendGeometry({
          series: this.series,
          width,
          height: this.height,
          margin: {
            top: this.markers.length ? 30 : 12,
            right: several ? Math.min(190, 20 + Math.ceil(longest * 6.8)) : 16,
          },
          yMax: this.yMax,
          domain: this.domain,
          bands: this.bands,
          markers: this.markers,
        })
      : undefined;
    this.#geometry = geometry;
    return html`
      ${geometry ? this.#chart(geometry, width) : html`<div aria-hidden="true" class="placeholder"></div>`}
      ${several ? this.#legend() : nothing}
      <aty-chart-table
        .series=${this.series}
        .domain=${geometry?.domain}
        .caption=${this.label}
        .digits=${this.digits}
      ></aty-chart-table>
    `;
  }

  #chart(g: TrendGeometry, width: number) {
    const bottom = g.plot.top + g.plot.height;
    const right = g.plot.left + g.plot.width;
    const span = daysBetween(g.domain.from, g.domain.to);
    const tickFormat: Intl.DateTimeFormatOptions =
      span <= 120
        ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
        : { month: 'short', year: 'numeric', timeZone: 'UTC' };
    return html`<svg
      role="img"
      aria-label=${this.label}
      width=${width}
      height=${this.height}
      viewBox="0 0 ${width} ${this.height}"
      data-testid="trend-svg"
    >
      ${g.bands.map(
        (band) => svg`<rect class="band" data-level=${band.level} x=${g.plot.left} y=${band.y}
          width=${g.plot.width} height=${band.height} fill=${band.fill} fill-opacity="0.45"></rect>`,
      )}
      <g class="axis">
        ${g.yTicks.map(
          (tick) => svg`<line class="grid" x1=${g.plot.left} x2=${right} y1=${tick.y} y2=${tick.y}></line>
            <text x=${g.plot.left - 6} y=${tick.y} dy="0.32em" text-anchor="end">${formatNumber(tick.value)}</text>`,
        )}
        <line class="baseline" x1=${g.plot.left} x2=${right} y1=${bottom} y2=${bottom}></line>
        ${g.xTicks.map(
          (tick) => svg`<line x1=${tick.x} x2=${tick.x} y1=${bottom} y2=${bottom + 5}></line>
            <text x=${tick.x} y=${bottom + 18} text-anchor="middle">${formatDate(tick.date, tickFormat)}</text>`,
        )}
      </g>
      ${g.markers.map(
        (m) => svg`<g class="marker" data-date=${m.date}>
          <title>${formatDate(m.date, DAY_FORMAT)}: ${m.label}</title>
          <line x1=${m.x} x2=${m.x} y1=${g.plot.top - 4} y2=${bottom}></line>
          <path d="M${m.x - 5},${g.plot.top - 14}h10l-5,8z" fill="currentColor"></path>
          <text x=${m.x} y=${g.plot.top - 18} text-anchor="middle">${truncate(m.label, 28)}</text>
        </g>`,
      )}
      ${g.lines.map((line) => this.#line(line, g))}
      ${g.bands.map(
        // Drawn over the lines, with a halo, so a line passing by never hides its band's name.
        (band) =>
          svg`<text class="band-label" x=${g.plot.left + 6} y=${band.y + band.height / 2} dy="0.32em">${t(`country.level.${band.level}`)}</text>`,
      )}
      ${this.brushable ? svg`<g class="brush"></g>` : nothing}
    </svg>`;
  }

  #line(line: PlottedLine, g: TrendGeometry) {
    const every = Math.ceil(line.points.length / MAX_SYMBOLS);
    const shown = line.points.filter((_, i) => i % every === 0 || i === line.points.length - 1);
    const labelX = g.plot.left + g.plot.width + 8;
    return svg`<g class="series" data-series=${line.id}>
      <path class="line" d=${line.d} fill="none" stroke=${line.style.stroke} stroke-width="2"
        stroke-dasharray=${line.style.dash || nothing} stroke-linejoin="round"></path>
      ${shown.map(
        (
          p,
        ) => svg`<path class="point" d=${line.symbol} transform="translate(${p.x},${p.y})" fill=${line.style.stroke}>
          <title>${line.label}, ${formatDate(p.date, DAY_FORMAT)}: ${formatNumber(p.value, this.#digits())}</title></path>`,
      )}
      ${
        this.series.length > 1 && line.points.length
          ? svg`<text class="direct-label" x=${labelX} y=${line.labelY} dy="0.32em" fill=${line.style.stroke}>${truncate(line.label, 26)}</text>`
          : nothing
      }
    </g>`;
  }

  #legend() {
    return html`<ul class="legend" aria-hidden="true">
      ${(this.#geometry?.lines ?? []).map(
        (line) => html`<li>
          <svg width="40" height="14">
            <line x1="2" x2="38" y1="7" y2="7" stroke=${line.style.stroke} stroke-width="2"
              stroke-dasharray=${line.style.dash || nothing}></line>
            <path d=${line.symbol} transform="translate(20,7)" fill=${line.style.stroke}></path>
          </svg>
          ${line.label}
        </li>`,
      )}
    </ul>`;
  }

  #digits(): Intl.NumberFormatOptions {
    return { minimumFractionDigits: this.digits, maximumFractionDigits: this.digits };
  }

  protected override updated(): void {
    const g = this.#geometry;
    const group = this.renderRoot.querySelector<SVGGElement>('g.brush');
    if (!this.brushable || !g || !group) return;
    this.#brush ??= brushX<unknown>().on('end', (event: D3BrushEvent<unknown>) => this.#brushed(event));
    this.#brush.extent([
      [g.plot.left, g.plot.top],
      [g.plot.left + g.plot.width, g.plot.top + g.plot.height],
    ]);
    const whole =
      !this.selection || (this.selection.from <= g.domain.from && this.selection.to >= g.domain.to);
    // The whole domain shows no selection, so a drag anywhere starts a new one instead of moving it.
    select(group)
      .call(this.#brush)
      .call(this.#brush.move, whole || !this.selection ? null : pixelsOf(g, this.selection));
  }

  #brushed(event: D3BrushEvent<unknown>): void {
    // Programmatic moves (from `updated`) have no source event; only a person's drag chooses a period.
    if (!event.sourceEvent || !this.#geometry) return;
    const pixels = event.selection as [number, number] | null;
    if (!pixels) {
      // A click without a drag clears d3's selection; the period stays, so draw it again.
      this.requestUpdate();
      return;
    }
    this.dispatchEvent(periodChange(periodAt(this.#geometry, pixels)));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-trend-chart': AtyTrendChart;
  }
}
