import { Task, TaskStatus } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { allCountries } from '../../../indicators/countries.ts';
import {
  addProtectedName,
  listProtectedNames,
  type ProtectedName,
  removeProtectedName,
} from '../api/briefings.ts';
import { ApiError } from '../api/client.ts';
import { hasRole, type User } from '../api/types.ts';
import { formatDate, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-briefing-dialog.ts';

/**
 * The briefings page: pick a country (names in the UI language), then the same choices as the country page's
 * Briefing dialog. Analysts also manage the protected names here: the witnesses and monitors briefings withhold.
 */
@customElement('aty-briefings-page')
export class AtyBriefingsPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      section {
        margin-top: 2rem;
      }
      .names-form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: end;
      }
      label {
        display: grid;
        gap: 0.25rem;
        font-size: 0.875rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The signed-in user: analysts see and edit the protected names. */
  @property({ attribute: false }) user: User | null = null;

  @state() private iso3 = '';
  @state() private message = '';
  @state() private names: ProtectedName[] = [];

  private get isAnalyst(): boolean {
    return this.user !== null && hasRole(this.user.role, 'analyst');
  }

  private readonly namesTask = new Task(this, {
    task: async ([analyst], { signal }) => {
      if (!analyst) return;
      this.names = (await listProtectedNames(signal)).items;
    },
    args: () => [this.isAnalyst] as const,
  });

  override render() {
    const lang = locale.value;
    const collator = new Intl.Collator(lang);
    const countries = [...allCountries()].sort((a, b) => collator.compare(a.name[lang], b.name[lang]));
    return html`
      <h1>${t('page.briefings.title')}</h1>
      <p>${t('briefings.intro')}</p>
      <label>${t('briefings.country')}
        <select name="country" @change=${(e: Event) => (this.iso3 = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.iso3}>${t('briefings.chooseCountry')}</option>
          ${countries.map((c) => html`<option value=${c.iso3} ?selected=${c.iso3 === this.iso3}>${c.name[lang]}</option>`)}
        </select>
      </label>
      <aty-briefing-dialog .iso3=${this.iso3}></aty-briefing-dialog>
      ${this.isAnalyst ? this.renderNames() : nothing}
    `;
  }

  private renderNames() {
    return html`<section aria-labelledby="names-title">
      <h2 id="names-title">${t('briefings.names.title')}</h2>
      <p>${t('briefings.names.intro')}</p>
      <form class="names-form" @submit=${this.add}>
        <label>${t('briefings.names.name')}<input name="name" required minlength="2" maxlength="200" autocomplete="off" /></label>
        <label>${t('briefings.names.note')}<input name="note" maxlength="500" autocomplete="off" /></label>
        <button type="submit">${t('briefings.names.add')}</button>
      </form>
      <p role="status" data-testid="names-status">${this.message}</p>
      ${
        this.names.length
          ? html`<table>
            <caption>${t('briefings.names.caption')}</caption>
            <thead><tr>
              <th scope="col">${t('briefings.names.name')}</th><th scope="col">${t('briefings.names.addedBy')}</th>
              <th scope="col">${t('briefings.names.actions')}</th>
            </tr></thead>
            <tbody>${this.names.map(
              (n) => html`<tr>
                <td>${n.name}${n.note ? html`<br /><small>${n.note}</small>` : nothing}</td>
                <td>${n.createdBy}, ${formatDate(n.createdAt, { dateStyle: 'medium' })}</td>
                <td><button type="button" aria-label=${t('briefings.names.remove', { name: n.name })}
                  @click=${() => this.removeName(n)}>×</button></td>
              </tr>`,
            )}</tbody>
          </table>`
          : html`<p>${this.namesTask.status === TaskStatus.COMPLETE ? t('briefings.names.none') : ''}</p>`
      }
    </section>`;
  }

  private async add(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const note = String(data.get('note') ?? '').trim();
    try {
      const created = await addProtectedName(name, note || undefined);
      this.names = [...this.names, created];
      this.message = t('briefings.names.added', { name: created.name });
      form.reset();
    } catch (error) {
      this.message = this.errorText(error);
    }
  }

  private async removeName(name: ProtectedName) {
    try {
      await removeProtectedName(name.id);
      this.names = this.names.filter((n) => n.id !== name.id);
      this.message = t('briefings.names.removed', { name: name.name });
    } catch (error) {
      this.message = this.errorText(error);
    }
  }

  private errorText(error: unknown): string {
    if (error instanceof ApiError && error.code === 'conflict') return t('briefings.names.duplicate');
    return t('briefings.error', { message: error instanceof Error ? error.message : String(error) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-briefings-page': AtyBriefingsPage;
  }
}
