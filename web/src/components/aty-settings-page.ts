import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { hasRole, type User } from '../api/types.ts';
import { LANGS, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { languageChange, logoutRequest } from './events.ts';
import './aty-audit-log.ts';
import './aty-token-admin.ts';
import './aty-user-admin.ts';

/** Language, the signed-in account and, for administrators, users, API tokens and the audit log. */
@customElement('aty-settings-page')
export class AtySettingsPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      fieldset {
        border: none;
        margin: 0;
        padding: 0;
      }
      legend {
        padding: 0;
        margin-bottom: 0.5rem;
      }
      .choice {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        margin-right: 1.5rem;
        font-weight: 400;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.4rem 1.5rem;
        margin: 0 0 1rem;
      }
      dt {
        font-weight: 600;
        color: var(--text-muted);
      }
      dd {
        margin: 0;
      }
      .admin-title {
        margin-top: 2rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The signed-in user. */
  @property({ attribute: false }) user!: User;

  // Bumped when users or tokens change, so the audit log shows the change without a manual reload.
  @state() private auditRevision = 0;

  override render() {
    const isAdmin = hasRole(this.user.role, 'admin');
    return html`
      <h1>${t('settings.title')}</h1>
      <section class="card" aria-labelledby="language">
        <fieldset>
          <legend><h2 id="language">${t('settings.language')}</h2></legend>
          ${LANGS.map(
            (lang) => html`<label class="choice" lang=${lang}>
              <input type="radio" name="lang" value=${lang} .checked=${locale.value === lang}
                @change=${() => this.dispatchEvent(languageChange(lang))} />
              ${t(`lang.${lang}`)}
            </label>`,
          )}
          <span class="help">${t('settings.languageHelp')}</span>
        </fieldset>
      </section>
      <section class="card" aria-labelledby="account">
        <h2 id="account">${t('settings.account')}</h2>
        <dl>
          <dt>${t('settings.username')}</dt>
          <dd data-testid="account-username">${this.user.username}</dd>
          <dt>${t('settings.role')}</dt>
          <dd data-testid="account-role">${t(`role.${this.user.role}`)}</dd>
        </dl>
        <button type="button" class="secondary" @click=${() => this.dispatchEvent(logoutRequest())}>
          ${t('shell.signOut')}
        </button>
      </section>
      ${isAdmin ? this.#adminSections() : nothing}
    `;
  }

  #adminSections() {
    return html`
      <h2 class="admin-title">${t('settings.admin')}</h2>
      <div @aty-admin-change=${() => this.auditRevision++}>
        <aty-user-admin .currentUser=${this.user.username}></aty-user-admin>
        <aty-token-admin></aty-token-admin>
      </div>
      <aty-audit-log .revision=${this.auditRevision}></aty-audit-log>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-settings-page': AtySettingsPage;
  }
}
