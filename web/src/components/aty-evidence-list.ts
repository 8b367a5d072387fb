import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Catalog, EvidenceItem } from '../api/country.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-evidence-item.ts';

/** The quoted sentences behind the period's risk, strongest first (what each adds at the period's end). */
@customElement('aty-evidence-list')
export class AtyEvidenceList extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.75rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The period's hits, strongest first. */
  @property({ attribute: false }) items: EvidenceItem[] = [];

  /** Indicator names and legal basis. */
  @property({ attribute: false }) catalog: Catalog | undefined;

  /** Show the confirm and reject buttons (analysts and admins). */
  @property({ type: Boolean, attribute: 'can-review' }) canReview = false;

  /** How many items were asked for: when as many came back, there may be more. */
  @property({ type: Number }) limit = 0;

  override render() {
    if (this.items.length === 0)
      return html`<p data-testid="evidence-empty">${t('country.evidence.none')}</p>`;
    const rejected = this.items.filter((i) => i.review?.decision === 'rejected').length;
    return html`
      <p class="muted" data-testid="evidence-summary">
        ${t(this.items.length >= this.limit ? 'country.evidence.summaryTop' : 'country.evidence.summary', {
          count: formatNumber(this.items.length),
        })}
        ${rejected ? t('country.evidence.rejectedCount', { count: formatNumber(rejected) }) : ''}
      </p>
      <ol data-testid="evidence-list">
        ${repeat(
          this.items,
          // Keyed by hit, so an open review form stays with its hit when the list reorders after a review.
          (item) => item.id,
          (item) => html`<li>
            <aty-evidence-item .item=${item} .catalog=${this.catalog} ?can-review=${this.canReview}></aty-evidence-item>
          </li>`,
        )}
      </ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-evidence-list': AtyEvidenceList;
  }
}
