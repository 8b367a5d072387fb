import { css, html, LitElement } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';

export interface BulkAcknowledgeDetail {
  note: string;
}

/**
 * Acknowledges the selected alerts together, with one optional note that goes into each alert's history.
 * Emits `aty-bulk-acknowledge` (the page sends it) and `aty-bulk-clear`.
 */
@customElement('aty-alert-bulk')
export class AtyAlertBulk extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: flex-start;
      }
      .field {
        flex: 1 1 20rem;
        margin-bottom: 0;
      }
      textarea {
        font: inherit;
        width: 100%;
        min-height: 2.5rem;
        border: 1px solid var(--border-strong);
        border-radius: var(--radius);
        padding: 0.45rem 0.6rem;
        resize: vertical;
      }
      /* Level with the note's box, below its label. */
      .buttons {
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
        margin-top: 1.75rem;
      }
      h2 {
        font-size: 1rem;
        margin-bottom: 0.5rem;
      }
      .count {
        font-weight: 600;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** How many alerts are selected. */
  @property({ type: Number }) count = 0;

  /** True while the request is in flight. */
  @property({ type: Boolean }) busy = false;

  @query('textarea') private note!: HTMLTextAreaElement;

  override render() {
    return html`<h2 id="bulk-title">${t('alerts.bulk.title')}
        <span class="count" data-testid="bulk-count">· ${t('alerts.bulk.selected', { count: formatNumber(this.count) })}</span></h2>
      <form aria-labelledby="bulk-title" @submit=${this.#submit} data-testid="bulk-form">
      <div class="field">
        <label for="bulk-note">${t('alerts.bulk.note')}</label>
        <textarea id="bulk-note" name="note" maxlength="2000" rows="1" aria-describedby="bulk-note-help"></textarea>
        <span class="help" id="bulk-note-help">${this.count ? t('alerts.bulk.noteHelp') : t('alerts.bulk.hint')}</span>
      </div>
      <div class="buttons">
        <button type="submit" ?disabled=${this.busy || this.count === 0}>${t('alerts.bulk.submit')}</button>
        <button type="button" class="secondary" ?disabled=${this.count === 0}
          @click=${() => this.dispatchEvent(new CustomEvent('aty-bulk-clear', { bubbles: true, composed: true }))}>
          ${t('alerts.bulk.clear')}</button>
      </div>
    </form>`;
  }

  /** Empties the note after a successful acknowledgement. */
  reset(): void {
    this.note.value = '';
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.count === 0 || this.busy) return;
    this.dispatchEvent(
      new CustomEvent<BulkAcknowledgeDetail>('aty-bulk-acknowledge', {
        detail: { note: this.note.value },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-alert-bulk': AtyAlertBulk;
  }
  interface HTMLElementEventMap {
    'aty-bulk-acknowledge': CustomEvent<BulkAcknowledgeDetail>;
    'aty-bulk-clear': CustomEvent<unknown>;
  }
}
