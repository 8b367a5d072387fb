import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { locale, type MessageKey, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { EMPTY_METADATA, type FieldErrors, type FieldName, type IngestMetadata } from './ingest-fields.ts';
import {
  countriesByName,
  INFORMATION_GRADES,
  LANGUAGE_CHOICES,
  languageLabel,
  SOURCE_GRADES,
} from './report-labels.ts';

export interface MetadataChangeDetail {
  value: IngestMetadata;
}

/**
 * The metadata fields of a report (country, date, title, language, period, source, tags, external id),
 * shared by the paste and the file forms. Controls inside a shadow root do not join the outer <form>, so
 * the value is a property, announced with `aty-metadata-change`; errors come in by field.
 */
@customElement('aty-ingest-metadata')
export class AtyIngestMetadata extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: 0 1rem;
        align-items: start;
      }
      .wide {
        grid-column: 1 / -1;
      }
      input,
      select {
        width: 100%;
      }
      fieldset {
        border: 1px solid var(--border);
        border-radius: var(--radius);
        margin: 0 0 1rem;
        padding: 0.5rem 1rem 0;
      }
      legend {
        font-weight: 600;
        padding: 0 0.25rem;
      }
      .field-error {
        display: block;
        color: var(--danger);
        font-size: 0.875rem;
        margin-top: 0.25rem;
      }
      .required {
        color: var(--danger);
      }
      select[aria-invalid='true'] {
        border-color: var(--danger);
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** Field errors to show (from the form's own checks or from the server's 400). */
  @property({ attribute: false }) errors: FieldErrors = new Map();

  /** Disables every control while the form is sending. */
  @property({ type: Boolean }) disabled = false;

  @state() private value: IngestMetadata = { ...EMPTY_METADATA };

  /** The current metadata. */
  read(): IngestMetadata {
    return { ...this.value };
  }

  reset(): void {
    this.value = { ...EMPTY_METADATA };
    this.#announce();
  }

  /** Moves focus to the first field with an error, so a keyboard user lands where the fix is. */
  async focusFirstError(): Promise<boolean> {
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
    return field !== null;
  }

  override render() {
    const v = this.value;
    return html`<div class="grid" @input=${this.#input} @change=${this.#input}>
      <div class="field">
        <label for="country">${t('ingest.field.country')} <span class="required" aria-hidden="true">*</span></label>
        <select id="country" name="country" required ?disabled=${this.disabled}
          aria-invalid=${this.errors.has('country') ? 'true' : 'false'} aria-describedby="country-error">
          <option value="" .selected=${live(v.country === '')}>${t('ingest.field.countryChoose')}</option>
          ${countriesByName().map(
            (c) =>
              html`<option value=${c.iso3} .selected=${live(v.country === c.iso3)}>${c.name[locale.value]}</option>`,
          )}
        </select>
        ${this.#error('country')}
      </div>
      <div class="field">
        <label for="date">${t('ingest.field.date')} <span class="required" aria-hidden="true">*</span></label>
        ${this.#input_('date', 'date', { required: true })}
        ${this.#error('date')}
      </div>
      <div class="field">
        <label for="lang">${t('ingest.field.lang')}</label>
        <select id="lang" name="lang" ?disabled=${this.disabled} aria-describedby="lang-help lang-error"
          aria-invalid=${this.errors.has('lang') ? 'true' : 'false'}>
          <option value="" .selected=${live(v.lang === '')}>${t('ingest.field.langAuto')}</option>
          ${LANGUAGE_CHOICES.map((tag) => html`<option value=${tag} .selected=${live(v.lang === tag)}>${languageLabel(tag)}</option>`)}
        </select>
        <span class="help" id="lang-help">${t('ingest.field.langHelp')}</span>
        ${this.#error('lang')}
      </div>
      <div class="field wide">
        <label for="title">${t('ingest.field.title')}</label>
        ${this.#input_('title', 'text', { maxlength: 500 })}
        ${this.#error('title')}
      </div>
      <div class="field">
        <label for="periodFrom">${t('ingest.field.periodFrom')}</label>
        ${this.#input_('periodFrom', 'date', { help: 'ingest.field.periodHelp' })}
        ${this.#error('periodFrom')}
      </div>
      <div class="field">
        <label for="periodTo">${t('ingest.field.periodTo')}</label>
        ${this.#input_('periodTo', 'date', { help: 'ingest.field.periodHelp' })}
        ${this.#error('periodTo')}
      </div>
      <div class="field">
        <label for="externalId">${t('ingest.field.externalId')}</label>
        ${this.#input_('externalId', 'text', { maxlength: 200, help: 'ingest.field.externalIdHelp' })}
        ${this.#error('externalId')}
      </div>
      <fieldset class="wide">
        <legend>${t('ingest.field.source')}</legend>
        <div class="grid">
          <div class="field">
            <label for="sourceName">${t('ingest.field.sourceName')}</label>
            ${this.#input_('sourceName', 'text', { maxlength: 300 })}
            ${this.#error('sourceName')}
          </div>
          <div class="field">
            <label for="sourceUrl">${t('ingest.field.sourceUrl')}</label>
            ${this.#input_('sourceUrl', 'url', { maxlength: 2000, help: 'ingest.field.sourceUrlHelp' })}
            ${this.#error('sourceUrl')}
          </div>
          <div class="field">
            <label for="sourceGrade">${t('ingest.field.sourceGrade')}</label>
            <select id="sourceGrade" name="sourceGrade" ?disabled=${this.disabled}
              aria-invalid=${this.errors.has('reliability') ? 'true' : 'false'} aria-describedby="reliability-help reliability-error">
              <option value="" .selected=${live(v.sourceGrade === '')}>${t('ingest.field.gradeNone')}</option>
              ${SOURCE_GRADES.map((g) => html`<option value=${g} .selected=${live(v.sourceGrade === g)}>${g}: ${t(`reports.sourceGrade.${g}`)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="infoGrade">${t('ingest.field.infoGrade')}</label>
            <select id="infoGrade" name="infoGrade" ?disabled=${this.disabled}
              aria-invalid=${this.errors.has('reliability') ? 'true' : 'false'} aria-describedby="reliability-help reliability-error">
              <option value="" .selected=${live(v.infoGrade === '')}>${t('ingest.field.gradeNone')}</option>
              ${INFORMATION_GRADES.map((g) => html`<option value=${g} .selected=${live(v.infoGrade === g)}>${g}: ${t(`reports.informationGrade.${g}`)}</option>`)}
            </select>
          </div>
          <p class="help wide" id="reliability-help">${t('ingest.field.gradeHelp')}</p>
          <div class="wide">${this.#error('reliability')}</div>
        </div>
      </fieldset>
      <div class="field wide">
        <label for="tags">${t('ingest.field.tags')}</label>
        ${this.#input_('tags', 'text', { help: 'ingest.field.tagsHelp' })}
        ${this.#error('tags')}
      </div>
    </div>`;
  }

  #input_(
    name: keyof IngestMetadata & FieldName,
    type: string,
    options: { required?: boolean; maxlength?: number; help?: MessageKey } = {},
  ) {
    const describedBy = [options.help ? `${name}-help` : '', `${name}-error`].filter(Boolean).join(' ');
    return html`<input id=${name} name=${name} type=${type} ?required=${options.required ?? false}
        maxlength=${options.maxlength ?? nothing} ?disabled=${this.disabled} .value=${live(this.value[name])}
        aria-invalid=${this.errors.has(name) ? 'true' : 'false'} aria-describedby=${describedBy} />
      ${options.help ? html`<span class="help" id=${`${name}-help`}>${t(options.help)}</span>` : nothing}`;
  }

  #error(field: FieldName) {
    const message = this.errors.get(field);
    return html`<span class="field-error" id=${`${field}-error`}>${message ?? nothing}</span>`;
  }

  #input(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const name = target.name as keyof IngestMetadata;
    if (!(name in this.value) || this.value[name] === target.value) return;
    this.value = { ...this.value, [name]: target.value };
    this.#announce();
  }

  #announce(): void {
    this.dispatchEvent(
      new CustomEvent<MetadataChangeDetail>('aty-metadata-change', {
        detail: { value: this.read() },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-ingest-metadata': AtyIngestMetadata;
  }
  interface HTMLElementEventMap {
    'aty-metadata-change': CustomEvent<MetadataChangeDetail>;
  }
}
