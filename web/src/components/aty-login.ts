import { css, html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { type ApiError, toApiError } from '../api/client.ts';
import { login } from '../auth/session.ts';
import { locale, type MessageKey, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';

/** The sign-in form. On success the session changes and the auth guard leaves for the intended page. */
@customElement('aty-login')
export class AtyLogin extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .card {
        max-width: 26rem;
        margin: 2rem auto;
      }
      input {
        width: 100%;
      }
      button[type='submit'] {
        width: 100%;
        margin-top: 0.5rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  // The error is kept as a message key, not as text, so it follows a language switch.
  @state() private errorKey: MessageKey | undefined;
  @state() private submitting = false;

  @query('#username') private usernameInput!: HTMLInputElement;

  protected override firstUpdated(): void {
    this.usernameInput.focus();
  }

  override render() {
    return html`
      <section class="card" aria-labelledby="login-title">
        <h1 id="login-title">${t('login.title')}</h1>
        <p class="muted">${t('login.intro')}</p>
        <div role="alert" class="message error">${this.errorKey ? t(this.errorKey) : nothing}</div>
        <form @submit=${this.#submit} novalidate>
          <div class="field">
            <label for="username">${t('login.username')}</label>
            <input id="username" name="username" autocomplete="username" required
              autocapitalize="none" spellcheck="false" aria-invalid=${this.errorKey ? 'true' : 'false'} />
          </div>
          <div class="field">
            <label for="password">${t('login.password')}</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required
              aria-invalid=${this.errorKey ? 'true' : 'false'} />
          </div>
          <button type="submit" ?disabled=${this.submitting}>
            ${this.submitting ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </section>
    `;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) {
      this.errorKey = 'login.missing';
      return;
    }
    this.submitting = true;
    this.errorKey = undefined;
    try {
      await login(username, password);
    } catch (error) {
      this.errorKey = errorKeyFor(toApiError(error));
      const field = this.renderRoot.querySelector<HTMLInputElement>('#password');
      if (field) field.value = '';
    } finally {
      this.submitting = false;
    }
  }
}

function errorKeyFor(error: ApiError): MessageKey {
  if (error.code === 'unauthorized') return 'login.badCredentials';
  // The server validates the same two required fields the form checks before sending.
  if (error.code === 'validation_failed') return 'login.missing';
  return `error.${error.code}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-login': AtyLogin;
  }
}
