import { css, html, LitElement, nothing, type PropertyValues, svg } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { Topology } from 'topojson-specification';
import { findCountry } from '../../../indicators/countries.ts';
import type { RankingItem } from '../api/overview.ts';
import { fillFor, legendEntries, projectWorld, type WorldMap } from '../charts/choropleth.ts';
import { LEVELS, NO_DATA_FILL } from '../charts/levels.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { navigate } from '../router/router.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-overview-tooltip.ts';
import { formatChange, formatDay, formatScore, levelName, localName } from './overview-format.ts';

// The topology (about 40 KB gzipped) is a chunk of its own, fetched from our origin when a map is first needed:
// pages without a map never load it, and nothing is fetched from the network at run time.
let world: Promise<WorldMap> | undefined;

/**
 * Fetches and projects the world map (once per page load). The overview calls it as it starts loading its
 * data, so the download and the projection happen while the ranking is on its way, not after.
 */
export function loadWorld(): Promise<WorldMap> {
  world ??= import('world-atlas/countries-110m.json').then(
    (module) => projectWorld(module.default as unknown as Topology),
    (error: unknown) => {
      world = undefined; // let a later map try again
      throw error;
    },
  );
  return world;
}

interface Active {
  index: number;
  /** Tooltip position in pixels inside the frame. */
  x: number;
  y: number;
  byKeyboard: boolean;
}

/**
 * The world choropleth of current risk. The SVG is an image with a summary as its name; the ranking table is
 * its full alternative. Sighted keyboard users focus the frame and move between scored countries with the
 * arrow keys (one tab stop, not 170); each move is also announced in a live region.
 */
@customElement('aty-risk-map')
export class AtyRiskMap extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .frame {
        position: relative;
        border-radius: var(--radius);
      }
      svg.map {
        display: block;
        width: 100%;
        height: auto;
      }
      .sphere {
        fill: #f2f5f8;
        stroke: var(--border);
      }
      .country {
        stroke: #ffffff;
        stroke-width: 0.5;
      }
      .scored {
        cursor: pointer;
      }
      .outline {
        fill: none;
        stroke: var(--text);
        stroke-width: 2;
        pointer-events: none;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.25rem;
        list-style: none;
        padding: 0;
        margin: 0.75rem 0 0;
        font-size: 0.9rem;
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 0.4rem;
      }
      .legend svg {
        border: 1px solid var(--border-strong);
      }
      .legend-title {
        font-weight: 600;
        font-size: 0.9rem;
        margin: 0.75rem 0 0;
      }
      .off-map {
        margin: 0.75rem 0 0;
        font-size: 0.9rem;
      }
      .off-map ul {
        display: inline;
        list-style: none;
        padding: 0;
      }
      .off-map li {
        display: inline;
      }
      .off-map li + li::before {
        content: ', ';
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The ranking to colour the map with (countries with reports; every other country is "no reports"). */
  @property({ attribute: false }) items: readonly RankingItem[] = [];

  /** The day the ranking describes (YYYY-MM-DD), for the map's accessible name. */
  @property() asOf = '';

  @state() private world: WorldMap | undefined;
  @state() private failed = false;
  @state() private active: Active | undefined;
  @state() private announcement = '';

  @query('.frame') private frame!: HTMLElement;

  #byIso3 = new Map<string, RankingItem>();
  /** Shape indexes of the scored countries that have a shape, highest score first: the arrow keys' order. */
  #keyOrder: number[] = [];
  #pointerFocus = false;

  override connectedCallback(): void {
    super.connectedCallback();
    loadWorld().then(
      (loaded) => {
        this.world = loaded;
      },
      () => {
        this.failed = true;
      },
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('items') || changed.has('world')) {
      this.#byIso3 = new Map(this.items.map((item) => [item.iso3, item]));
      const indexOf = new Map(this.world?.shapes.map((shape, i) => [shape.iso3, i]));
      this.#keyOrder = this.items.flatMap((item) => indexOf.get(item.iso3) ?? []);
      this.active = undefined;
    }
  }

  protected override updated(): void {
    // The page's "map drawn" signal (its performance mark): paths are in the DOM with the current data.
    if (this.world) this.dispatchEvent(new CustomEvent('aty-drawn'));
  }

  override render() {
    if (this.failed) return html`<p class="message error" role="alert">${t('overview.map.loadFailed')}</p>`;
    if (!this.world) return html`<p role="status">${t('app.loading')}</p>`;
    const { width, height, sphere, shapes } = this.world;
    const active = this.active ? shapes[this.active.index] : undefined;
    return html`
      <div
        class="frame"
        tabindex=${this.#keyOrder.length ? '0' : '-1'}
        role="group"
        aria-label=${t('overview.map.group')}
        aria-describedby="map-help"
        @keydown=${this.#onKey}
        @pointerdown=${this.#onPointerDown}
        @pointerup=${this.#onPointerUp}
        @focus=${this.#onFocus}
        @blur=${this.#clear}
        @pointerleave=${this.#leave}
      >
        <svg class="map" viewBox="0 0 ${width} ${height}" role="img" aria-label=${this.#summary()}
          @pointermove=${this.#onPointer} @click=${this.#onClick}>
          <defs>${hatch('no-data')}</defs>
          <path class="sphere" d=${sphere}></path>
          <g>${shapes.map((shape, i) => {
            const item = shape.iso3 ? this.#byIso3.get(shape.iso3) : undefined;
            return svg`<path class=${classMap({ country: true, scored: !!item })} d=${shape.d} data-i=${i}
              data-iso3=${shape.iso3 ?? ''} fill=${item ? fillFor(item.score) : 'url(#no-data)'}></path>`;
          })}</g>
          ${active ? svg`<path class="outline" d=${active.d}></path>` : nothing}
        </svg>
        ${this.#tooltip()}
      </div>
      <p id="map-help" class="help">${t('overview.map.help')}</p>
      ${this.#legend()} ${this.#offMap()}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    `;
  }

  #summary(): string {
    const counts = Object.fromEntries(LEVELS.map((level) => [level, 0])) as Record<string, number>;
    for (const item of this.items) counts[item.level] = (counts[item.level] ?? 0) + 1;
    const n = (value: number | undefined) => formatNumber(value ?? 0);
    return t('overview.map.label', {
      date: this.asOf ? formatDay(this.asOf, 'long') : '',
      scored: n(this.items.length),
      very_high: n(counts.very_high),
      high: n(counts.high),
      moderate: n(counts.moderate),
      low: n(counts.low),
    });
  }

  #tooltip() {
    if (!this.active || !this.world) return nothing;
    const shape = this.world.shapes[this.active.index];
    if (!shape) return nothing;
    const item = shape.iso3 ? this.#byIso3.get(shape.iso3) : undefined;
    const country = shape.iso3 ? findCountry(shape.iso3) : undefined;
    const name = item ? localName(item.name) : country ? localName(country.name) : shape.topologyName;
    return html`<aty-overview-tooltip .x=${this.active.x} .y=${this.active.y} .frameWidth=${this.frame?.clientWidth ?? 0}
      .name=${name} .item=${item ?? null} .hasCode=${!!shape.iso3}></aty-overview-tooltip>`;
  }

  #legend() {
    return html`
      <p class="legend-title" id="legend-title">${t('overview.map.legend')}</p>
      <ul class="legend" aria-labelledby="legend-title">
        ${legendEntries().map(
          (entry) => html`<li>${swatch(entry.fill)} ${levelName(entry.level)}
            <span class="muted">${formatNumber(entry.from)}–${formatNumber(entry.to)}</span></li>`,
        )}
        <li>${swatch('url(#legend-no-data)', hatch('legend-no-data'))} ${t('overview.map.noData')}</li>
      </ul>
    `;
  }

  #offMap() {
    if (!this.world) return nothing;
    const drawn = new Set(this.world.shapes.map((shape) => shape.iso3));
    const missing = this.items.filter((item) => !drawn.has(item.iso3));
    if (!missing.length) return nothing;
    return html`<div class="off-map">${t('overview.map.offMap')}
      <ul>${missing.map(
        (item) =>
          html`<li><a href="/countries/${item.iso3}">${localName(item.name)}</a> (${levelName(item.level)})</li>`,
      )}</ul></div>`;
  }

  #shapeIndex(event: Event): number | undefined {
    const index = (event.target as Element).getAttribute?.('data-i');
    return index === null || index === undefined ? undefined : Number(index);
  }

  #onPointer(event: PointerEvent): void {
    const index = this.#shapeIndex(event);
    if (index === undefined) {
      if (!this.active?.byKeyboard) this.active = undefined;
      return;
    }
    const frame = this.frame.getBoundingClientRect();
    this.active = { index, x: event.clientX - frame.left, y: event.clientY - frame.top, byKeyboard: false };
  }

  #onClick(event: MouseEvent): void {
    const index = this.#shapeIndex(event);
    const iso3 = index === undefined ? undefined : this.world?.shapes[index]?.iso3;
    if (iso3 && this.#byIso3.has(iso3)) navigate(`/countries/${iso3}`);
  }

  #onPointerDown(): void {
    this.#pointerFocus = true;
  }

  #onPointerUp(): void {
    this.#pointerFocus = false; // the focus a press causes has happened by now (if any)
  }

  #onFocus(): void {
    // Only a keyboard (or scripted) focus picks a country; a click on the sea focuses the frame too, and
    // must not pop up the first country's tooltip.
    const byPointer = this.#pointerFocus;
    this.#pointerFocus = false;
    if (!byPointer && this.#keyOrder.length) this.#activate(0);
  }

  #clear(): void {
    this.active = undefined;
  }

  #leave(): void {
    if (!this.active?.byKeyboard) this.active = undefined;
  }

  #onKey(event: KeyboardEvent): void {
    const order = this.#keyOrder;
    if (!order.length) return;
    const position = this.active ? order.indexOf(this.active.index) : -1;
    const last = order.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(position + 1, last),
      ArrowDown: Math.min(position + 1, last),
      ArrowLeft: Math.max(position - 1, 0),
      ArrowUp: Math.max(position - 1, 0),
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      this.#activate(next);
    } else if (event.key === 'Enter' && this.active) {
      const iso3 = this.world?.shapes[this.active.index]?.iso3;
      if (iso3) navigate(`/countries/${iso3}`);
    } else if (event.key === 'Escape') {
      this.active = undefined;
    }
  }

  #activate(position: number): void {
    const index = this.#keyOrder[position];
    const shape = index === undefined ? undefined : this.world?.shapes[index];
    const item = shape?.iso3 ? this.#byIso3.get(shape.iso3) : undefined;
    if (index === undefined || !shape || !item || !this.world) return;
    const scale = this.frame.clientWidth / this.world.width;
    this.active = { index, x: shape.anchor[0] * scale, y: shape.anchor[1] * scale, byKeyboard: true };
    this.announcement = t('overview.map.announce', {
      name: localName(item.name),
      score: formatScore(item.score),
      level: levelName(item.level),
      change: formatChange(item.change30d),
    });
  }
}

/** Diagonal grey hatching: "no reports" must differ from every level in greyscale too, not only in hue. */
function hatch(id: string) {
  return svg`<pattern id=${id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
    <rect width="6" height="6" fill=${NO_DATA_FILL}></rect>
    <line x1="0" y1="0" x2="0" y2="6" stroke="#ababab" stroke-width="1"></line>
  </pattern>`;
}

function swatch(fill: string, defs: unknown = nothing) {
  return html`<svg width="22" height="14" aria-hidden="true"><defs>${defs}</defs>
    <rect width="22" height="14" fill=${fill}></rect></svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-risk-map': AtyRiskMap;
  }
}
