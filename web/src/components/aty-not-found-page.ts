import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';

/** Shown for a path that matches no route. */
@customElement('aty-not-found-page')
export class AtyNotFoundPage extends LitElement {
  static override styles = sharedStyles;

  protected readonly i18n = new StoreController(this, locale);

  /** The path that was asked for. */
  @property() path = '';

  override render() {
    return html`
      <h1>${t('page.notFound.title')}</h1>
      <div class="card">
        <p>${t('page.notFound.body', { path: this.path })}</p>
        <p><a href="/">${t('page.notFound.link')}</a></p>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-not-found-page': AtyNotFoundPage;
  }
}
