import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { RankingItem } from '../api/overview.ts';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { CHANGE_ARROW, changeDirection, formatChange, formatScore, levelName } from './overview-format.ts';
import { levelBadgeStyles } from './overview-styles.ts';

/**
 * The map's tooltip: a country's name, score, level and 30-day change. Visual only (aria-hidden): the map
 * announces the same facts in its live region, and the ranking table has them all.
 */
@customElement('aty-overview-tooltip')
export class AtyOverviewTooltip extends LitElement {
  static override styles = [
    levelBadgeStyles,
    css`
    :host {
      position: absolute;
      inset: 0;
      pointer-events: none;
    }
    .tip {
      position: absolute;
      min-width: 11rem;
      max-width: 18rem;
      background: var(--surface);
      color: var(--text);
      border: 1px solid var(--border-strong);
      border-radius: var(--radius);
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
      padding: 0.5rem 0.7rem;
      font-size: 0.9rem;
      line-height: 1.4;
      transform: translate(12px, calc(-100% - 12px));
    }
    .tip.left {
      transform: translate(calc(-100% - 12px), calc(-100% - 12px));
    }
    .tip.below {
      transform: translate(12px, 12px);
    }
    .tip.left.below {
      transform: translate(calc(-100% - 12px), 12px);
    }
    strong {
      display: block;
    }
    .hint,
    .muted {
      color: var(--text-muted);
    }
    .synthetic {
      font-weight: 600;
    }
  `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** Where the tooltip points, in pixels inside the map's frame. */
  @property({ type: Number }) x = 0;
  @property({ type: Number }) y = 0;
  /** The frame's width, to open the tooltip leftwards near the right edge. */
  @property({ type: Number }) frameWidth = 0;
  /** The country's name in the current language (or the map's own name for an area without an ISO code). */
  @property() name = '';
  /** The country's ranking entry, or null when it has no reports. */
  @property({ attribute: false }) item: RankingItem | null = null;
  /** False for an area without an ISO 3166 code, which Atalaya cannot score separately. */
  @property({ type: Boolean }) hasCode = true;

  @query('.tip') private tip!: HTMLElement;

  override render() {
    const classes = { tip: true, left: this.x > this.frameWidth * 0.6, below: this.y < 120 };
    return html`<div class=${classMap(classes)} aria-hidden="true">
      <strong>${this.name}</strong>
      ${this.item ? this.#scored(this.item) : html`<span class="muted">${this.hasCode ? t('overview.map.noData') : t('overview.map.noIso')}</span>`}
    </div>`;
  }

  protected override updated(): void {
    // Through the CSSOM, which the CSP allows (a style attribute, as styleMap first writes, it refuses).
    this.tip.style.left = `${this.x}px`;
    this.tip.style.top = `${this.y}px`;
  }

  #scored(item: RankingItem) {
    const direction = changeDirection(item.change30d);
    return html`
      <div>${t('overview.tooltip.score', { score: formatScore(item.score) })}
        <span class="level ${item.level}">${levelName(item.level)}</span></div>
      <div>${CHANGE_ARROW[direction]} ${t('overview.tooltip.change', { change: formatChange(item.change30d) })}</div>
      ${item.synthetic ? html`<div class="synthetic">${t('overview.synthetic.badge')}</div>` : nothing}
      <div class="hint">${t('overview.tooltip.open')}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-overview-tooltip': AtyOverviewTooltip;
  }
}
