import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  type CreatedWebhook,
  createWebhook,
  deleteWebhook,
  listWebhooks,
  type Threshold,
  type Webhook,
} from '../api/alerts.ts';
import { type ApiError, toApiError } from '../api/client.ts';
import { Resource } from '../api/resource.ts';
import { formatDate, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { thresholdName } from './alert-labels.ts';
import './aty-webhook-deliveries.ts';
import './aty-webhook-secret.ts';
import { errorText } from './error-text.ts';
import { thresholdFormStyles } from './threshold-form-styles.ts';

/**
 * Admin only: the webhooks that deliver alerts (to every alert or one threshold's), a form to add one (its
 * signing secret is shown once), deletion after a second click, and each webhook's delivery log.
 */
@customElement('aty-webhook-admin')
export class AtyWebhookAdmin extends LitElement {
  static override styles = [
    sharedStyles,
    thresholdFormStyles,
    css`
      td.url {
        overflow-wrap: anywhere;
        font-family: var(--mono);
        font-size: 0.85rem;
      }
      td.row-actions {
        white-space: nowrap;
      }
      td.row-actions button {
        padding: 0.25rem 0.7rem;
      }
      td.row-actions button + button {
        margin-inline-start: 0.4rem;
      }
      .log {
        margin: 1rem 0;
        padding: 0.75rem 1rem;
        border: 1px solid var(--border);
        border-radius: var(--radius);
        background: var(--page);
      }
      form {
        margin-top: 1.5rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);
  readonly #webhooks = new Resource(this, (signal) => listWebhooks(signal));

  /** The thresholds, to name a webhook's scope and to choose it. */
  @property({ attribute: false }) thresholds: Threshold[] = [];

  @state() private created: CreatedWebhook | undefined;
  @state() private confirming: string | undefined;
  @state() private logOf: Webhook | undefined;
  @state() private busy = false;
  @state() private success: (() => string) | undefined;
  @state() private listError: ApiError | undefined;
  @state() private errors: Partial<Record<'name' | 'url' | 'thresholdId', () => string>> = {};
  @state() private formError: ApiError | undefined;

  override render() {
    return html`<section class="card" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">${t('webhooks.title')}</h2>
      <p class="muted">${t('webhooks.intro')}</p>
      ${
        this.created
          ? html`<aty-webhook-secret .webhook=${this.created}
              @aty-secret-dismissed=${() => (this.created = undefined)}></aty-webhook-secret>`
          : nothing
      }
      <div role="status" class="message success" data-testid="webhooks-status">${this.success?.()}</div>
      <div role="alert" class="message error">${this.listError ? errorText(this.listError) : ''}</div>
      ${this.#table()}
      ${this.logOf ? html`<div class="log"><aty-webhook-deliveries .webhook=${this.logOf}></aty-webhook-deliveries></div>` : nothing}
      ${this.#form()}
    </section>`;
  }

  #table() {
    const { value, error, status } = this.#webhooks;
    if (status === 'error' && error) {
      return html`<p class="message error">${t('error.loadFailed', { reason: errorText(error) })}</p>`;
    }
    if (!value) return html`<p role="status">${t('app.loading')}</p>`;
    if (value.items.length === 0) return html`<p class="muted">${t('webhooks.none')}</p>`;
    return html`<div class="table-wrap">
      <table data-testid="webhooks-table">
        <caption class="visually-hidden">${t('webhooks.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('webhooks.col.name')}</th>
            <th scope="col">${t('webhooks.col.url')}</th>
            <th scope="col">${t('webhooks.col.scope')}</th>
            <th scope="col">${t('webhooks.col.enabled')}</th>
            <th scope="col">${t('webhooks.col.created')}</th>
            <th scope="col"><span class="visually-hidden">${t('webhooks.col.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${value.items.map((w) => this.#row(w))}
        </tbody>
      </table>
    </div>`;
  }

  #row(w: Webhook) {
    return html`<tr data-webhook=${w.id}>
      <th scope="row">${w.name}</th>
      <td class="url">${w.url}</td>
      <td>${this.#scope(w)}</td>
      <td>${w.enabled ? t('webhooks.yes') : t('webhooks.no')}</td>
      <td>${t('webhooks.createdBy', { date: formatDate(w.createdAt), user: w.createdBy })}</td>
      <td class="row-actions">${this.#actions(w)}</td>
    </tr>`;
  }

  #scope(w: Webhook): string {
    if (!w.thresholdId) return t('webhooks.allAlerts');
    const threshold = this.thresholds.find((th) => th.id === w.thresholdId);
    return threshold
      ? t('webhooks.onlyThreshold', { name: thresholdName(threshold.name) })
      : t('webhooks.unknownThreshold');
  }

  // Deleting stops deliveries at once, so it takes a second, explicit click.
  #actions(w: Webhook) {
    const showing = this.logOf?.id === w.id;
    const log = html`<button type="button" class="secondary" aria-expanded=${showing ? 'true' : 'false'}
      aria-label=${showing ? t('webhooks.hideDeliveries') : t('webhooks.deliveriesNamed', { name: w.name })}
      @click=${() => (this.logOf = showing ? undefined : w)}>${showing ? t('webhooks.hideDeliveries') : t('webhooks.deliveries')}</button>`;
    if (this.confirming === w.id) {
      return html`${log}<button type="button" class="danger" ?disabled=${this.busy} @click=${() => void this.#delete(w)}>
        ${t('webhooks.confirmDelete')}</button><button type="button" class="secondary"
        @click=${() => (this.confirming = undefined)}>${t('common.cancel')}</button>`;
    }
    return html`${log}<button type="button" class="danger" aria-label=${t('webhooks.deleteNamed', { name: w.name })}
      ?disabled=${this.busy} @click=${() => (this.confirming = w.id)}>${t('webhooks.delete')}</button>`;
  }

  #form() {
    const error = (name: 'name' | 'url' | 'thresholdId') =>
      this.errors[name]
        ? html`<span class="field-error" id="wh-${name}-error">${this.errors[name]()}</span>`
        : nothing;
    const invalid = (name: 'name' | 'url' | 'thresholdId') => (this.errors[name] ? 'true' : 'false');
    return html`<form novalidate @submit=${this.#create} aria-labelledby="add-webhook-title" data-testid="webhook-form">
      <h3 id="add-webhook-title">${t('webhooks.addTitle')}</h3>
      <div role="alert" class="message error">${this.formError ? errorText(this.formError) : ''}</div>
      <div class="grid">
        <div class="field">
          <label for="wh-name">${t('webhooks.field.name')}</label>
          <input id="wh-name" name="name" maxlength="120" autocomplete="off" aria-invalid=${invalid('name')}
            aria-describedby="wh-name-help ${this.errors.name ? 'wh-name-error' : ''}" />
          <span class="help" id="wh-name-help">${t('webhooks.field.nameHelp')}</span>${error('name')}
        </div>
        <div class="field">
          <label for="wh-url">${t('webhooks.field.url')}</label>
          <input id="wh-url" name="url" type="url" maxlength="2000" autocomplete="off" inputmode="url"
            aria-invalid=${invalid('url')} aria-describedby="wh-url-help ${this.errors.url ? 'wh-url-error' : ''}" />
          <span class="help" id="wh-url-help">${t('webhooks.field.urlHelp')}</span>${error('url')}
        </div>
        <div class="field">
          <label for="wh-threshold">${t('webhooks.field.threshold')}</label>
          <select id="wh-threshold" name="thresholdId" aria-invalid=${invalid('thresholdId')}>
            <option value="">${t('webhooks.allAlerts')}</option>
            ${this.thresholds.map((th) => html`<option value=${th.id}>${thresholdName(th.name)}</option>`)}
          </select>${error('thresholdId')}
        </div>
      </div>
      <div class="field">
        <label class="check"><input type="checkbox" name="enabled" checked /> ${t('webhooks.field.enabled')}</label>
      </div>
      <button type="submit" ?disabled=${this.busy}>${t('webhooks.add')}</button>
    </form>`;
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const url = String(data.get('url') ?? '').trim();
    const thresholdId = String(data.get('thresholdId') ?? '') || null;
    this.#clear();
    // The two mistakes people make, explained in their language before a round trip; the server checks the rest.
    const errors: typeof this.errors = {};
    if (!name) errors.name = () => t('webhooks.nameMissing');
    if (!/^https?:\/\/\S+$/i.test(url)) errors.url = () => t('webhooks.urlInvalid');
    if (errors.name || errors.url) {
      this.errors = errors;
      return;
    }
    this.busy = true;
    try {
      this.created = await createWebhook({ name, url, thresholdId, enabled: data.get('enabled') === 'on' });
      form.reset();
      void this.#webhooks.run();
    } catch (caught) {
      const error = toApiError(caught);
      const byField: typeof this.errors = {};
      for (const d of error.details) {
        if (d.path === 'name' || d.path === 'url' || d.path === 'thresholdId')
          byField[d.path] ??= () => d.message;
      }
      if (Object.keys(byField).length) this.errors = byField;
      else this.formError = error;
    } finally {
      this.busy = false;
    }
  }

  async #delete(w: Webhook): Promise<void> {
    this.#clear();
    this.busy = true;
    try {
      await deleteWebhook(w.id);
      this.confirming = undefined;
      if (this.logOf?.id === w.id) this.logOf = undefined;
      this.success = () => t('webhooks.deleted', { name: w.name });
      void this.#webhooks.run();
    } catch (caught) {
      this.listError = toApiError(caught);
    } finally {
      this.busy = false;
    }
  }

  #clear(): void {
    this.success = undefined;
    this.listError = undefined;
    this.formError = undefined;
    this.errors = {};
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-webhook-admin': AtyWebhookAdmin;
  }
}
