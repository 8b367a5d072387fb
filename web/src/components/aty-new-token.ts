import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CreatedToken } from '../api/types.ts';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import './aty-secret-reveal.ts';

/** Shows a newly created token's secret, the only time it is ever visible (`aty-secret-dismissed` when done). */
@customElement('aty-new-token')
export class AtyNewToken extends LitElement {
  protected readonly i18n = new StoreController(this, locale);

  /** The token just created, including its secret. */
  @property({ attribute: false }) token!: CreatedToken;

  override render() {
    return html`<aty-secret-reveal .secret=${this.token.token} fieldId="new-token" .texts=${{
      title: t('tokens.newTitle', { name: this.token.name }),
      warning: t('tokens.warning'),
      label: t('tokens.value'),
      copy: t('tokens.copy'),
      copied: t('tokens.copied'),
      copyFailed: t('tokens.copyFailed'),
      done: t('tokens.done'),
    }}></aty-secret-reveal>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-new-token': AtyNewToken;
  }
}
