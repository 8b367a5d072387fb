import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { locale, t } from '../i18n/index.ts';
import type { PlaceholderName } from '../router/titles.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';

/**
 * The page of a view that a later issue builds. It says what the view will do and that it is not there yet,
 * rather than showing an empty table an analyst could mistake for "no risk".
 */
@customElement('aty-placeholder-page')
export class AtyPlaceholderPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .status {
        display: inline-block;
        font-size: 0.8rem;
        font-weight: 600;
        letter-spacing: 0.04em;
        text-transform: uppercase;
        color: var(--text-muted);
        border: 1px solid var(--border-strong);
        border-radius: 999px;
        padding: 0.1rem 0.6rem;
        margin-bottom: 0.75rem;
      }
      .purpose {
        font-size: 1.05rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** Which view this stands in for; picks the title and the texts. */
  @property() page: PlaceholderName = 'reports';

  /** Route parameters (`iso3`, `id`), shown in the title. */
  @property({ attribute: false }) params: Readonly<Record<string, string>> = {};

  override render() {
    return html`
      <h1>${t(`page.${this.page}.title`, this.params)}</h1>
      <section class="card" aria-label=${t('page.notAvailable')}>
        <p class="status">${t('page.notAvailable')}</p>
        <p class="purpose">${t(`page.${this.page}.purpose`)}</p>
        <p class="muted">${t(`page.${this.page}.status`)}</p>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-placeholder-page': AtyPlaceholderPage;
  }
}
