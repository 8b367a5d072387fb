import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { getHealth } from '../api/endpoints.ts';
import { Resource } from '../api/resource.ts';
import type { Health, User } from '../api/types.ts';
import { formatDate, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { errorText } from './error-text.ts';

interface HealthCheck {
  health: Health;
  checkedAt: Date;
}

/** The overview. For now a welcome and the server's health; the risk map comes with the risk engine. */
@customElement('aty-overview-page')
export class AtyOverviewPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.4rem 1.5rem;
        margin: 0;
      }
      dt {
        font-weight: 600;
        color: var(--text-muted);
      }
      dd {
        margin: 0;
      }
      .notice {
        border-left: 4px solid var(--warning-border);
        background: var(--warning-soft);
        padding: 0.75rem 1rem;
        border-radius: 0 var(--radius) var(--radius) 0;
        margin: 0;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);
  readonly #health = new Resource<HealthCheck>(this, async (signal) => ({
    health: await getHealth(signal),
    checkedAt: new Date(),
  }));

  /** The signed-in user. */
  @property({ attribute: false }) user!: User;

  override render() {
    const role = t(`role.${this.user.role}`);
    return html`
      <h1>${t('overview.title')}</h1>
      <section class="card" aria-labelledby="welcome">
        <h2 id="welcome">${t('overview.welcome', { username: this.user.username })}</h2>
        <p>${t('overview.role', { role })} ${t(`overview.roleHelp.${this.user.role}`)}</p>
        <p class="notice">${t('overview.pending')}</p>
      </section>
      <section class="card" aria-labelledby="server">
        <h2 id="server">${t('overview.server')}</h2>
        ${this.#renderHealth()}
      </section>
    `;
  }

  #renderHealth() {
    const { status, value, error } = this.#health;
    if (status === 'error' && error) {
      return html`<p class="message error" role="alert">${t('error.loadFailed', { reason: errorText(error) })}</p>
        <button type="button" class="secondary" @click=${() => this.#health.run()}>${t('common.retry')}</button>`;
    }
    if (!value) return html`<p role="status">${t('app.loading')}</p>`;
    const { health, checkedAt } = value;
    return html`
      <dl data-testid="health">
        <dt>${t('overview.status')}</dt>
        <dd>${health.status === 'ok' ? t('overview.statusOk') : t('error.unavailable')}</dd>
        <dt>${t('overview.database')}</dt>
        <dd>${t(`db.${health.database}`)}</dd>
        <dt>${t('overview.version')}</dt>
        <dd>${health.version}</dd>
        <dt>${t('overview.checkedAt')}</dt>
        <dd>${formatDate(checkedAt)}</dd>
      </dl>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-overview-page': AtyOverviewPage;
  }
}
