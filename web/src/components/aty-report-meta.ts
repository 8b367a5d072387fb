import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ReportSummary } from '../api/reports.ts';
import { formatDate, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { countryName, formatDay, languageLabel, reliabilityWords, safeHttpUrl } from './report-labels.ts';
import { reportStyles } from './report-styles.ts';

/** A report's metadata as a description list: where, when, in what language, from whom and how reliable. */
@customElement('aty-report-meta')
export class AtyReportMeta extends LitElement {
  static override styles = [
    sharedStyles,
    reportStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.35rem 1.25rem;
        margin: 0;
      }
      dt {
        font-weight: 600;
        color: var(--text-muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .tags {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        list-style: none;
        padding: 0;
        margin: 0;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The report. */
  @property({ attribute: false }) report!: ReportSummary;

  override render() {
    const r = this.report;
    return html`<dl data-testid="report-meta">
      <dt>${t('reports.meta.country')}</dt>
      <dd><a href=${`/countries/${encodeURIComponent(r.country)}`}>${countryName(r.country)}</a> <span class="muted">(${r.country})</span></dd>
      <dt>${t('reports.meta.date')}</dt>
      <dd>${formatDay(r.date)}</dd>
      ${
        r.period
          ? html`<dt>${t('reports.meta.period')}</dt>
            <dd>${t('reports.meta.periodValue', { from: formatDay(r.period.from), to: formatDay(r.period.to) })}</dd>`
          : nothing
      }
      <dt>${t('reports.meta.lang')}</dt>
      <dd>${languageLabel(r.lang)}${r.scored ? nothing : html` <span class="muted">${t('reports.meta.notScored')}</span>`}</dd>
      <dt>${t('reports.meta.source')}</dt>
      <dd data-testid="report-source">${this.#source()}</dd>
      ${
        r.source
          ? html`<dt>${t('reports.meta.reliability')}</dt>
            <dd data-testid="report-reliability"><strong>${r.source.reliability}</strong>: ${reliabilityWords(r.source.reliability) ?? t('reports.meta.unknownGrade')}</dd>`
          : nothing
      }
      ${
        r.tags.length
          ? html`<dt>${t('reports.meta.tags')}</dt>
            <dd><ul class="tags">${r.tags.map((tag) => html`<li class="badge">${tag}</li>`)}</ul></dd>`
          : nothing
      }
      ${r.externalId ? html`<dt>${t('reports.meta.externalId')}</dt><dd><code>${r.externalId}</code></dd>` : nothing}
      <dt>${t('reports.meta.catalog')}</dt>
      <dd><code>${r.catalogVersion}</code></dd>
      <dt>${t('reports.meta.stored')}</dt>
      <dd>${formatDate(r.createdAt)}</dd>
      ${
        r.synthetic
          ? html`<dt>${t('reports.meta.data')}</dt>
            <dd><span class="badge synthetic">${t('reports.synthetic')}</span> ${t('reports.syntheticHelp')}</dd>`
          : nothing
      }
    </dl>`;
  }

  #source() {
    const source = this.report.source;
    if (!source) return html`<span class="muted">${t('reports.noSource')}</span>`;
    const href = safeHttpUrl(source.url);
    return html`${source.name}${
      href
        ? html` · <a href=${href} rel="noopener noreferrer nofollow" target="_blank">${t('reports.meta.openSource')}<span class="visually-hidden"> (${t('reports.meta.newTab')})</span></a>
          <span class="muted">${new URL(href).host}</span>`
        : source.url
          ? html` · <span class="muted">${source.url}</span>`
          : nothing
    }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-report-meta': AtyReportMeta;
  }
}
