import { css, html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { type ApiError, toApiError } from '../api/client.ts';
import { type BulkFormat, type BulkResult, uploadBulk } from '../api/reports.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-ingest-bulk-format.ts';
import { errorText } from './error-text.ts';

const ACCEPT = '.ndjson,.jsonl,.json,.csv,application/x-ndjson,text/csv';

/** The format a file name implies, if any. */
export function formatOfName(name: string): BulkFormat | undefined {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.(ndjson|jsonl|json)$/i.test(name)) return 'ndjson';
  return undefined;
}

/**
 * Many reports at once: an NDJSON or CSV file sent to `POST /api/reports/bulk` with a progress bar (bytes
 * sent), then what was stored, what was a duplicate, and every rejected line with its fields.
 */
@customElement('aty-bulk-upload')
export class AtyBulkUpload extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .row {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: 0 1rem;
        align-items: start;
      }
      input,
      select {
        width: 100%;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        margin-bottom: 1rem;
      }
      .progress {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        margin-bottom: 1rem;
      }
      progress {
        flex: 1;
        max-width: 28rem;
        height: 1rem;
      }
      .totals {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 2rem;
        margin: 0 0 1rem;
      }
      .totals div {
        display: flex;
        flex-direction: column;
      }
      .totals dt {
        color: var(--text-muted);
        font-weight: 600;
        font-size: 0.9rem;
      }
      .totals dd {
        margin: 0;
        font-size: 1.4rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      td.line {
        font-variant-numeric: tabular-nums;
        text-align: end;
      }
      td code {
        overflow-wrap: anywhere;
      }
      .field-error {
        display: block;
        color: var(--danger);
        font-size: 0.875rem;
        margin-top: 0.25rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  @state() private percent: number | undefined;
  @state() private phase: 'idle' | 'sending' | 'processing' | 'done' = 'idle';
  @state() private result: BulkResult | undefined;
  @state() private error: ApiError | undefined;
  @state() private fileError: (() => string) | undefined;
  @state() private cancelled = false;

  @query('#bulk-file') private fileInput!: HTMLInputElement;
  @query('#bulk-format') private formatSelect!: HTMLSelectElement;

  #abort: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  override render() {
    const busy = this.phase === 'sending' || this.phase === 'processing';
    return html`<form novalidate @submit=${this.#submit} data-testid="bulk-form">
        <div class="row">
          <div class="field">
            <label for="bulk-file">${t('ingest.bulk.file')}</label>
            <input id="bulk-file" type="file" accept=${ACCEPT} ?disabled=${busy}
              aria-invalid=${this.fileError ? 'true' : 'false'} aria-describedby="bulk-file-help bulk-file-error" />
            <span class="help" id="bulk-file-help">${t('ingest.bulk.fileHelp')}</span>
            <span class="field-error" id="bulk-file-error">${this.fileError?.() ?? nothing}</span>
          </div>
          <div class="field">
            <label for="bulk-format">${t('ingest.bulk.format')}</label>
            <select id="bulk-format" ?disabled=${busy}>
              <option value="">${t('ingest.bulk.formatAuto')}</option>
              <option value="ndjson">NDJSON</option>
              <option value="csv">CSV</option>
            </select>
          </div>
        </div>
        <div class="actions">
          <button type="submit" ?disabled=${busy}>${t('ingest.bulk.upload')}</button>
          ${busy ? html`<button type="button" class="secondary" @click=${() => this.#abort?.abort()}>${t('common.cancel')}</button>` : nothing}
        </div>
        ${this.#progress()}
        <div role="alert" class="message error" data-testid="bulk-error">${this.error ? errorText(this.error) : this.cancelled ? t('ingest.bulk.cancelled') : nothing}</div>
        ${this.result ? this.#summary(this.result) : nothing}
      </form>
      <aty-ingest-bulk-format></aty-ingest-bulk-format>`;
  }

  #progress() {
    if (this.percent === undefined) return nothing;
    const text =
      this.phase === 'processing'
        ? t('ingest.bulk.processing')
        : this.phase === 'done'
          ? t('ingest.bulk.sent')
          : formatNumber(this.percent / 100, { style: 'percent' });
    return html`<div class="progress">
      <label for="bulk-progress">${t('ingest.progressLabel')}</label>
      <progress id="bulk-progress" data-testid="bulk-progress" max="100" .value=${this.percent}>
        ${formatNumber(this.percent / 100, { style: 'percent' })}
      </progress>
      <span aria-live="polite" data-testid="bulk-progress-text">${text}</span>
    </div>`;
  }

  #summary(result: BulkResult) {
    const errors = result.rejected.flatMap((rejected) =>
      rejected.errors.map((error, i) => ({ ...error, line: rejected.line, first: i === 0 })),
    );
    return html`<section aria-labelledby="bulk-summary-title" data-testid="bulk-summary">
      <h3 id="bulk-summary-title">${t('ingest.bulk.summaryTitle')}</h3>
      <dl class="totals">
        <div><dt>${t('ingest.bulk.accepted')}</dt><dd data-testid="bulk-accepted">${formatNumber(result.accepted)}</dd></div>
        <div><dt>${t('ingest.bulk.duplicates')}</dt><dd data-testid="bulk-duplicates">${formatNumber(result.duplicates)}</dd></div>
        <div><dt>${t('ingest.bulk.rejected')}</dt><dd data-testid="bulk-rejected">${formatNumber(result.rejectedTotal)}</dd></div>
      </dl>
      ${
        result.rejectedTotal === 0
          ? html`<p>${t('ingest.bulk.noErrors')}</p>`
          : html`<p>${
              result.rejectedTotal > result.rejected.length
                ? t('ingest.bulk.someErrorsListed', {
                    listed: formatNumber(result.rejected.length),
                    total: formatNumber(result.rejectedTotal),
                  })
                : t('ingest.bulk.errorsHelp')
            }</p>
            <div class="table-wrap">
              <table data-testid="bulk-errors">
                <caption class="visually-hidden">${t('ingest.bulk.errorsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${t('ingest.bulk.line')}</th>
                    <th scope="col">${t('ingest.bulk.field')}</th>
                    <th scope="col">${t('ingest.bulk.message')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${errors.map(
                    (error) => html`<tr data-line=${error.line}>
                      <td class="line">${formatNumber(error.line)}</td>
                      <td><code>${error.path}</code></td>
                      <td>${error.message}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const file = this.fileInput.files?.[0];
    this.error = undefined;
    this.cancelled = false;
    this.result = undefined;
    this.fileError = undefined;
    if (!file) {
      this.fileError = () => t('ingest.error.fileRequired');
      this.fileInput.focus();
      return;
    }
    const format = (this.formatSelect.value as BulkFormat | '') || formatOfName(file.name);
    if (!format) {
      this.fileError = () => t('ingest.bulk.unknownFormat');
      this.formatSelect.focus();
      return;
    }
    this.#abort = new AbortController();
    this.phase = 'sending';
    this.percent = 0;
    try {
      this.result = await uploadBulk(
        file,
        format,
        (sent, total) => {
          this.percent = Math.round((sent / total) * 100);
          // Every byte is out; the server is validating and storing the lines.
          if (sent >= total) this.phase = 'processing';
        },
        this.#abort.signal,
      );
      // The bar stays where the upload events left it (100% once every byte went out): never set by hand.
      this.phase = 'done';
    } catch (caught) {
      this.phase = 'idle';
      this.percent = undefined;
      if (caught instanceof DOMException && caught.name === 'AbortError') this.cancelled = true;
      else this.error = toApiError(caught);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-bulk-upload': AtyBulkUpload;
  }
}
