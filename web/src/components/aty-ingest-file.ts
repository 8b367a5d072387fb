import { css, html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { toApiError } from '../api/client.ts';
import { type FileIngestResult, uploadReportFile } from '../api/reports.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { AtyIngestMetadata } from './aty-ingest-metadata.ts';
import './aty-ingest-metadata.ts';
import './aty-ingest-result.ts';
import { errorText } from './error-text.ts';
import { checkMetadata, type FieldName, serverFieldErrors, toFormFields } from './ingest-fields.ts';

const ACCEPT =
  '.txt,.text,.md,.markdown,.html,.htm,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf';

/** Upload one report as a document (text, Markdown, HTML, PDF, DOCX) with its metadata: `POST /api/reports/file`. */
@customElement('aty-ingest-file')
export class AtyIngestFile extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      input[type='file'] {
        width: 100%;
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
        align-items: center;
        margin-bottom: 1rem;
      }
      progress {
        width: 12rem;
      }
      ul {
        margin: 0.25rem 0 0;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  @state() private busy = false;
  @state() private percent: number | undefined;
  @state() private errors = new Map<FieldName, () => string>();
  @state() private summary: (() => string) | undefined;
  @state() private otherErrors: string[] = [];
  @state() private result: FileIngestResult | undefined;

  @query('aty-ingest-metadata') private fields!: AtyIngestMetadata;
  @query('#file') private fileInput!: HTMLInputElement;

  override render() {
    const fieldErrors = new Map([...this.errors].map(([field, message]) => [field, message()]));
    return html`<form novalidate @submit=${this.#submit} data-testid="file-form">
      <div class="field">
        <label for="file">${t('ingest.file.file')} <span class="required" aria-hidden="true">*</span></label>
        <input id="file" name="file" type="file" accept=${ACCEPT} required ?disabled=${this.busy}
          aria-invalid=${this.errors.has('file') ? 'true' : 'false'} aria-describedby="file-help file-error" />
        <span class="help" id="file-help">${t('ingest.file.help')}</span>
        <span class="field-error" id="file-error">${fieldErrors.get('file') ?? nothing}</span>
      </div>
      <aty-ingest-metadata .errors=${fieldErrors} ?disabled=${this.busy}></aty-ingest-metadata>
      <div role="alert" class="message error" data-testid="file-errors">${
        this.summary
          ? html`${this.summary()}${
              this.otherErrors.length
                ? html`<ul>${this.otherErrors.map((e) => html`<li>${e}</li>`)}</ul>`
                : nothing
            }`
          : nothing
      }</div>
      <div class="actions">
        <button type="submit" ?disabled=${this.busy}>${this.busy ? t('ingest.saving') : t('ingest.file.upload')}</button>
        ${
          this.busy && this.percent !== undefined
            ? html`<label class="visually-hidden" for="file-progress">${t('ingest.progressLabel')}</label>
              <progress id="file-progress" max="100" .value=${this.percent}></progress>
              <span>${formatNumber(this.percent / 100, { style: 'percent' })}</span>`
            : nothing
        }
      </div>
      <div role="status">
        <aty-ingest-result .result=${this.result} .warnings=${this.result?.file.warnings ?? []}></aty-ingest-result>
      </div>
    </form>`;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const metadata = this.fields.read();
    const file = this.fileInput.files?.[0];
    this.result = undefined;
    this.otherErrors = [];
    const errors = new Map<FieldName, () => string>(
      [...checkMetadata(metadata)].map(([field, key]) => [field, () => t(key)]),
    );
    if (!file) errors.set('file', () => t('ingest.error.fileRequired'));
    if (errors.size || !file) return this.#showErrors(errors, () => t('ingest.error.summary'));
    this.errors = new Map();
    this.summary = undefined;
    const form = new FormData();
    form.set('file', file, file.name);
    for (const [name, value] of toFormFields(metadata)) form.set(name, value);
    this.busy = true;
    this.percent = 0;
    try {
      this.result = await uploadReportFile(form, (sent, total) => {
        this.percent = Math.round((sent / total) * 100);
      });
      this.busy = false;
    } catch (caught) {
      this.busy = false;
      const error = toApiError(caught);
      const { fields, other } = serverFieldErrors(error.details);
      this.otherErrors = other;
      const summary =
        error.code === 'validation_failed' && error.status === 400
          ? () => t('ingest.error.summary')
          : () => errorText(error);
      await this.#showErrors(new Map([...fields].map(([field, message]) => [field, () => message])), summary);
    }
  }

  async #showErrors(errors: Map<FieldName, () => string>, summary: () => string): Promise<void> {
    this.errors = errors;
    this.summary = summary;
    await this.updateComplete;
    // The file comes first in the form, so its error is the first to fix.
    if (errors.has('file')) this.fileInput.focus();
    else await this.fields.focusFirstError();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-ingest-file': AtyIngestFile;
  }
}
