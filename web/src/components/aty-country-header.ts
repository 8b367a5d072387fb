import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { findCountry } from '../../../indicators/countries.ts';
import type { RankingItem } from '../api/country.ts';
import { LEVEL_FILL } from '../charts/levels.ts';
import { formatDate, formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/**
 * The country's name and where it stands today: score, level in words, 30-day change, the structural forecast
 * when imported, and a plain warning when the figures rest on synthetic demo reports.
 */
@customElement('aty-country-header')
export class AtyCountryHeader extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .title {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        justify-content: space-between;
        gap: 0.5rem 1.5rem;
      }
      h1 {
        margin-bottom: 0.5rem;
      }
      .synthetic {
        border: 2px dashed var(--warning-border);
        background: var(--warning-soft);
        border-radius: var(--radius);
        padding: 0.6rem 0.9rem;
      }
      dl {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 2.25rem;
        margin: 0;
      }
      dt {
        font-size: 0.85rem;
        color: var(--text-muted);
        font-weight: 600;
      }
      dd {
        margin: 0;
        font-size: 1.05rem;
      }
      .score {
        font-size: 1.8rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .swatch {
        vertical-align: -0.1em;
        margin-inline-end: 0.35rem;
      }
      .swatch rect {
        stroke: var(--text);
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The country code from the route. */
  @property() iso3 = '';

  /** The figures rest on synthetic demo reports (the ranking row or the evidence says so). */
  @property({ type: Boolean }) synthetic = false;

  /** The ranking could not be loaded (the page shows why): no figures, and no "no reports" either. */
  @property({ type: Boolean }) failed = false;

  /** The country's ranking row; null when it has no reports yet, undefined while loading. */
  @property({ attribute: false }) item: RankingItem | null | undefined;

  override render() {
    const lang = locale.value;
    const name = this.item?.name[lang] ?? findCountry(this.iso3)?.name[lang] ?? this.iso3;
    return html`
      <div class="title">
        <h1 data-testid="country-name">${name}</h1>
        <a href="/compare?countries=${encodeURIComponent(this.iso3)}">${t('country.compareWith')}</a>
      </div>
      ${
        this.synthetic
          ? html`<p class="synthetic" role="note" data-testid="synthetic-notice">
            <strong>${t('country.synthetic.title')}</strong> ${t('country.synthetic.body')}
          </p>`
          : nothing
      }
      ${this.#summary()}
    `;
  }

  #summary() {
    const item = this.item;
    if (this.failed && !item) return nothing;
    if (item === undefined) return html`<p role="status">${t('app.loading')}</p>`;
    if (item === null) return html`<p class="muted" data-testid="no-reports">${t('country.noReports')}</p>`;
    const change = item.change30d;
    const arrow = change > 0 ? '▲' : change < 0 ? '▼' : '▬';
    const changeText =
      change > 0
        ? t('country.change.up', { points: formatNumber(change, ONE_DECIMAL) })
        : change < 0
          ? t('country.change.down', { points: formatNumber(-change, ONE_DECIMAL) })
          : t('country.change.none');
    return html`<dl>
      <div>
        <dt>${t('country.score')}</dt>
        <dd><span class="score" data-testid="country-score">${formatNumber(item.score, ONE_DECIMAL)}</span> / 100</dd>
      </div>
      <div>
        <dt>${t('country.level')}</dt>
        <dd data-testid="country-level">
          <svg class="swatch" width="14" height="14" aria-hidden="true">
            <rect x="0.5" y="0.5" width="13" height="13" fill=${LEVEL_FILL[item.level]}></rect>
          </svg>${t(`country.level.${item.level}`)}
        </dd>
      </div>
      <div>
        <dt>${t('country.change30d')}</dt>
        <dd data-testid="country-change"><span aria-hidden="true">${arrow}</span> ${changeText}</dd>
      </div>
      ${
        item.structuralRisk
          ? html`<div>
            <dt>${t('country.structural')}</dt>
            <dd data-testid="country-structural">
              ${t('country.structuralValue', {
                risk: formatNumber(item.structuralRisk.risk, { style: 'percent', maximumFractionDigits: 1 }),
                window: item.structuralRisk.forecastWindow,
              })}${
                item.structuralRisk.rank !== null
                  ? html` · ${t('country.structuralRank', { rank: formatNumber(item.structuralRisk.rank) })}`
                  : nothing
              }
              <span class="muted">(${item.structuralRisk.source})</span>
            </dd>
          </div>`
          : nothing
      }
      <div>
        <dt>${t('country.reports')}</dt>
        <dd>
          ${t('country.reportsValue', {
            count: formatNumber(item.reports),
            date: formatDate(item.lastReportDate, { dateStyle: 'medium', timeZone: 'UTC' }),
          })}
        </dd>
      </div>
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-country-header': AtyCountryHeader;
  }
}
