import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { hasRole, type User } from '../api/types.ts';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-bulk-upload.ts';
import './aty-ingest-file.ts';
import './aty-ingest-paste.ts';

/**
 * Ingest (analysts and admins): paste one report with a live preview, upload one document, or upload many
 * reports as NDJSON or CSV. Viewers get an explanation instead of forms the server would refuse.
 */
@customElement('aty-ingest-page')
export class AtyIngestPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .intro {
        max-width: 48rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The signed-in user. */
  @property({ attribute: false }) user: User | null = null;

  override render() {
    if (!this.user || !hasRole(this.user.role, 'analyst')) {
      return html`<h1>${t('page.ingest.title')}</h1>
        <section class="card" data-testid="ingest-forbidden">
          <p>${t('ingest.viewer.explain', { role: this.user ? t(`role.${this.user.role}`) : '' })}</p>
          <p class="muted">${t('ingest.viewer.next')}</p>
          <a href="/reports">${t('ingest.viewer.reports')}</a>
        </section>`;
    }
    return html`
      <h1>${t('page.ingest.title')}</h1>
      <p class="intro">${t('ingest.intro')}</p>
      <section class="card" aria-labelledby="paste-heading">
        <h2 id="paste-heading">${t('ingest.paste.title')}</h2>
        <p class="help">${t('ingest.paste.help')}</p>
        <aty-ingest-paste></aty-ingest-paste>
      </section>
      <section class="card" aria-labelledby="file-heading">
        <h2 id="file-heading">${t('ingest.file.title')}</h2>
        <p class="help">${t('ingest.file.intro')}</p>
        <aty-ingest-file></aty-ingest-file>
      </section>
      <section class="card" aria-labelledby="bulk-heading">
        <h2 id="bulk-heading">${t('ingest.bulk.title')}</h2>
        <p class="help">${t('ingest.bulk.intro')}</p>
        <aty-bulk-upload></aty-bulk-upload>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-ingest-page': AtyIngestPage;
  }
}
