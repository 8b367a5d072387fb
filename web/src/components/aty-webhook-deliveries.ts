import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { type Delivery, listDeliveries, type Webhook } from '../api/alerts.ts';
import { Resource } from '../api/resource.ts';
import { formatDate, formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { errorText } from './error-text.ts';

// Symbols so a delivery's status reads without its colour.
const SYMBOL: Record<Delivery['status'], string> = { pending: '…', delivered: '✓', failed: '✗' };

/**
 * One webhook's delivery log: each event sent, its status, attempts, the receiver's last HTTP status or the
 * error, and when the next retry is due. Loads when shown (the admin opens it from the webhook's row).
 */
@customElement('aty-webhook-deliveries')
export class AtyWebhookDeliveries extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .head {
        display: flex;
        justify-content: space-between;
        align-items: baseline;
        gap: 1rem;
      }
      .failed {
        color: var(--danger);
        font-weight: 600;
      }
      .delivered {
        color: var(--success);
        font-weight: 600;
      }
      td.number {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      td.error {
        overflow-wrap: anywhere;
        max-width: 20rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);
  readonly #log = new Resource(this, (signal) => listDeliveries(this.webhook.id, signal));

  /** The webhook whose deliveries are listed. */
  @property({ attribute: false }) webhook!: Webhook;

  override render() {
    const caption = t('webhooks.log.caption', { name: this.webhook.name });
    return html`<div class="head">
        <h4>${t('webhooks.deliveriesNamed', { name: this.webhook.name })}</h4>
        <button type="button" class="secondary" @click=${() => void this.#log.run()}>${t('webhooks.log.refresh')}</button>
      </div>
      ${this.#body(caption)}`;
  }

  #body(caption: string) {
    const { value, error, status } = this.#log;
    if (status === 'error' && error) {
      return html`<p class="message error" role="alert">${t('error.loadFailed', { reason: errorText(error) })}</p>`;
    }
    if (!value) return html`<p role="status">${t('app.loading')}</p>`;
    if (value.items.length === 0) return html`<p class="muted">${t('webhooks.log.none')}</p>`;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${caption}>
      <table data-testid="deliveries-table">
        <caption class="visually-hidden">${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${t('webhooks.log.created')}</th>
            <th scope="col">${t('webhooks.log.event')}</th>
            <th scope="col">${t('webhooks.log.alert')}</th>
            <th scope="col">${t('webhooks.log.status')}</th>
            <th scope="col">${t('webhooks.log.attempts')}</th>
            <th scope="col">${t('webhooks.log.lastStatus')}</th>
            <th scope="col">${t('webhooks.log.lastError')}</th>
            <th scope="col">${t('webhooks.log.next')}</th>
            <th scope="col">${t('webhooks.log.delivered')}</th>
          </tr>
        </thead>
        <tbody>
          ${value.items.map((d) => this.#row(d))}
        </tbody>
      </table>
    </div>`;
  }

  #row(d: Delivery) {
    return html`<tr data-delivery=${d.id} data-status=${d.status}>
      <th scope="row">${formatDate(d.createdAt)}</th>
      <td><code>${d.event}</code></td>
      <td>${d.alertId ? html`<a href="/alerts/${encodeURIComponent(d.alertId)}">${t('webhooks.log.openAlert')}</a>` : '—'}</td>
      <td class=${d.status}><span aria-hidden="true">${SYMBOL[d.status]} </span>${t(`webhooks.status.${d.status}`)}</td>
      <td class="number">${formatNumber(d.attempts)}</td>
      <td class="number">${d.lastStatus ?? '—'}</td>
      <td class="error">${d.lastError ?? '—'}</td>
      <td>${d.nextAttemptAt ? formatDate(d.nextAttemptAt) : '—'}</td>
      <td>${d.deliveredAt ? formatDate(d.deliveredAt) : nothing}</td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-webhook-deliveries': AtyWebhookDeliveries;
  }
}
