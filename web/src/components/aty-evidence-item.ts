import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ApiError } from '../api/client.ts';
import { toApiError } from '../api/client.ts';
import {
  type Catalog,
  clearReview,
  type EvidenceItem,
  type ReviewDecision,
  reviewHit,
} from '../api/country.ts';
import { highlightSegments } from '../charts/highlight.ts';
import { formatLegalBasis, legalBasisTitle } from '../charts/legal-basis.ts';
import { formatDate, formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { errorText } from './error-text.ts';
import { evidenceItemStyles } from './evidence-item-styles.ts';
import { reviewChange } from './review-events.ts';

const DAY = { dateStyle: 'medium', timeZone: 'UTC' } as const;

/**
 * One quoted sentence behind a country's risk: the matched words marked, what it indicates and under which
 * provision, where it comes from and how reliable that is, and its review. Analysts confirm or reject it here;
 * a rejection takes it out of the score. Report text is bound as text only.
 */
@customElement('aty-evidence-item')
export class AtyEvidenceItem extends LitElement {
  static override styles = [sharedStyles, evidenceItemStyles];

  protected readonly i18n = new StoreController(this, locale);

  /** The hit, with its report's date, title, source and review. */
  @property({ attribute: false }) item!: EvidenceItem;

  /** Indicator and risk-factor names (the item shows ids until it arrives). */
  @property({ attribute: false }) catalog: Catalog | undefined;

  /** Analysts and admins may confirm or reject; viewers see the review state only. */
  @property({ type: Boolean, attribute: 'can-review' }) canReview = false;

  /** Which review form is open, if any. */
  @state() private editing: ReviewDecision | undefined;
  @state() private busy = false;
  @state() private error: ApiError | undefined;

  override render() {
    const item = this.item;
    const lang = locale.value;
    const indicator = this.catalog?.indicators.find((i) => i.id === item.indicatorId);
    const rejected = item.review?.decision === 'rejected';
    return html`<article class=${rejected ? 'rejected' : ''} aria-labelledby="indicator" data-hit=${item.id}>
      <header>
        <h3 id="indicator">${indicator?.name[lang] ?? item.indicatorId}</h3>
        <div class="badges">
          ${item.review ? html`<span class="badge ${item.review.decision}">${t(`country.review.${item.review.decision}`)}</span>` : nothing}
          ${item.negated ? html`<span class="badge">${t('country.evidence.negated')}</span>` : nothing}
          ${item.context !== 'current' ? html`<span class="badge">${t(`country.evidence.context.${item.context}`)}</span>` : nothing}
          ${item.synthetic ? html`<span class="badge synthetic">${t('country.synthetic.badge')}</span>` : nothing}
        </div>
      </header>
      <blockquote data-testid="evidence-text">${highlightSegments(
        item.evidence.text,
        item.matches,
        item.evidence.start,
      ).map((segment) => (segment.marked ? html`<mark>${segment.text}</mark>` : segment.text))}</blockquote>
      ${item.context === 'historical' ? html`<p class="note">${t('country.evidence.historicalNote')}</p>` : nothing}
      <dl>
        <dt>${t('country.evidence.legalBasis')}</dt>
        <dd>
          ${
            item.legalBasis.length
              ? html`<ul class="provisions">
                  ${item.legalBasis.map((code) => {
                    const title = legalBasisTitle(code, lang);
                    return html`<li><strong>${formatLegalBasis(code)}</strong>${title ? html` <span class="muted">${title}</span>` : nothing}</li>`;
                  })}
                </ul>`
              : t('country.evidence.noLegalBasis')
          }
        </dd>
        <dt>${t('country.evidence.riskFactors')}</dt>
        <dd>${item.riskFactors.join(', ') || '—'}</dd>
        <dt>${t('country.evidence.source')}</dt>
        <dd>${this.#source()}</dd>
        <dt>${t('country.evidence.date')}</dt>
        <dd>${formatDate(item.date, DAY)}</dd>
        <dt>${t('country.evidence.contribution')}</dt>
        <dd>${formatNumber(item.contribution, { maximumFractionDigits: 3 })}</dd>
      </dl>
      <p class="report-link">
        <a href="/reports/${encodeURIComponent(item.reportId)}"
          >${item.title ? t('country.evidence.openTitled', { title: item.title }) : t('country.evidence.open')}</a
        >
      </p>
      ${this.#review()}
    </article>`;
  }

  #source() {
    const source = this.item.source;
    if (!source) return t('country.evidence.noSource');
    const grade = source.reliability;
    // The Admiralty grade in words: "usually reliable source; information probably true".
    const explained = /^[A-F][1-6]$/.test(grade)
      ? `${t(`country.reliability.source.${grade[0] as 'A'}`)}; ${t(`country.reliability.info.${grade[1] as '1'}`)}`
      : '';
    const name = /^https?:\/\//.test(source.url ?? '')
      ? html`<a href=${source.url!} target="_blank" rel="noopener noreferrer">${source.name}</a>`
      : source.name;
    return html`${name} · ${t('country.evidence.reliability', { grade })}${explained ? html` <span class="muted">(${explained})</span>` : nothing}`;
  }

  #review() {
    const { review } = this.item;
    const status = review
      ? html`<p class="review-status" data-testid="review-status">
          ${t(review.decision === 'confirmed' ? 'country.review.confirmedBy' : 'country.review.rejectedBy', {
            by: review.by,
            at: formatDate(review.at),
          })}
          ${review.note ? html`<br /><span class="muted">${t('country.review.note')}: ${review.note}</span>` : nothing}
        </p>`
      : nothing;
    if (!this.canReview) return status;
    const error = this.error
      ? html`<p class="message error" role="alert">${t('country.review.failed', { reason: errorText(this.error) })}</p>`
      : nothing;
    if (this.editing) return html`${status}${this.#form(this.editing)}${error}`;
    return html`${status}
      <div class="actions">
        ${
          review?.decision !== 'confirmed'
            ? html`<button type="button" class="secondary" @click=${() => this.#open('confirmed')}>${t('country.review.confirm')}</button>`
            : nothing
        }
        ${
          review?.decision !== 'rejected'
            ? html`<button type="button" class="danger" @click=${() => this.#open('rejected')}>${t('country.review.reject')}</button>`
            : nothing
        }
        ${
          review
            ? html`<button type="button" class="secondary" ?disabled=${this.busy} @click=${this.#clear}>${t('country.review.undo')}</button>`
            : nothing
        }
      </div>
      ${error}`;
  }

  #form(decision: ReviewDecision) {
    return html`<form class="review-form" @submit=${(event: SubmitEvent) => this.#submit(event, decision)}>
      <p class="help">${t(decision === 'rejected' ? 'country.review.rejectHelp' : 'country.review.confirmHelp')}</p>
      <label for="note">${t('country.review.noteLabel')}</label>
      <textarea id="note" name="note" rows="2" maxlength="2000"></textarea>
      <div class="actions">
        <button type="submit" class=${decision === 'rejected' ? 'danger' : ''} ?disabled=${this.busy}>
          ${t(decision === 'rejected' ? 'country.review.saveReject' : 'country.review.saveConfirm')}
        </button>
        <button type="button" class="secondary" @click=${this.#cancel}>${t('common.cancel')}</button>
      </div>
    </form>`;
  }

  #open(decision: ReviewDecision): void {
    this.error = undefined;
    this.editing = decision;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLTextAreaElement>('#note')?.focus());
  }

  #cancel(): void {
    this.editing = undefined;
    this.error = undefined;
  }

  async #submit(event: SubmitEvent, decision: ReviewDecision): Promise<void> {
    event.preventDefault();
    const note = String(new FormData(event.target as HTMLFormElement).get('note') ?? '');
    await this.#save(() => reviewHit(this.item.id, decision, note), decision);
  }

  async #clear(): Promise<void> {
    await this.#save(() => clearReview(this.item.id), null);
  }

  async #save(call: () => Promise<unknown>, decision: ReviewDecision | null): Promise<void> {
    this.busy = true;
    this.error = undefined;
    try {
      await call();
      this.editing = undefined;
      this.dispatchEvent(reviewChange({ hitId: this.item.id, decision }));
    } catch (error) {
      this.error = toApiError(error);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-evidence-item': AtyEvidenceItem;
  }
}
