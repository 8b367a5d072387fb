import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ALERT_STATUSES, type AlertFilters } from '../api/alerts.ts';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { statusLabel } from './alert-labels.ts';
import { countriesByName } from './report-labels.ts';

export interface AlertFiltersChangeDetail {
  filters: AlertFilters;
}

/** The inbox's filters (status, country). They apply as soon as they change; the page puts them in the URL. */
@customElement('aty-alert-filters')
export class AtyAlertFilters extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
        align-items: end;
      }
      .field {
        flex: 1 1 14rem;
      }
      select {
        width: 100%;
      }
      .actions {
        margin-bottom: 1rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The filters in force (from the URL). */
  @property({ attribute: false }) filters: AlertFilters = {};

  override render() {
    const f = this.filters;
    return html`<form role="search" aria-label=${t('alerts.filter.label')} @change=${this.#change}
      @submit=${(event: Event) => event.preventDefault()}>
      <div class="field">
        <label for="alert-status">${t('alerts.filter.status')}</label>
        <select id="alert-status" name="status">
          <option value="" .selected=${live(!f.status)}>${t('alerts.filter.anyStatus')}</option>
          ${ALERT_STATUSES.map(
            (status) =>
              html`<option value=${status} .selected=${live(f.status === status)}>${statusLabel(status)}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="alert-country">${t('alerts.filter.country')}</label>
        <select id="alert-country" name="country">
          <option value="" .selected=${live(!f.country)}>${t('alerts.filter.anyCountry')}</option>
          ${countriesByName().map(
            (c) =>
              html`<option value=${c.iso3} .selected=${live(f.country === c.iso3)}>${c.name[locale.value]}</option>`,
          )}
        </select>
      </div>
      <div class="actions">
        <button type="button" class="secondary" ?disabled=${!f.status && !f.country}
          @click=${() => this.#emit({})}>${t('alerts.filter.clear')}</button>
      </div>
    </form>`;
  }

  #change(event: Event): void {
    const form = (event.target as HTMLSelectElement).form!;
    const data = new FormData(form);
    const filters: AlertFilters = {};
    const status = ALERT_STATUSES.find((s) => s === data.get('status'));
    if (status) filters.status = status;
    const country = String(data.get('country') ?? '');
    if (country) filters.country = country;
    this.#emit(filters);
  }

  #emit(filters: AlertFilters): void {
    this.dispatchEvent(
      new CustomEvent<AlertFiltersChangeDetail>('aty-alert-filters-change', {
        detail: { filters },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-alert-filters': AtyAlertFilters;
  }
  interface HTMLElementEventMap {
    'aty-alert-filters-change': CustomEvent<AlertFiltersChangeDetail>;
  }
}
