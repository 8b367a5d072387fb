import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { type Alert, type AlertAction, assignAlert, changeAlert } from '../api/alerts.ts';
import { toApiError } from '../api/client.ts';
import { listUsers } from '../api/endpoints.ts';
import type { UserRecord } from '../api/types.ts';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { errorText } from './error-text.ts';

export interface AlertUpdatedDetail {
  alert: Alert;
}

// Which lifecycle steps make sense from each status; the server has the last word.
const STEPS: Record<Alert['status'], AlertAction[]> = {
  open: ['acknowledge', 'resolve'],
  acknowledged: ['resolve', 'reopen'],
  resolved: ['reopen'],
};

const USERNAME = /^[A-Za-z0-9._-]{3,64}$/;

/**
 * What an analyst can do with an alert: acknowledge, resolve or reopen it with an optional note, and escalate it
 * to a person. Administrators pick the person from the user list (`GET /api/users` is theirs alone); analysts
 * type the username. Emits `aty-alert-updated` after each change so the page reloads the history.
 */
@customElement('aty-alert-actions')
export class AtyAlertActions extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      textarea {
        font: inherit;
        width: 100%;
        border: 1px solid var(--border-strong);
        border-radius: var(--radius);
        padding: 0.45rem 0.6rem;
        resize: vertical;
      }
      select,
      input {
        width: 100%;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-bottom: 1rem;
      }
      h3 {
        font-size: 1rem;
        margin-top: 1.25rem;
      }
      form + form {
        border-top: 1px solid var(--border);
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The alert acted on. */
  @property({ attribute: false }) alert!: Alert;

  /** Administrators choose the assignee from the list of users. */
  @property({ type: Boolean, attribute: 'is-admin' }) isAdmin = false;

  @state() private busy = false;
  @state() private done: (() => string) | undefined;
  @state() private failure: (() => string) | undefined;
  @state() private assigneeError: (() => string) | undefined;
  @state() private users: UserRecord[] | undefined;

  @query('#action-note') private note!: HTMLTextAreaElement;
  @query('#assignee') private assignee!: HTMLInputElement | HTMLSelectElement;
  @query('#assign-note') private assignNote!: HTMLTextAreaElement;

  #usersRequested = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('isAdmin') && this.isAdmin && !this.#usersRequested) {
      this.#usersRequested = true;
      listUsers().then(
        (list) => (this.users = list.items),
        // Without the list, the admin types the name like an analyst does.
        () => (this.users = undefined),
      );
    }
  }

  override render() {
    const steps = STEPS[this.alert.status];
    return html`
      <form @submit=${(e: Event) => e.preventDefault()} aria-label=${t('alerts.actions.title')}>
        <div class="field">
          <label for="action-note">${t('alerts.actions.note')}</label>
          <textarea id="action-note" rows="2" maxlength="2000" aria-describedby="action-note-help"></textarea>
          <span class="help" id="action-note-help">${t('alerts.actions.noteHelp')}</span>
        </div>
        <div class="buttons">
          ${steps.map(
            (step, i) => html`<button type="button" class=${i === 0 ? '' : 'secondary'} data-action=${step}
              ?disabled=${this.busy} @click=${() => void this.#step(step)}>${t(`alerts.actions.${step}`)}</button>`,
          )}
        </div>
      </form>
      <div role="status" class="message success" data-testid="action-result">${this.done?.()}</div>
      <div role="alert" class="message error">${this.failure?.()}</div>
      <form @submit=${this.#assign} novalidate aria-labelledby="assign-title">
        <h3 id="assign-title">${t('alerts.actions.assignTitle')}</h3>
        <div class="field">
          <label for="assignee">${t('alerts.actions.assignee')}</label>
          ${this.#assigneeControl()}
          <span class="help" id="assignee-help">${t('alerts.actions.assigneeHelp')}</span>
          ${
            this.assigneeError
              ? html`<span class="help message error" id="assignee-error">${this.assigneeError()}</span>`
              : nothing
          }
        </div>
        <div class="field">
          <label for="assign-note">${t('alerts.actions.assignNote')}</label>
          <textarea id="assign-note" rows="2" maxlength="2000"></textarea>
        </div>
        <div class="buttons">
          <button type="submit" ?disabled=${this.busy}>${t('alerts.actions.assign')}</button>
          ${
            this.alert.assignee
              ? html`<button type="button" class="secondary" ?disabled=${this.busy}
                  @click=${() => void this.#sendAssign(null)}>${t('alerts.actions.unassign')}</button>`
              : nothing
          }
        </div>
      </form>
    `;
  }

  #assigneeControl() {
    const describedBy = this.assigneeError ? 'assignee-help assignee-error' : 'assignee-help';
    if (this.isAdmin && this.users) {
      return html`<select id="assignee" name="assignee" aria-describedby=${describedBy}
        aria-invalid=${this.assigneeError ? 'true' : 'false'}>
        <option value="">${t('alerts.actions.chooseUser')}</option>
        ${this.users.map(
          (user) => html`<option value=${user.username} ?selected=${user.username === this.alert.assignee}>
            ${user.username} (${t(`role.${user.role}`)})</option>`,
        )}
      </select>`;
    }
    return html`<input id="assignee" name="assignee" autocomplete="off" maxlength="64"
      aria-describedby=${describedBy} aria-invalid=${this.assigneeError ? 'true' : 'false'}
      .value=${this.alert.assignee ?? ''} />`;
  }

  async #step(step: AlertAction): Promise<void> {
    await this.#run(
      () => changeAlert(this.alert.id, step, this.note.value),
      () => {
        this.note.value = '';
        this.done = () => t(`alerts.actions.done.${step}`);
      },
    );
  }

  async #assign(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const name = this.assignee.value.trim();
    if (!USERNAME.test(name)) {
      this.assigneeError = () => t('alerts.actions.assigneeMissing');
      this.assignee.focus();
      return;
    }
    await this.#sendAssign(name);
  }

  async #sendAssign(name: string | null): Promise<void> {
    await this.#run(
      () => assignAlert(this.alert.id, name, this.assignNote.value),
      () => {
        this.assignNote.value = '';
        this.done = () =>
          name ? t('alerts.actions.assigned', { user: name }) : t('alerts.actions.unassigned');
      },
    );
  }

  async #run(send: () => Promise<Alert>, after: () => void): Promise<void> {
    this.busy = true;
    this.done = undefined;
    this.failure = undefined;
    this.assigneeError = undefined;
    try {
      const alert = await send();
      after();
      this.dispatchEvent(
        new CustomEvent<AlertUpdatedDetail>('aty-alert-updated', {
          detail: { alert },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (caught) {
      const error = toApiError(caught);
      const onAssignee = error.details.find((d) => d.path === 'assignee');
      if (onAssignee) this.assigneeError = () => errorText(error);
      else this.failure = () => errorText(error);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-alert-actions': AtyAlertActions;
  }
  interface HTMLElementEventMap {
    'aty-alert-updated': CustomEvent<AlertUpdatedDetail>;
  }
}
