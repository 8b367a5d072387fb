import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { User } from '../api/types.ts';
import { type Lang, t } from '../i18n/index.ts';
import { sharedStyles } from '../styles/shared.ts';
import { logoutRequest } from './events.ts';
import './aty-lang-switch.ts';
import './aty-nav.ts';

/** The banner: product name, who is signed in, the language switch, and the navigation once signed in. */
@customElement('aty-header')
export class AtyHeader extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      header {
        background: var(--surface);
        border-bottom: 1px solid var(--border);
      }
      .bar,
      .nav {
        max-width: 72rem;
        margin: 0 auto;
        padding: 0 1.25rem;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.75rem 1.5rem;
        padding-top: 0.75rem;
        padding-bottom: 0.75rem;
      }
      .brand {
        display: flex;
        align-items: baseline;
        gap: 0.75rem;
        color: var(--text);
        text-decoration: none;
      }
      .name {
        font-size: 1.25rem;
        font-weight: 700;
        letter-spacing: 0.02em;
      }
      .tagline {
        color: var(--text-muted);
        font-size: 0.875rem;
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75rem;
      }
      .user {
        color: var(--text-muted);
        font-size: 0.875rem;
      }
      .tools button.secondary {
        padding: 0.3rem 0.75rem;
        font-size: 0.875rem;
      }
      .nav-row {
        border-top: 1px solid var(--border);
      }
      aty-nav {
        /* Line the first link's text up with the product name above it. */
        margin-left: -0.8rem;
      }
    `,
  ];

  /** The signed-in user, or null on the login page. */
  @property({ attribute: false }) user: User | null = null;

  /** The language currently shown. */
  @property() language: Lang = 'en';

  /** The current path, for the navigation's active link. */
  @property() pathname = '/';

  override render() {
    const { user } = this;
    return html`
      <header>
        <div class="bar">
          <a class="brand" href="/">
            <span class="name">${t('app.name')}</span>
            <span class="tagline">${t('app.tagline')}</span>
          </a>
          <div class="tools">
            ${user ? this.#userInfo(user) : nothing}
            <aty-lang-switch .language=${this.language}></aty-lang-switch>
            ${
              user
                ? html`<button type="button" class="secondary" @click=${() => this.dispatchEvent(logoutRequest())}>
                    ${t('shell.signOut')}
                  </button>`
                : nothing
            }
          </div>
        </div>
        ${user ? html`<div class="nav-row"><div class="nav"><aty-nav .pathname=${this.pathname}></aty-nav></div></div>` : nothing}
      </header>
    `;
  }

  #userInfo(user: User) {
    const role = t(`role.${user.role}`);
    return html`<span class="user" data-testid="current-user">${t('shell.userLabel', { username: user.username, role })}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-header': AtyHeader;
  }
}
