import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { toApiError } from '../api/client.ts';
import { changeUserRole, createUser, listUsers } from '../api/endpoints.ts';
import { Resource } from '../api/resource.ts';
import { ROLES, type Role, type UserRecord } from '../api/types.ts';
import { formatDate, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { errorText } from './error-text.ts';
import { adminChange } from './events.ts';

// Mirrors the server's rules so the common mistakes are explained before a round trip.
const USERNAME = /^[a-zA-Z0-9._-]{3,64}$/;
const MIN_PASSWORD = 12;

/** Admin only: the list of users, their roles, and a form to add one. */
@customElement('aty-user-admin')
export class AtyUserAdmin extends LitElement {
  static override styles = sharedStyles;

  protected readonly i18n = new StoreController(this, locale);
  readonly #users = new Resource(this, (signal) => listUsers(signal));

  /** Username of the signed-in admin, whose own role cannot be changed here. */
  @property() currentUser = '';

  // Messages are kept as functions so they are re-translated when the language changes.
  @state() private success: (() => string) | undefined;
  @state() private roleError: (() => string) | undefined;
  @state() private formError: (() => string) | undefined;
  @state() private busy = false;

  override render() {
    return html`
      <section class="card" aria-labelledby="users-title">
        <h3 id="users-title">${t('users.title')}</h3>
        <div role="status" class="message success">${this.success?.()}</div>
        <div role="alert" class="message error">${this.roleError?.()}</div>
        ${this.#table()} ${this.#form()}
      </section>
    `;
  }

  #table() {
    const { value, error, status } = this.#users;
    if (status === 'error' && error) {
      return html`<p class="message error">${t('error.loadFailed', { reason: errorText(error) })}</p>`;
    }
    if (!value) return html`<p role="status">${t('app.loading')}</p>`;
    return html`<div class="table-wrap">
      <table data-testid="users-table">
        <thead>
          <tr>
            <th scope="col">${t('users.username')}</th>
            <th scope="col">${t('users.role')}</th>
            <th scope="col">${t('users.createdAt')}</th>
          </tr>
        </thead>
        <tbody>
          ${value.items.map((user) => this.#row(user))}
        </tbody>
      </table>
    </div>`;
  }

  #row(user: UserRecord) {
    const own = user.username === this.currentUser;
    const selectId = `role-${user.username}`;
    return html`<tr>
      <th scope="row">${user.username} ${own ? html`<span class="muted">${t('users.you')}</span>` : nothing}</th>
      <td>
        <label class="visually-hidden" for=${selectId}>${t('users.roleFor', { username: user.username })}</label>
        <select id=${selectId} ?disabled=${own || this.busy} title=${own ? t('users.ownRole') : nothing}
          @change=${(event: Event) => this.#changeRole(user, event.target as HTMLSelectElement)}>
          ${ROLES.map((role) => html`<option value=${role} ?selected=${role === user.role}>${t(`role.${role}`)}</option>`)}
        </select>
      </td>
      <td>${formatDate(user.createdAt)}</td>
    </tr>`;
  }

  #form() {
    return html`<form class="form-grid" @submit=${this.#create} novalidate aria-labelledby="add-user-title">
      <h3 id="add-user-title">${t('users.addTitle')}</h3>
      <div role="alert" class="message error">${this.formError?.()}</div>
      <div class="field">
        <label for="new-username">${t('users.username')}</label>
        <input id="new-username" name="username" autocomplete="off" autocapitalize="none" spellcheck="false"
          required aria-describedby="new-username-help" />
        <span class="help" id="new-username-help">${t('users.usernameHelp')}</span>
      </div>
      <div class="field">
        <label for="new-password">${t('users.password')}</label>
        <input id="new-password" name="password" type="password" autocomplete="new-password" required
          minlength=${MIN_PASSWORD} aria-describedby="new-password-help" />
        <span class="help" id="new-password-help">${t('users.passwordHelp')}</span>
      </div>
      <div class="field">
        <label for="new-role">${t('users.role')}</label>
        <select id="new-role" name="role">
          ${ROLES.map((role) => html`<option value=${role}>${t(`role.${role}`)}</option>`)}
        </select>
      </div>
      <div class="actions"><button type="submit" ?disabled=${this.busy}>${t('users.add')}</button></div>
    </form>`;
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const username = String(data.get('username') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const role = String(data.get('role')) as Role;
    this.#clearMessages();
    if (!USERNAME.test(username)) this.formError = () => t('users.badUsername');
    else if (password.length < MIN_PASSWORD) this.formError = () => t('users.shortPassword');
    if (this.formError) return;
    try {
      this.busy = true;
      const created = await createUser({ username, password, role });
      form.reset();
      this.success = () => t('users.added', { username: created.username, role: t(`role.${created.role}`) });
      this.#changed();
    } catch (caught) {
      const error = toApiError(caught);
      this.formError =
        error.code === 'conflict' ? () => t('users.exists', { username }) : () => errorText(error);
    } finally {
      this.busy = false;
    }
  }

  async #changeRole(user: UserRecord, select: HTMLSelectElement): Promise<void> {
    this.#clearMessages();
    try {
      this.busy = true;
      const updated = await changeUserRole(user.username, select.value as Role);
      this.success = () =>
        t('users.roleChanged', { username: updated.username, role: t(`role.${updated.role}`) });
      this.#changed();
    } catch (caught) {
      // Show the role the server still has, not the one the admin picked.
      select.value = user.role;
      const error = toApiError(caught);
      this.roleError = () => errorText(error);
    } finally {
      this.busy = false;
    }
  }

  #changed(): void {
    void this.#users.run();
    this.dispatchEvent(adminChange());
  }

  #clearMessages(): void {
    this.success = undefined;
    this.roleError = undefined;
    this.formError = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-user-admin': AtyUserAdmin;
  }
}
