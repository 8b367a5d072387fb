import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CreatedWebhook } from '../api/alerts.ts';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import './aty-secret-reveal.ts';

/** A new webhook's signing secret, the only time it is ever visible (`aty-secret-dismissed` when done). */
@customElement('aty-webhook-secret')
export class AtyWebhookSecret extends LitElement {
  protected readonly i18n = new StoreController(this, locale);

  /** The webhook just created, with its secret. */
  @property({ attribute: false }) webhook!: CreatedWebhook;

  override render() {
    return html`<aty-secret-reveal .secret=${this.webhook.secret} fieldId="webhook-secret" .texts=${{
      title: t('webhooks.secretTitle', { name: this.webhook.name }),
      warning: t('webhooks.secretWarning'),
      label: t('webhooks.secretLabel'),
      copy: t('webhooks.copy'),
      copied: t('webhooks.copied'),
      copyFailed: t('webhooks.copyFailed'),
      done: t('webhooks.done'),
    }}></aty-secret-reveal>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-webhook-secret': AtyWebhookSecret;
  }
}
