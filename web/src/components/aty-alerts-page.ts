import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import {
  ALERTS_FEED_PATH,
  type Alert,
  type AlertFilters,
  alertFiltersToParams,
  bulkAcknowledge,
  listAlerts,
  listThresholds,
  paramsToAlertFilters,
  type Threshold,
} from '../api/alerts.ts';
import { type ApiError, toApiError } from '../api/client.ts';
import { Resource } from '../api/resource.ts';
import { hasRole, type User } from '../api/types.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { currentLocation, navigate } from '../router/router.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { AtyAlertBulk, BulkAcknowledgeDetail } from './aty-alert-bulk.ts';
import './aty-alert-bulk.ts';
import type { AlertFiltersChangeDetail } from './aty-alert-filters.ts';
import './aty-alert-filters.ts';
import type { AlertSelectionDetail } from './aty-alert-table.ts';
import './aty-alert-table.ts';
import { errorText } from './error-text.ts';

const PAGE_SIZE = 50;
const NO_THRESHOLDS: ReadonlyMap<string, Threshold> = new Map();

/**
 * The alerts inbox: open alerts first, then acknowledged, then resolved (the server's order), filtered by status
 * and country through the URL (`/alerts?status=open&country=SDN`), so a view can be shared. Analysts tick open
 * alerts and acknowledge them together with one note.
 */
@customElement('aty-alerts-page')
export class AtyAlertsPage extends LitElement {
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
      .links {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.25rem;
        align-items: baseline;
      }
      .intro {
        max-width: 48rem;
      }
      .results-head {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: baseline;
        gap: 0.5rem;
      }
      .more {
        margin-top: 1rem;
        display: flex;
        align-items: center;
        gap: 1rem;
      }
      /* Once something is ticked, the form stays in view while the analyst scrolls the list. */
      .bulk.active {
        position: sticky;
        bottom: 0;
        z-index: 1;
        box-shadow: 0 -2px 8px rgb(0 0 0 / 12%);
        border-color: var(--accent);
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);
  readonly #location = new StoreController(this, currentLocation);
  // Alerts carry their condition but not a rise's window: the thresholds give it.
  readonly #thresholds = new Resource(this, async (signal) => {
    const list = await listThresholds(signal);
    return new Map<string, Threshold>(list.items.map((th) => [th.id, th]));
  });

  /** The signed-in user. */
  @property({ attribute: false }) user: User | null = null;

  @state() private items: Alert[] = [];
  @state() private nextCursor: string | null = null;
  @state() private loading = false;
  @state() private error: ApiError | undefined;
  @state() private moreError: ApiError | undefined;
  @state() private selected: ReadonlySet<string> = new Set();
  @state() private bulkBusy = false;
  // Messages are functions so a language switch re-translates them.
  @state() private bulkDone: (() => string) | undefined;
  @state() private bulkError: (() => string) | undefined;

  @query('aty-alert-bulk') private bulkForm: AtyAlertBulk | undefined;

  #filters: AlertFilters = {};
  #loadedKey: string | undefined;
  #abort: AbortController | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { route, search } = this.#location.value;
    if (route.name !== 'alerts') return;
    const filters = paramsToAlertFilters(search);
    const key = alertFiltersToParams(filters).toString();
    if (key !== this.#loadedKey) {
      this.#loadedKey = key;
      this.#filters = filters;
      this.selected = new Set();
      void this.#load(false);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    // Coming back reloads: alerts are raised and acknowledged meanwhile.
    this.#loadedKey = undefined;
  }

  override render() {
    const canAct = this.user !== null && hasRole(this.user.role, 'analyst');
    return html`
      <div class="head">
        <h1>${t('page.alerts.title')}</h1>
        <div class="links">
          <a href="/thresholds">${t('alerts.thresholdsLink')}</a>
          <a href=${ALERTS_FEED_PATH} type="application/atom+xml" title=${t('alerts.feedHelp')}
            data-testid="alerts-feed">${t('alerts.feed')}</a>
        </div>
      </div>
      <p class="intro muted">${t('alerts.intro')}</p>
      <section class="card" aria-labelledby="alert-filters-title">
        <h2 id="alert-filters-title" class="visually-hidden">${t('alerts.filter.label')}</h2>
        <aty-alert-filters .filters=${this.#filters} @aty-alert-filters-change=${this.#applyFilters}></aty-alert-filters>
      </section>
      <section aria-labelledby="alert-results-title">
        <div class="results-head">
          <h2 id="alert-results-title" class="visually-hidden">${t('alerts.results')}</h2>
          <p role="status" data-testid="alerts-status">${this.#status()}</p>
          <button type="button" class="secondary" ?disabled=${this.loading} @click=${() => void this.#load(false)}>
            ${t('alerts.refresh')}</button>
        </div>
        <div role="status" class="message success" data-testid="bulk-result">${this.bulkDone?.()}</div>
        <div role="alert" class="message error">${this.bulkError?.()}</div>
        ${this.error ? this.#errorBox(this.error, () => void this.#load(false)) : nothing}
        ${
          this.items.length
            ? html`<aty-alert-table .items=${this.items} .selected=${this.selected} ?selectable=${canAct}
                .thresholds=${this.#thresholds.value ?? NO_THRESHOLDS}
                @aty-alert-selection=${this.#select}></aty-alert-table>`
            : nothing
        }
        ${this.#empty()} ${this.#more()}
      </section>
      ${
        canAct && this.items.some((a) => a.status === 'open')
          ? html`<section class="card bulk ${this.selected.size ? 'active' : ''}">
              <aty-alert-bulk .count=${this.selected.size} ?busy=${this.bulkBusy}
                @aty-bulk-acknowledge=${this.#acknowledge} @aty-bulk-clear=${() => (this.selected = new Set())}></aty-alert-bulk>
            </section>`
          : nothing
      }
    `;
  }

  #status() {
    if (this.loading && this.items.length === 0) return t('app.loading');
    if (this.error || this.items.length === 0) return '';
    const count = formatNumber(this.items.length);
    if (this.nextCursor) return t('alerts.countMore', { count });
    return this.#filtered() ? t('alerts.countFiltered', { count }) : t('alerts.count', { count });
  }

  #filtered(): boolean {
    return this.#filters.status !== undefined || this.#filters.country !== undefined;
  }

  #empty() {
    if (this.loading || this.error || this.items.length > 0) return nothing;
    if (this.#filtered()) {
      return html`<div class="card" data-testid="alerts-empty">
        <p>${t('alerts.emptyFiltered')}</p>
        <button type="button" class="secondary" @click=${() => this.#navigate({})}>${t('alerts.filter.clear')}</button>
      </div>`;
    }
    return html`<div class="card" data-testid="alerts-empty">
      <p>${t('alerts.empty')}</p>
      <p class="muted">${t('alerts.emptyHelp')}</p>
    </div>`;
  }

  #more() {
    if (this.items.length === 0) return nothing;
    return html`<div class="more">
      ${
        this.nextCursor
          ? html`<button type="button" class="secondary" ?disabled=${this.loading} @click=${() => void this.#load(true)}>
            ${this.loading ? t('app.loading') : t('alerts.loadMore')}</button>`
          : html`<span class="muted">${t('alerts.end')}</span>`
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

  #applyFilters(event: CustomEvent<AlertFiltersChangeDetail>): void {
    this.#navigate(event.detail.filters);
  }

  #navigate(filters: AlertFilters): void {
    const query = alertFiltersToParams(filters).toString();
    navigate(`/alerts${query ? `?${query}` : ''}`);
  }

  #select(event: CustomEvent<AlertSelectionDetail>): void {
    this.selected = event.detail.ids;
  }

  async #acknowledge(event: CustomEvent<BulkAcknowledgeDetail>): Promise<void> {
    const ids = [...this.selected];
    this.bulkBusy = true;
    this.bulkDone = undefined;
    this.bulkError = undefined;
    try {
      const result = await bulkAcknowledge(ids, event.detail.note);
      const done = result.acknowledged.length;
      const skipped = result.skipped.length;
      this.bulkDone = () =>
        [
          done === 1 ? t('alerts.bulk.doneOne') : t('alerts.bulk.done', { count: formatNumber(done) }),
          skipped ? t('alerts.bulk.skipped', { count: formatNumber(skipped) }) : '',
        ]
          .filter(Boolean)
          .join(' ');
      this.selected = new Set();
      this.bulkForm?.reset();
      await this.#load(false);
    } catch (caught) {
      const error = toApiError(caught);
      this.bulkError = () => errorText(error);
    } finally {
      this.bulkBusy = false;
    }
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
    }
    try {
      const page = await listAlerts(
        this.#filters,
        { cursor: more ? this.nextCursor : null, limit: PAGE_SIZE },
        abort.signal,
      );
      this.items = more ? [...this.items, ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
      // Selections of alerts no longer listed (or no longer open) would be acknowledged unseen: drop them.
      const open = new Set(this.items.filter((a) => a.status === 'open').map((a) => a.id));
      this.selected = new Set([...this.selected].filter((id) => open.has(id)));
    } catch (caught) {
      if (abort.signal.aborted) return;
      if (more) this.moreError = toApiError(caught);
      else {
        this.error = toApiError(caught);
        this.items = [];
        this.nextCursor = null;
      }
    }
    this.loading = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-alerts-page': AtyAlertsPage;
  }
}
