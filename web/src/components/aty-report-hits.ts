import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { toApiError } from '../api/client.ts';
import {
  clearHitReview,
  type HitReview,
  type ReportHit,
  type ReviewOutcome,
  reviewHit,
} from '../api/reports.ts';
import { formatDate, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-report-hit.ts';
import { errorText } from './error-text.ts';

export interface HitReviewedDetail {
  outcome: ReviewOutcome;
}

/**
 * The hits of a report as a list beside its text. Each can be shown in the text and, for analysts, confirmed
 * or rejected (with an optional note); the server keeps who and when, and the report's score follows.
 */
@customElement('aty-report-hits')
export class AtyReportHits extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        border: 1px solid var(--border);
        border-radius: var(--radius);
        padding: 0.75rem 0.9rem;
        margin-bottom: 0.75rem;
        background: var(--surface);
        scroll-margin: 6rem;
      }
      li.selected {
        border-color: var(--focus);
        box-shadow: 0 0 0 1px var(--focus);
      }
      .review {
        border-top: 1px solid var(--border);
        margin-top: 0.5rem;
        padding-top: 0.5rem;
        font-size: 0.92rem;
      }
      .review p {
        margin: 0 0 0.4rem;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin-top: 0.4rem;
      }
      .buttons button {
        padding: 0.25rem 0.75rem;
      }
      button[aria-pressed='true'] {
        background: var(--accent);
        color: var(--on-accent);
      }
      details summary {
        cursor: pointer;
        color: var(--accent);
        width: fit-content;
      }
      details input {
        width: 100%;
        margin-top: 0.25rem;
      }
      .decision {
        font-weight: 600;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The report's hits, in text order. */
  @property({ attribute: false }) hits: readonly ReportHit[] = [];

  /** Indicator names by id, in the UI language. */
  @property({ attribute: false }) names: ReadonlyMap<string, string> = new Map();

  /** The selected hit's index, or -1. */
  @property({ type: Number }) selected = -1;

  /** Analysts and admins may review; viewers see the reviews only. */
  @property({ type: Boolean }) canReview = false;

  @state() private busy: string | undefined;
  @state() private errors = new Map<string, () => string>();

  override render() {
    if (this.hits.length === 0) return html`<p class="muted">${t('reports.noHits')}</p>`;
    return html`<ol data-testid="hit-list">
      ${this.hits.map((hit, index) => this.#item(hit, index))}
    </ol>`;
  }

  #item(hit: ReportHit, index: number) {
    return html`<li data-hit-index=${index} class=${index === this.selected ? 'selected' : ''}>
      <aty-report-hit .hit=${hit} .index=${index} .indicatorName=${this.names.get(hit.indicatorId) ?? ''}
        ?rejected=${hit.review?.decision === 'rejected'} selectable>
        <div class="review">${this.#review(hit, index)}</div>
      </aty-report-hit>
    </li>`;
  }

  #review(hit: ReportHit, index: number) {
    const review = hit.review;
    const number = html`<span class="visually-hidden">${t('reports.hit.numberSuffix', { number: index + 1 })}</span>`;
    const busy = this.busy === hit.id;
    const error = this.errors.get(hit.id);
    return html`
      <p data-testid="review-state">${review ? this.#reviewText(review) : html`<span class="muted">${t('reports.review.none')}</span>`}</p>
      ${
        this.canReview
          ? html`<details>
              <summary>${t('reports.review.addNote')}</summary>
              <label class="visually-hidden" for=${`note-${index}`}>${t('reports.review.noteFor', { number: index + 1 })}</label>
              <input id=${`note-${index}`} maxlength="1000" />
            </details>
            <div class="buttons">
              <button type="button" class="secondary" ?disabled=${busy} aria-pressed=${review?.decision === 'confirmed' ? 'true' : 'false'}
                @click=${() => this.#decide(hit, index, 'confirmed')}>${t('reports.review.confirm')}${number}</button>
              <button type="button" class="secondary" ?disabled=${busy} aria-pressed=${review?.decision === 'rejected' ? 'true' : 'false'}
                @click=${() => this.#decide(hit, index, 'rejected')}>${t('reports.review.reject')}${number}</button>
              ${
                review
                  ? html`<button type="button" class="secondary" ?disabled=${busy}
                      @click=${() => this.#clear(hit)}>${t('reports.review.withdraw')}${number}</button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <div role="alert" class="message error">${error?.()}</div>
    `;
  }

  #reviewText(review: HitReview) {
    const when = formatDate(review.at);
    const text =
      review.decision === 'confirmed'
        ? t('reports.review.confirmedBy', { by: review.by, when })
        : t('reports.review.rejectedBy', { by: review.by, when });
    return html`<span class="decision">${text}</span>${
      review.note ? html` <span>${t('reports.review.note', { note: review.note })}</span>` : nothing
    }`;
  }

  async #decide(hit: ReportHit, index: number, decision: HitReview['decision']): Promise<void> {
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#note-${index}`);
    const note = input?.value.trim() || undefined;
    await this.#send(hit, () => reviewHit(hit.id, note ? { decision, note } : { decision }));
    if (input && !this.errors.has(hit.id)) input.value = '';
  }

  #clear(hit: ReportHit): Promise<void> {
    return this.#send(hit, () => clearHitReview(hit.id));
  }

  async #send(hit: ReportHit, call: () => Promise<ReviewOutcome>): Promise<void> {
    this.busy = hit.id;
    const errors = new Map(this.errors);
    errors.delete(hit.id);
    this.errors = errors;
    try {
      const outcome = await call();
      this.dispatchEvent(
        new CustomEvent<HitReviewedDetail>('aty-hit-reviewed', {
          detail: { outcome },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (caught) {
      const error = toApiError(caught);
      this.errors = new Map(this.errors).set(hit.id, () => errorText(error));
    } finally {
      this.busy = undefined;
    }
  }

  /** Scrolls the list to a hit (when it was chosen in the text). */
  async revealHit(index: number): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector(`li[data-hit-index="${index}"]`)?.scrollIntoView({ block: 'nearest' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-report-hits': AtyReportHits;
  }
  interface HTMLElementEventMap {
    'aty-hit-reviewed': CustomEvent<HitReviewedDetail>;
  }
}
