import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { toApiError } from '../api/client.ts';
import { createToken, listTokens, revokeToken } from '../api/endpoints.ts';
import { Resource } from '../api/resource.ts';
import { type CreatedToken, ROLES, type Role, type TokenRecord } from '../api/types.ts';
import { formatDate, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { errorText } from './error-text.ts';
import { adminChange } from './events.ts';
import './aty-new-token.ts';

/** Admin only: API tokens, with creation (the secret is shown once) and revocation. */
@customElement('aty-token-admin')
export class AtyTokenAdmin extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      td.row-actions {
        white-space: nowrap;
      }
      td.row-actions button + button {
        margin-left: 0.5rem;
      }
      td.row-actions button {
        padding: 0.25rem 0.7rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);
  readonly #tokens = new Resource(this, (signal) => listTokens(signal));

  // Held only in this element's memory: once dismissed or navigated away from, the secret is gone for good.
  @state() private created: CreatedToken | undefined;
  @state() private confirming: string | undefined;
  @state() private success: (() => string) | undefined;
  @state() private listError: (() => string) | undefined;
  @state() private formError: (() => string) | undefined;
  @state() private busy = false;

  override render() {
    return html`
      <section class="card" aria-labelledby="tokens-title">
        <h3 id="tokens-title">${t('tokens.title')}</h3>
        <p class="muted">${t('tokens.intro')}</p>
        ${
          this.created
            ? html`<aty-new-token .token=${this.created} @aty-secret-dismissed=${() => (this.created = undefined)}></aty-new-token>`
            : nothing
        }
        <div role="status" class="message success">${this.success?.()}</div>
        <div role="alert" class="message error">${this.listError?.()}</div>
        ${this.#table()} ${this.#form()}
      </section>
    `;
  }

  #table() {
    const { value, error, status } = this.#tokens;
    if (status === 'error' && error) {
      return html`<p class="message error">${t('error.loadFailed', { reason: errorText(error) })}</p>`;
    }
    if (!value) return html`<p role="status">${t('app.loading')}</p>`;
    if (value.items.length === 0) return html`<p class="muted">${t('tokens.none')}</p>`;
    return html`<div class="table-wrap">
      <table data-testid="tokens-table">
        <thead>
          <tr>
            <th scope="col">${t('tokens.name')}</th>
            <th scope="col">${t('tokens.role')}</th>
            <th scope="col">${t('tokens.createdBy')}</th>
            <th scope="col">${t('tokens.createdAt')}</th>
            <th scope="col">${t('tokens.lastUsed')}</th>
            <th scope="col">${t('tokens.status')}</th>
            <th scope="col"><span class="visually-hidden">${t('tokens.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${value.items.map((token) => this.#row(token))}
        </tbody>
      </table>
    </div>`;
  }

  #row(token: TokenRecord) {
    return html`<tr>
      <th scope="row">${token.name}</th>
      <td>${t(`role.${token.role}`)}</td>
      <td>${token.createdBy}</td>
      <td>${formatDate(token.createdAt)}</td>
      <td>${token.lastUsedAt ? formatDate(token.lastUsedAt) : t('tokens.never')}</td>
      <td>${token.revokedAt ? t('tokens.revokedAt', { date: formatDate(token.revokedAt) }) : t('tokens.active')}</td>
      <td class="row-actions">${token.revokedAt ? nothing : this.#revokeControls(token)}</td>
    </tr>`;
  }

  // Revoking breaks whatever uses the token, so it takes a second, explicit click.
  #revokeControls(token: TokenRecord) {
    if (this.confirming !== token.id) {
      return html`<button type="button" class="danger" aria-label=${t('tokens.revokeNamed', { name: token.name })}
        ?disabled=${this.busy} @click=${() => (this.confirming = token.id)}>${t('tokens.revoke')}</button>`;
    }
    return html`<button type="button" class="danger" ?disabled=${this.busy} @click=${() => this.#revoke(token)}>
        ${t('tokens.confirmRevoke')}</button><button type="button" class="secondary"
        @click=${() => (this.confirming = undefined)}>${t('common.cancel')}</button>`;
  }

  #form() {
    return html`<form class="form-grid" @submit=${this.#create} novalidate aria-labelledby="add-token-title">
      <h3 id="add-token-title">${t('tokens.addTitle')}</h3>
      <div role="alert" class="message error">${this.formError?.()}</div>
      <div class="field">
        <label for="token-name">${t('tokens.name')}</label>
        <input id="token-name" name="name" autocomplete="off" required maxlength="100"
          aria-describedby="token-name-help" />
        <span class="help" id="token-name-help">${t('tokens.nameHelp')}</span>
      </div>
      <div class="field">
        <label for="token-role">${t('tokens.role')}</label>
        <select id="token-role" name="role">
          ${ROLES.map((role) => html`<option value=${role}>${t(`role.${role}`)}</option>`)}
        </select>
      </div>
      <div class="actions"><button type="submit" ?disabled=${this.busy}>${t('tokens.add')}</button></div>
    </form>`;
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const role = String(data.get('role')) as Role;
    this.#clearMessages();
    if (!name) {
      this.formError = () => t('tokens.nameMissing');
      return;
    }
    await this.#act(
      async () => {
        this.created = await createToken({ name, role });
        form.reset();
      },
      (error) => (this.formError = () => errorText(error)),
    );
  }

  async #revoke(token: TokenRecord): Promise<void> {
    this.#clearMessages();
    await this.#act(
      async () => {
        await revokeToken(token.id);
        this.confirming = undefined;
        this.success = () => t('tokens.revoked', { name: token.name });
      },
      (error) => (this.listError = () => errorText(error)),
    );
  }

  async #act(
    change: () => Promise<void>,
    onError: (error: ReturnType<typeof toApiError>) => void,
  ): Promise<void> {
    this.busy = true;
    try {
      await change();
      void this.#tokens.run();
      this.dispatchEvent(adminChange());
    } catch (caught) {
      onError(toApiError(caught));
    } finally {
      this.busy = false;
    }
  }

  #clearMessages(): void {
    this.success = undefined;
    this.listError = undefined;
    this.formError = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-token-admin': AtyTokenAdmin;
  }
}
