import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { type ApiError, toApiError } from '../api/client.ts';
import {
  filtersToUrlParams,
  listReports,
  type ReportFilters,
  type ReportSummary,
  urlParamsToFilters,
} from '../api/reports.ts';
import { hasRole, type User } from '../api/types.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { currentLocation, navigate } from '../router/router.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-report-filters.ts';
import type { AtyReportTable } from './aty-report-table.ts';
import './aty-report-table.ts';
import { errorText } from './error-text.ts';

const PAGE_SIZE = 50;

/**
 * Every stored report, newest first, searchable and filterable. The filters live in the URL (`/reports?q=…`),
 * so a view can be shared and survives a reload; "Load more" follows the server's keyset cursor.
 */
@customElement('aty-reports-page')
export class AtyReportsPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: baseline;
        gap: 0.5rem 1rem;
      }
      .more {
        margin-top: 1rem;
        display: flex;
        align-items: center;
        gap: 1rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);
  readonly #location = new StoreController(this, currentLocation);

  /** The signed-in user. */
  @property({ attribute: false }) user: User | null = null;

  @state() private items: ReportSummary[] = [];
  @state() private nextCursor: string | null = null;
  @state() private loading = false;
  @state() private error: ApiError | undefined;
  @state() private moreError: ApiError | undefined;

  @query('aty-report-table') private table: AtyReportTable | undefined;

  #filters: ReportFilters = {};
  #loadedKey: string | undefined;
  #abort: AbortController | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { route, search } = this.#location.value;
    if (route.name !== 'reports') return;
    const filters = urlParamsToFilters(search);
    const key = filtersToUrlParams(filters).toString();
    if (key !== this.#loadedKey) {
      this.#loadedKey = key;
      this.#filters = filters;
      void this.#load(false);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    // Coming back to the page reloads: reports may have arrived meanwhile.
    this.#loadedKey = undefined;
  }

  override render() {
    const filtered = Object.keys(this.#filters).length > 0;
    return html`
      <div class="head">
        <h1>${t('page.reports.title')}</h1>
        ${this.user && hasRole(this.user.role, 'analyst') ? html`<a href="/ingest">${t('reports.addReports')}</a>` : nothing}
      </div>
      <section class="card" aria-labelledby="filters-title">
        <h2 id="filters-title" class="visually-hidden">${t('reports.filter.label')}</h2>
        <aty-report-filters .filters=${this.#filters} @aty-filters-change=${this.#applyFilters}></aty-report-filters>
      </section>
      <section aria-labelledby="results-title">
        <h2 id="results-title" class="visually-hidden">${t('reports.results')}</h2>
        <p role="status" data-testid="reports-status">${this.#status(filtered)}</p>
        ${this.error ? this.#errorBox(this.error, () => void this.#load(false)) : nothing}
        ${this.items.length ? html`<aty-report-table .items=${this.items}></aty-report-table>` : nothing}
        ${this.#empty(filtered)} ${this.#more()}
      </section>
    `;
  }

  #status(filtered: boolean) {
    if (this.loading && this.items.length === 0) return t('app.loading');
    if (this.error) return '';
    const count = formatNumber(this.items.length);
    if (this.items.length === 0) return '';
    if (this.nextCursor) return t('reports.countMore', { count });
    return filtered ? t('reports.countFiltered', { count }) : t('reports.count', { count });
  }

  #empty(filtered: boolean) {
    if (this.loading || this.error || this.items.length > 0) return nothing;
    if (filtered) {
      return html`<div class="card" data-testid="reports-empty">
        <p>${t('reports.emptyFiltered')}</p>
        <button type="button" class="secondary" @click=${() => this.#navigate({})}>${t('reports.filter.clear')}</button>
      </div>`;
    }
    const canIngest = this.user && hasRole(this.user.role, 'analyst');
    return html`<div class="card" data-testid="reports-empty">
      <p>${t('reports.empty')}</p>
      <p class="muted">${canIngest ? t('reports.emptyAnalyst') : t('reports.emptyViewer')}</p>
    </div>`;
  }

  #more() {
    if (this.items.length === 0) return nothing;
    return html`<div class="more">
      ${
        this.nextCursor
          ? html`<button type="button" class="secondary" ?disabled=${this.loading} @click=${() => void this.#load(true)}>
            ${this.loading ? t('app.loading') : t('reports.loadMore')}
          </button>`
          : html`<span class="muted">${t('reports.end')}</span>`
      }
      ${this.moreError ? this.#errorBox(this.moreError, () => void this.#load(true)) : nothing}
    </div>`;
  }

  #errorBox(error: ApiError, retry: () => void) {
    return html`<div role="alert" class="message error">
      ${t('error.loadFailed', { reason: errorText(error) })}
      <button type="button" class="secondary" @click=${retry}>${t('common.retry')}</button>
    </div>`;
  }

  #applyFilters(event: CustomEvent<{ filters: ReportFilters }>): void {
    this.#navigate(event.detail.filters);
  }

  #navigate(filters: ReportFilters): void {
    const query = filtersToUrlParams(filters).toString();
    navigate(`/reports${query ? `?${query}` : ''}`);
  }

  async #load(more: boolean): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.loading = true;
    if (more) this.moreError = undefined;
    else {
      this.error = undefined;
      this.moreError = undefined;
      this.items = [];
      this.nextCursor = null;
    }
    try {
      const page = await listReports(
        this.#filters,
        { cursor: more ? this.nextCursor : null, limit: PAGE_SIZE },
        abort.signal,
      );
      const before = this.items.length;
      this.items = more ? [...this.items, ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
      this.loading = false;
      // The button may be gone (last page): carry the keyboard on to the first new row either way.
      if (more && page.items.length) {
        await this.updateComplete;
        await this.table?.focusRow(before);
      }
      return;
    } catch (caught) {
      if (abort.signal.aborted) return;
      if (more) this.moreError = toApiError(caught);
      else this.error = toApiError(caught);
    }
    this.loading = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-reports-page': AtyReportsPage;
  }
}
