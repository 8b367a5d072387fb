import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ReportFilters } from '../api/reports.ts';
import { LEVEL_BANDS } from '../charts/levels.ts';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import {
  CRIMES,
  countriesByName,
  crimeName,
  LANGUAGE_CHOICES,
  languageLabel,
  levelName,
  RISK_FACTORS,
  riskFactorName,
} from './report-labels.ts';

export interface FiltersChangeDetail {
  filters: ReportFilters;
}

/**
 * The reports list's filters. Applies on submit (Enter in the search box or the button) and when a select,
 * date or number changes; the page turns the result into the URL, so every view can be shared.
 */
@customElement('aty-report-filters')
export class AtyReportFilters extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      form {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: 0 1rem;
        align-items: start;
      }
      .search {
        grid-column: 1 / -1;
      }
      .search-row {
        display: flex;
        gap: 0.5rem;
      }
      .search-row input {
        flex: 1;
      }
      input,
      select {
        width: 100%;
      }
      .search-row button {
        flex: none;
      }
      .actions {
        grid-column: 1 / -1;
        display: flex;
        gap: 0.5rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The filters in force (from the URL). */
  @property({ attribute: false }) filters: ReportFilters = {};

  override render() {
    const f = this.filters;
    const bands = [...LEVEL_BANDS]
      .reverse()
      .filter((band) => band.from > 0)
      .map((band) => t('reports.filter.band', { level: levelName(band.level), from: band.from }))
      .join(', ');
    return html`<form role="search" aria-label=${t('reports.filter.label')} @submit=${this.#submit}
      @change=${this.#change} novalidate>
      <div class="field search">
        <label for="f-q">${t('reports.filter.q')}</label>
        <div class="search-row">
          <input id="f-q" name="q" type="search" maxlength="200" .value=${live(f.q ?? '')}
            aria-describedby="f-q-help" />
          <button type="submit">${t('reports.filter.search')}</button>
        </div>
        <span class="help" id="f-q-help">${t('reports.filter.qHelp')}</span>
      </div>
      <div class="field">
        <label for="f-country">${t('reports.filter.country')}</label>
        <select id="f-country" name="country">
          <option value="" .selected=${live(!f.country)}>${t('reports.filter.anyCountry')}</option>
          ${countriesByName().map(
            (c) =>
              html`<option value=${c.iso3} .selected=${live(f.country === c.iso3)}>${c.name[locale.value]}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="f-from">${t('reports.filter.from')}</label>
        <input id="f-from" name="from" type="date" .value=${live(f.from ?? '')} />
      </div>
      <div class="field">
        <label for="f-to">${t('reports.filter.to')}</label>
        <input id="f-to" name="to" type="date" .value=${live(f.to ?? '')} />
      </div>
      <div class="field">
        <label for="f-lang">${t('reports.filter.lang')}</label>
        <select id="f-lang" name="lang">
          <option value="" .selected=${live(!f.lang)}>${t('reports.filter.anyLang')}</option>
          ${[...LANGUAGE_CHOICES, 'und'].map(
            (tag) =>
              html`<option value=${tag} .selected=${live(f.lang === tag)}>${languageLabel(tag)}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="f-min">${t('reports.filter.minScore')}</label>
        <input id="f-min" name="minScore" type="number" min="0" max="100" step="1" inputmode="numeric"
          .value=${live(f.minScore === undefined ? '' : String(f.minScore))} aria-describedby="f-min-help" />
        <span class="help" id="f-min-help">${bands}</span>
      </div>
      <div class="field">
        <label for="f-rf">${t('reports.filter.riskFactor')}</label>
        <select id="f-rf" name="riskFactor">
          <option value="" .selected=${live(!f.riskFactor)}>${t('reports.filter.anyRiskFactor')}</option>
          ${RISK_FACTORS.map(
            (code) =>
              html`<option value=${code} .selected=${live(f.riskFactor === code)}>${code} · ${riskFactorName(code)}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="f-crime">${t('reports.filter.crime')}</label>
        <select id="f-crime" name="crime">
          <option value="" .selected=${live(!f.crime)}>${t('reports.filter.anyCrime')}</option>
          ${CRIMES.map((code) => html`<option value=${code} .selected=${live(f.crime === code)}>${crimeName(code)}</option>`)}
        </select>
      </div>
      <div class="actions">
        <button type="button" class="secondary" @click=${this.#clear}>${t('reports.filter.clear')}</button>
      </div>
    </form>`;
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    this.#emit(this.#read(event.target as HTMLFormElement));
  }

  // Typing in the search box waits for Enter or the button; every other control applies at once.
  #change(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'q') return;
    if (target instanceof HTMLInputElement && !target.checkValidity()) return;
    this.#emit(this.#read(target.form!));
  }

  #clear(): void {
    this.#emit({});
  }

  #read(form: HTMLFormElement): ReportFilters {
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    const filters: ReportFilters = {};
    const set = <K extends keyof ReportFilters>(key: K, v: ReportFilters[K] | undefined) => {
      if (v !== undefined) filters[key] = v;
    };
    set('q', value('q'));
    set('country', value('country'));
    set('from', value('from'));
    set('to', value('to'));
    set('lang', value('lang'));
    const min = Number(value('minScore'));
    set('minScore', value('minScore') !== undefined && min > 0 && min <= 100 ? min : undefined);
    set('riskFactor', value('riskFactor'));
    set('crime', value('crime'));
    return filters;
  }

  #emit(filters: ReportFilters): void {
    this.dispatchEvent(
      new CustomEvent<FiltersChangeDetail>('aty-filters-change', {
        detail: { filters },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-report-filters': AtyReportFilters;
  }
  interface HTMLElementEventMap {
    'aty-filters-change': CustomEvent<FiltersChangeDetail>;
  }
}
