import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AlertEvidence } from '../api/alerts.ts';
import type { Catalog } from '../api/reports.ts';
import { highlightSegments } from '../charts/highlight.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import {
  crimeName,
  formatDay,
  legalBasisLabel,
  reliabilityWords,
  riskFactorName,
  safeHttpUrl,
} from './report-labels.ts';
import { reportStyles } from './report-styles.ts';

const FIRST = 10;

/**
 * The quoted sentences behind an alert, each with the matched words in <mark> (the sentence is cut into text
 * segments bound as text: report text is untrusted), the indicator, its legal basis and risk factors, the
 * source and its reliability, the report's date and a link to the report.
 */
@customElement('aty-alert-evidence')
export class AtyAlertEvidence extends LitElement {
  static override styles = [
    sharedStyles,
    reportStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li + li {
        border-top: 1px solid var(--border);
        margin-top: 0.9rem;
        padding-top: 0.9rem;
      }
      h3 {
        font-size: 1rem;
        margin-bottom: 0.35rem;
      }
      blockquote {
        margin: 0.4rem 0;
        padding: 0.25rem 0 0.25rem 0.75rem;
        border-inline-start: 3px solid var(--border-strong);
        overflow-wrap: anywhere;
        line-height: 1.6;
      }
      .facts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        align-items: center;
        font-size: 0.9rem;
        margin: 0 0 0.3rem;
      }
      .facts .codes {
        flex-wrap: nowrap;
      }
      .source {
        font-size: 0.9rem;
        color: var(--text-muted);
        margin: 0;
        overflow-wrap: anywhere;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The hits behind the alert, strongest first. */
  @property({ attribute: false }) items: AlertEvidence[] = [];

  /** Indicator names (ids are shown until it arrives). */
  @property({ attribute: false }) catalog: Catalog | undefined;

  @state() private showAll = false;

  override render() {
    if (this.items.length === 0) return html`<p class="muted">${t('alerts.evidence.none')}</p>`;
    const shown = this.showAll ? this.items : this.items.slice(0, FIRST);
    return html`<ol data-testid="alert-evidence">
        ${shown.map((item) => this.#item(item))}
      </ol>
      ${
        shown.length < this.items.length
          ? html`<button type="button" class="secondary" @click=${() => (this.showAll = true)}>
              ${t('alerts.evidence.showAll', { count: formatNumber(this.items.length) })}</button>`
          : nothing
      }`;
  }

  #item(item: AlertEvidence) {
    const lang = locale.value;
    const name =
      this.catalog?.indicators.find((i) => i.id === item.indicatorId)?.name[lang] ?? item.indicatorId;
    const segments = highlightSegments(item.evidence.text, item.matches, item.evidence.start);
    return html`<li data-hit=${item.id}>
      <article>
        <h3>${name}</h3>
        <blockquote data-testid="evidence-quote" data-start=${item.evidence.start}>${segments.map((s) =>
          s.marked ? html`<mark>${s.text}</mark>` : s.text,
        )}</blockquote>
        <div class="facts">
          ${item.negated ? html`<span class="badge">${t('alerts.evidence.negated')}</span>` : nothing}
          ${item.legalBasis.length ? html`<span>${item.legalBasis.map(legalBasisLabel).join(' · ')}</span>` : nothing}
          <ul class="codes" aria-label=${t('alerts.detail.riskFactors')}>
            ${item.riskFactors.map(
              (code) =>
                html`<li title=${riskFactorName(code)}>${code}<span class="visually-hidden">: ${riskFactorName(code)}</span></li>`,
            )}
          </ul>
          ${item.crimes.length ? html`<span>${item.crimes.map(crimeName).join(', ')}</span>` : nothing}
        </div>
        <p class="source">
          ${t('alerts.evidence.date', { date: formatDay(item.date.slice(0, 10)) })} · ${this.#source(item)} ·
          <a href="/reports/${encodeURIComponent(item.reportId)}" data-testid="evidence-report">${t(
            'alerts.evidence.report',
            {
              title: item.title ?? t('alerts.evidence.untitled'),
            },
          )}</a>
        </p>
      </article>
    </li>`;
  }

  #source(item: AlertEvidence) {
    const source = item.source;
    if (!source) return t('alerts.evidence.noSource');
    const url = safeHttpUrl(source.url);
    const name = url
      ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${source.name}</a>`
      : source.name;
    const words = reliabilityWords(source.reliability);
    return html`${t('alerts.evidence.sourceLabel')} ${name}${
      words ? html` (${source.reliability}: ${words})` : nothing
    }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-alert-evidence': AtyAlertEvidence;
  }
}
