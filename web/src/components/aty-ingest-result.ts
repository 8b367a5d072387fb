import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { IngestResult } from '../api/reports.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { languageName, levelName, scoreLevel } from './report-labels.ts';

/** What saving a report did: stored (with its score) or recognised as a duplicate; links to the report. */
@customElement('aty-ingest-result')
export class AtyIngestResult extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .message p {
        margin: 0 0 0.25rem;
      }
      .message p:last-child {
        margin: 0;
      }
      .duplicate {
        color: var(--text);
        background: var(--warning-soft);
        border-color: var(--warning-border);
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The server's answer. */
  @property({ attribute: false }) result: IngestResult | undefined;

  /** Warnings from extracting a file's text, if any. */
  @property({ attribute: false }) warnings: readonly string[] = [];

  override render() {
    const r = this.result;
    if (!r) return nothing;
    const link = html`<a href=${`/reports/${encodeURIComponent(r.id)}`} data-testid="result-link">${
      r.duplicate ? t('ingest.result.openStored') : t('ingest.result.open')
    }</a>`;
    const score = r.scored
      ? t('ingest.result.score', {
          score: formatNumber(r.score, { maximumFractionDigits: 1 }),
          level: levelName(scoreLevel(r.score)),
          hits: formatNumber(r.hits.filter((h) => h.weight > 0).length),
        })
      : t('ingest.result.notScored', { lang: languageName(r.lang) });
    return html`<div class=${`message ${r.duplicate ? 'duplicate' : 'success'}`} data-testid="ingest-result"
      data-outcome=${r.duplicate ? 'duplicate' : 'stored'}>
      <p><strong>${r.duplicate ? t('ingest.result.duplicate') : t('ingest.result.stored')}</strong></p>
      ${r.duplicate ? html`<p>${t('ingest.result.duplicateHelp')}</p>` : nothing}
      <p>${score}</p>
      ${this.warnings.length ? html`<p>${t('ingest.result.warnings', { warnings: this.warnings.join('; ') })}</p>` : nothing}
      <p>${link}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-ingest-result': AtyIngestResult;
  }
}
