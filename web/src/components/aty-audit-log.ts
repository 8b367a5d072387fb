import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { listAudit } from '../api/endpoints.ts';
import { Resource } from '../api/resource.ts';
import type { AuditEntry } from '../api/types.ts';
import { formatDate, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { errorText } from './error-text.ts';

/** Admin only: the latest 100 audit entries, newest first. */
@customElement('aty-audit-log')
export class AtyAuditLog extends LitElement {
  static override styles = sharedStyles;

  protected readonly i18n = new StoreController(this, locale);
  readonly #entries = new Resource(this, (signal) => listAudit(signal));

  /** Increase to reload the log (after a change made elsewhere on the page). */
  @property({ type: Number }) revision = 0;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The first value arrives with the first render, when the Resource is already loading.
    if (changed.has('revision') && changed.get('revision') !== undefined) void this.#entries.run();
  }

  override render() {
    return html`
      <section class="card" aria-labelledby="audit-title">
        <h3 id="audit-title">${t('audit.title')}</h3>
        <p class="muted">${t('audit.intro')}</p>
        ${this.#table()}
      </section>
    `;
  }

  #table() {
    const { value, error, status } = this.#entries;
    if (status === 'error' && error) {
      return html`<p class="message error">${t('error.loadFailed', { reason: errorText(error) })}</p>`;
    }
    if (!value) return html`<p role="status">${t('app.loading')}</p>`;
    if (value.items.length === 0) return html`<p class="muted">${t('audit.none')}</p>`;
    return html`<div class="table-wrap">
      <table data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">${t('audit.at')}</th>
            <th scope="col">${t('audit.actor')}</th>
            <th scope="col">${t('audit.action')}</th>
            <th scope="col">${t('audit.target')}</th>
            <th scope="col">${t('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          ${value.items.map((entry) => this.#row(entry))}
        </tbody>
      </table>
    </div>`;
  }

  #row(entry: AuditEntry) {
    return html`<tr>
      <td><time datetime=${entry.at}>${formatDate(entry.at, { dateStyle: 'medium', timeStyle: 'medium' })}</time></td>
      <td>${entry.actor}</td>
      <td><code>${entry.action}</code></td>
      <td>${entry.targetType}${entry.targetId ? html` <code>${entry.targetId}</code>` : ''}</td>
      <td><code>${describeDetails(entry.details)}</code></td>
    </tr>`;
  }
}

// Details are free-form JSON from the server; shown as compact text, never as markup.
function describeDetails(details: unknown): string {
  if (details === null || details === undefined) return '';
  if (typeof details !== 'object') return String(details);
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-audit-log': AtyAuditLog;
  }
}
