import { css, html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { toApiError } from '../api/client.ts';
import { createReport, type IngestResult } from '../api/reports.ts';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { AtyIngestMetadata, MetadataChangeDetail } from './aty-ingest-metadata.ts';
import './aty-ingest-metadata.ts';
import './aty-ingest-result.ts';
import './aty-score-preview.ts';
import { errorText } from './error-text.ts';
import {
  checkMetadata,
  EMPTY_METADATA,
  type FieldName,
  type IngestMetadata,
  serverFieldErrors,
  toReportInput,
} from './ingest-fields.ts';

/**
 * Paste one report: its metadata and text, a live preview scored in the browser, then `POST /api/reports`.
 * The form stays filled after saving, so saving again shows the duplicate check at work.
 */
@customElement('aty-ingest-paste')
export class AtyIngestPaste extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        gap: 1.5rem;
        align-items: start;
      }
      @media (max-width: 64rem) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
      textarea {
        width: 100%;
        min-height: 14rem;
        font: inherit;
        color: var(--text);
        background: var(--surface);
        border: 1px solid var(--border-strong);
        border-radius: var(--radius);
        padding: 0.5rem 0.6rem;
        resize: vertical;
      }
      textarea[aria-invalid='true'] {
        border-color: var(--danger);
      }
      .required {
        color: var(--danger);
      }
      .field-error {
        display: block;
        color: var(--danger);
        font-size: 0.875rem;
        margin-top: 0.25rem;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        margin-bottom: 1rem;
      }
      .preview {
        border-inline-start: 3px solid var(--border);
        padding-inline-start: 1.25rem;
      }
      ul {
        margin: 0.25rem 0 0;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  @state() private metadata: IngestMetadata = { ...EMPTY_METADATA };
  @state() private text = '';
  @state() private busy = false;
  @state() private errors = new Map<FieldName, () => string>();
  @state() private summary: (() => string) | undefined;
  @state() private otherErrors: string[] = [];
  @state() private result: IngestResult | undefined;

  @query('aty-ingest-metadata') private fields!: AtyIngestMetadata;
  @query('textarea') private textarea!: HTMLTextAreaElement;

  override render() {
    const fieldErrors = new Map([...this.errors].map(([field, message]) => [field, message()]));
    return html`<div class="layout">
      <form novalidate @submit=${this.#submit} aria-labelledby="paste-title" data-testid="paste-form">
        <h3 id="paste-title" class="visually-hidden">${t('ingest.paste.title')}</h3>
        <aty-ingest-metadata .errors=${fieldErrors} ?disabled=${this.busy}
          @aty-metadata-change=${(e: CustomEvent<MetadataChangeDetail>) => {
            this.metadata = e.detail.value;
          }}></aty-ingest-metadata>
        <div class="field">
          <label for="text">${t('ingest.field.text')} <span class="required" aria-hidden="true">*</span></label>
          <textarea id="text" name="text" required ?disabled=${this.busy} .value=${live(this.text)}
            aria-invalid=${this.errors.has('text') ? 'true' : 'false'} aria-describedby="text-help text-error"
            @input=${(e: InputEvent) => {
              this.text = (e.target as HTMLTextAreaElement).value;
            }}></textarea>
          <span class="help" id="text-help">${t('ingest.field.textHelp')}</span>
          <span class="field-error" id="text-error">${fieldErrors.get('text') ?? nothing}</span>
        </div>
        <div role="alert" class="message error" data-testid="paste-errors">${
          this.summary
            ? html`${this.summary()}${
                this.otherErrors.length
                  ? html`<ul>${this.otherErrors.map((e) => html`<li>${e}</li>`)}</ul>`
                  : nothing
              }`
            : nothing
        }</div>
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${this.busy ? t('ingest.saving') : t('ingest.paste.save')}</button>
          <button type="button" class="secondary" ?disabled=${this.busy} @click=${this.#clear}>${t('ingest.clear')}</button>
        </div>
        <div role="status"><aty-ingest-result .result=${this.result}></aty-ingest-result></div>
      </form>
      <section class="preview" aria-labelledby="preview-title">
        <h3 id="preview-title">${t('ingest.preview.title')}</h3>
        <p class="help">${t('ingest.preview.help')}</p>
        <aty-score-preview .text=${this.text} .language=${this.metadata.lang} .date=${this.metadata.date}></aty-score-preview>
      </section>
    </div>`;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const metadata = this.fields.read();
    this.result = undefined;
    this.otherErrors = [];
    const local = checkMetadata(metadata);
    const errors = new Map<FieldName, () => string>([...local].map(([field, key]) => [field, () => t(key)]));
    if (this.text.trim() === '') errors.set('text', () => t('ingest.error.textRequired'));
    if (errors.size) return this.#showErrors(errors, () => t('ingest.error.summary'));
    this.errors = new Map();
    this.summary = undefined;
    this.busy = true;
    try {
      this.result = await createReport(toReportInput(metadata, this.text));
      this.busy = false;
    } catch (caught) {
      this.busy = false;
      const error = toApiError(caught);
      const { fields, other } = serverFieldErrors(error.details);
      this.otherErrors = other;
      const summary =
        error.code === 'validation_failed' ? () => t('ingest.error.summary') : () => errorText(error);
      await this.#showErrors(new Map([...fields].map(([field, message]) => [field, () => message])), summary);
    }
  }

  async #showErrors(errors: Map<FieldName, () => string>, summary: () => string): Promise<void> {
    this.errors = errors;
    this.summary = summary;
    await this.updateComplete;
    if (!(await this.fields.focusFirstError()) && errors.has('text')) this.textarea.focus();
  }

  #clear(): void {
    this.fields.reset();
    this.text = '';
    this.errors = new Map();
    this.summary = undefined;
    this.otherErrors = [];
    this.result = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-ingest-paste': AtyIngestPaste;
  }
}
