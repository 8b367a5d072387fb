import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import {
  deleteThreshold,
  listThresholds,
  type Threshold,
  thresholdInputOf,
  updateThreshold,
} from '../api/alerts.ts';
import { toApiError } from '../api/client.ts';
import { Resource } from '../api/resource.ts';
import { hasRole, type User } from '../api/types.ts';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { thresholdName } from './alert-labels.ts';
import type { AtyThresholdEditor, ThresholdSavedDetail } from './aty-threshold-editor.ts';
import './aty-threshold-editor.ts';
import type {
  AtyThresholdTable,
  ThresholdEventDetail,
  ThresholdToggleDetail,
} from './aty-threshold-table.ts';
import './aty-threshold-table.ts';
import './aty-webhook-admin.ts';
import { errorText } from './error-text.ts';

/**
 * Alert thresholds: the list with enable switches, edit and delete for analysts (viewers read it), the editor
 * with its backtest, and, for administrators, the webhooks that deliver alerts.
 */
@customElement('aty-thresholds-page')
export class AtyThresholdsPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: baseline;
        gap: 0.5rem 1rem;
      }
      .intro {
        max-width: 52rem;
      }
      .list-head {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: baseline;
        gap: 0.5rem 1rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);
  readonly #list = new Resource(this, (signal) => listThresholds(signal));

  /** The signed-in user. */
  @property({ attribute: false }) user: User | null = null;

  /** The threshold in the editor: 'new' for a new one, undefined when the editor is closed. */
  @state() private editing: Threshold | 'new' | undefined;
  @state() private busy = false;
  // Messages are functions so a language switch re-translates them.
  @state() private success: (() => string) | undefined;
  @state() private failure: (() => string) | undefined;

  @query('aty-threshold-editor') private editor: AtyThresholdEditor | undefined;
  @query('aty-threshold-table') private table: AtyThresholdTable | undefined;

  #revealed = false;

  override render() {
    const canEdit = this.user !== null && hasRole(this.user.role, 'analyst');
    const isAdmin = this.user !== null && hasRole(this.user.role, 'admin');
    return html`
      <div class="head">
        <h1>${t('page.thresholds.title')}</h1>
        <a href="/alerts">${t('thresholds.alertsLink')}</a>
      </div>
      <p class="intro muted">${t('thresholds.intro')}</p>
      ${canEdit ? nothing : html`<p class="message" data-testid="viewer-note">${t('thresholds.viewerNote')}</p>`}
      <div role="status" class="message success" data-testid="thresholds-status">${this.success?.()}</div>
      <div role="alert" class="message error">${this.failure?.()}</div>
      ${
        canEdit && this.editing
          ? html`<div class="card">
              <aty-threshold-editor .threshold=${this.editing === 'new' ? undefined : this.editing}
                @aty-threshold-saved=${this.#saved} @aty-threshold-cancel=${this.#closeEditor}></aty-threshold-editor>
            </div>`
          : nothing
      }
      <section class="card" aria-labelledby="list-title">
        <div class="list-head">
          <h2 id="list-title">${t('thresholds.listTitle')}</h2>
          ${
            canEdit && this.editing !== 'new'
              ? html`<button type="button" data-testid="new-threshold" @click=${() => void this.#open('new')}>
                  ${t('thresholds.new')}</button>`
              : nothing
          }
        </div>
        ${this.#table(canEdit)}
      </section>
      ${isAdmin ? html`<aty-webhook-admin .thresholds=${this.#list.value?.items ?? []}></aty-webhook-admin>` : nothing}
    `;
  }

  #table(canEdit: boolean) {
    const { value, error, status } = this.#list;
    if (status === 'error' && error) {
      return html`<div role="alert" class="message error">
        ${t('error.loadFailed', { reason: errorText(error) })}
        <button type="button" class="secondary" @click=${() => void this.#list.run()}>${t('common.retry')}</button>
      </div>`;
    }
    if (!value) return html`<p role="status">${t('app.loading')}</p>`;
    if (value.items.length === 0)
      return html`<p class="muted" data-testid="thresholds-empty">${t('thresholds.none')}</p>`;
    return html`<aty-threshold-table .items=${value.items} ?editable=${canEdit} ?busy=${this.busy}
      @aty-threshold-edit=${(e: CustomEvent<ThresholdEventDetail>) => void this.#open(e.detail.threshold)}
      @aty-threshold-toggle=${this.#toggle} @aty-threshold-delete=${this.#delete}></aty-threshold-table>`;
  }

  protected override updated(): void {
    // A link from an alert (`/thresholds#threshold-<id>`) shows its threshold once the list is there: fragment
    // links cannot reach into shadow roots by themselves.
    const hash = window.location.hash;
    if (this.#revealed || !this.table || !hash.startsWith('#threshold-')) return;
    this.#revealed = true;
    void this.table.reveal(decodeURIComponent(hash.slice('#threshold-'.length)));
  }

  async #open(threshold: Threshold | 'new'): Promise<void> {
    this.success = undefined;
    this.failure = undefined;
    this.editing = threshold;
    await this.updateComplete;
    await this.editor?.focusStart();
  }

  #closeEditor(): void {
    this.editing = undefined;
  }

  async #saved(event: CustomEvent<ThresholdSavedDetail>): Promise<void> {
    const { threshold, created } = event.detail;
    this.editing = undefined;
    this.success = () =>
      t(created ? 'thresholds.created' : 'thresholds.saved', { name: thresholdName(threshold.name) });
    await this.#list.run();
  }

  async #toggle(event: CustomEvent<ThresholdToggleDetail>): Promise<void> {
    const { threshold, enabled } = event.detail;
    await this.#change(
      () => updateThreshold(threshold.id, thresholdInputOf(threshold, { enabled })),
      () =>
        t(enabled ? 'thresholds.enabledDone' : 'thresholds.disabledDone', {
          name: thresholdName(threshold.name),
        }),
    );
  }

  async #delete(event: CustomEvent<ThresholdEventDetail>): Promise<void> {
    const { threshold } = event.detail;
    if (this.editing !== 'new' && this.editing?.id === threshold.id) this.editing = undefined;
    await this.#change(
      () => deleteThreshold(threshold.id),
      () => t('thresholds.deleted', { name: thresholdName(threshold.name) }),
    );
  }

  async #change(send: () => Promise<unknown>, message: () => string): Promise<void> {
    this.busy = true;
    this.success = undefined;
    this.failure = undefined;
    try {
      await send();
      this.success = message;
    } catch (caught) {
      const error = toApiError(caught);
      this.failure = () => errorText(error);
    } finally {
      // Reload either way: after a failure the switch must show the stored state again.
      await this.#list.run();
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-thresholds-page': AtyThresholdsPage;
  }
}
