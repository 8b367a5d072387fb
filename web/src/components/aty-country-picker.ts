import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { findCountry } from '../../../indicators/countries.ts';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';

/** A country that can be chosen, with its name in both languages. */
export interface CountryOption {
  iso3: string;
  name: { en: string; es: string };
}

export interface CountriesChangeDetail {
  countries: string[];
}

export function countriesChange(countries: string[]): CustomEvent<CountriesChangeDetail> {
  return new CustomEvent('aty-countries-change', { detail: { countries }, bubbles: true, composed: true });
}

/**
 * Chooses the countries to compare: the chosen ones as a list with a Remove button each, and a native select
 * (names in the UI language, in its alphabetical order) with an Add button. A select with a button, rather
 * than adding on `change`, because arrowing through a closed select fires `change` on every step in some
 * browsers, which would add every country passed over.
 */
@customElement('aty-country-picker')
export class AtyCountryPicker extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      fieldset {
        border: 0;
        padding: 0;
        margin: 0;
      }
      legend {
        font-weight: 600;
        margin-bottom: 0.5rem;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0 0 1rem;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        border: 1px solid var(--border-strong);
        border-radius: 999px;
        padding: 0.15rem 0.3rem 0.15rem 0.8rem;
      }
      li button {
        padding: 0.15rem 0.6rem;
        font-size: 0.85rem;
      }
      .add {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The chosen countries (ISO3), in order: the order of the lines on the chart. */
  @property({ attribute: false }) selected: string[] = [];

  /** The countries that can be added (those with reports). */
  @property({ attribute: false }) options: CountryOption[] = [];

  /** At most this many countries. */
  @property({ type: Number }) max = 5;

  @query('select') private select!: HTMLSelectElement;

  override render() {
    const lang = locale.value;
    const chosen = new Set(this.selected);
    const collator = new Intl.Collator(lang);
    const available = this.options
      .filter((o) => !chosen.has(o.iso3))
      .sort((a, b) => collator.compare(a.name[lang], b.name[lang]));
    const full = this.selected.length >= this.max;
    return html`<fieldset>
      <legend>${t('compare.picker.legend', { max: this.max })}</legend>
      ${
        this.selected.length
          ? html`<ul data-testid="chosen-countries">
              ${this.selected.map((iso3) => {
                const name = this.#name(iso3);
                return html`<li data-iso3=${iso3}>
                  ${name}
                  <button
                    type="button"
                    class="secondary"
                    aria-label=${t('compare.picker.removeNamed', { name })}
                    @click=${() => this.#remove(iso3)}
                  >
                    ${t('compare.picker.remove')}
                  </button>
                </li>`;
              })}
            </ul>`
          : nothing
      }
      <div class="add">
        <div>
          <label for="add-country">${t('compare.picker.add')}</label>
          <select id="add-country" ?disabled=${full || available.length === 0}>
            <option value="">${t('compare.picker.choose')}</option>
            ${available.map((o) => html`<option value=${o.iso3}>${o.name[lang]}</option>`)}
          </select>
        </div>
        <button type="button" class="secondary" ?disabled=${full} @click=${this.#add}>
          ${t('compare.picker.addButton')}
        </button>
      </div>
      <p class="help" aria-live="polite">
        ${full ? t('compare.picker.full', { max: this.max }) : this.selected.length < 2 ? t('compare.picker.needTwo') : ''}
      </p>
    </fieldset>`;
  }

  #name(iso3: string): string {
    const lang = locale.value;
    return this.options.find((o) => o.iso3 === iso3)?.name[lang] ?? findCountry(iso3)?.name[lang] ?? iso3;
  }

  #add(): void {
    const iso3 = this.select.value;
    if (!iso3 || this.selected.includes(iso3) || this.selected.length >= this.max) return;
    this.dispatchEvent(countriesChange([...this.selected, iso3]));
    this.select.value = '';
  }

  #remove(iso3: string): void {
    this.dispatchEvent(countriesChange(this.selected.filter((c) => c !== iso3)));
    // The button just pressed disappears with its country: keep the keyboard user in the picker.
    void this.updateComplete.then(() => this.select.focus());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-country-picker': AtyCountryPicker;
  }
  interface HTMLElementEventMap {
    'aty-countries-change': CustomEvent<CountriesChangeDetail>;
  }
}
