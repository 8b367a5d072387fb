import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { getHealth } from '../api/endpoints.ts';
import { getRanking, getSparklines, type Ranking, type Sparklines } from '../api/overview.ts';
import { Resource } from '../api/resource.ts';
import { type Health, hasRole, type User } from '../api/types.ts';
import { formatDate, formatNumber, locale, t } from '../i18n/index.ts';
import { currentLocation, navigate } from '../router/router.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-ranking-table.ts';
import { loadWorld } from './aty-risk-map.ts';
import { errorText } from './error-text.ts';
import { formatDay } from './overview-format.ts';
import { OVERVIEW_COMPLETE_MARK, OVERVIEW_DATA_MARK, OVERVIEW_READY_MARK } from './overview-timing.ts';

interface HealthCheck {
  health: Health;
  checkedAt: Date;
}

type Trends = Pick<Sparklines, 'asOf' | 'dates'> & { byCountry: Map<string, readonly number[]> };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The overview: the world map of current risk and the ranking of countries with reports, as of a day
 * (`?asOf=YYYY-MM-DD`, so a view can be bookmarked and shared; today's by default).
 */
@customElement('aty-overview-page')
export class AtyOverviewPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: flex-end;
        gap: 0 2rem;
        margin-bottom: 1rem;
      }
      .head p {
        margin: 0;
      }
      .as-of {
        display: flex;
        align-items: flex-end;
        gap: 0.5rem;
      }
      .as-of .field {
        margin: 0;
      }
      .notice {
        border-left: 4px solid var(--warning-border);
        background: var(--warning-soft);
        padding: 0.75rem 1rem;
        border-radius: 0 var(--radius) var(--radius) 0;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1.5rem;
        margin: 0;
        font-size: 0.9rem;
      }
      dt {
        font-weight: 600;
        color: var(--text-muted);
      }
      dd {
        margin: 0;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);
  readonly #location = new StoreController(this, currentLocation);

  // The ranking first, then the sparklines for its day: on the embedded database queries run one at a time,
  // and the ranking (what the map and the table need) must not wait behind the heavier sparkline query.
  // The table shows as soon as the ranking is in; its trend column fills in when the sparklines arrive.
  #ranking: Promise<Ranking> | undefined;
  readonly #data = new Resource<Ranking>(this, async (signal) => {
    this.#ranking = getRanking(this.#asOfParam(), signal);
    // The map's shapes load and project meanwhile; the map element picks them up when it appears. A failure
    // here is the map's to report (it asks again), not the ranking's.
    loadWorld().catch(() => {});
    const ranking = await this.#ranking;
    performance.mark(OVERVIEW_DATA_MARK);
    return ranking;
  });
  readonly #trends = new Resource<Trends>(this, async (signal) => {
    // #data is declared first, so it has started its request by now (controllers connect in order).
    const ranking = await (this.#ranking ?? getRanking(this.#asOfParam(), signal));
    const sparklines = ranking.items.length
      ? await getSparklines(ranking.asOf, 12, signal)
      : { asOf: ranking.asOf, dates: [], items: [] };
    return {
      asOf: sparklines.asOf,
      dates: sparklines.dates,
      byCountry: new Map(sparklines.items.map((item) => [item.iso3, item.scores])),
    };
  });

  readonly #health = new Resource<HealthCheck>(this, async (signal) => ({
    health: await getHealth(signal),
    checkedAt: new Date(),
  }));

  /** The signed-in user. */
  @property({ attribute: false }) user!: User;

  #loadedFor: string | undefined;
  #drawn = { map: false, table: false, trends: false, marked: false, complete: false };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const wanted = this.#asOfParam() ?? '';
    // Back/forward or a shared link changed ?asOf=: load that day (the first load runs on connect).
    if (this.#loadedFor !== undefined && this.#loadedFor !== wanted) {
      void this.#data.run();
      void this.#trends.run();
    }
    this.#loadedFor = wanted;
  }

  override render() {
    return html`
      <div class="head">
        <div>
          <h1>${t('overview.title')}</h1>
          <p>${t('overview.welcome', { username: this.user.username })} ${t('overview.intro')}</p>
        </div>
        ${this.#asOfControl()}
      </div>
      ${this.#body()}
      <section class="card" aria-labelledby="server">
        <h2 id="server">${t('overview.server')}</h2>
        ${this.#renderHealth()}
      </section>
    `;
  }

  #asOfParam(): string | undefined {
    const value = this.#location.value.search.get('asOf');
    return value && ISO_DAY.test(value) ? value : undefined;
  }

  #asOfControl() {
    const asOf = this.#data.value?.asOf ?? this.#asOfParam() ?? '';
    return html`<div class="as-of">
      <div class="field">
        <label for="as-of">${t('overview.asOf')}</label>
        <input id="as-of" type="date" .value=${asOf} max=${new Date().toISOString().slice(0, 10)}
          aria-describedby="as-of-help"
          @change=${(event: Event) => this.#goTo((event.target as HTMLInputElement).value)} />
      </div>
      ${this.#asOfParam() ? html`<button type="button" class="secondary" @click=${() => this.#goTo('')}>${t('overview.asOfLatest')}</button>` : nothing}
      <span id="as-of-help" class="visually-hidden">${t('overview.asOfHelp')}</span>
    </div>`;
  }

  #goTo(day: string): void {
    if (day && !ISO_DAY.test(day)) return; // a half-typed date: wait for a whole one
    navigate(day ? `/?asOf=${day}` : '/');
  }

  #body() {
    const { status, value, error } = this.#data;
    if (status === 'error' && error) {
      return html`<p class="message error" role="alert">${t('error.loadFailed', { reason: errorText(error) })}</p>
        <button type="button" class="secondary" @click=${() => this.#data.run()}>${t('common.retry')}</button>`;
    }
    if (!value || status === 'pending') return html`<p role="status">${t('app.loading')}</p>`;
    if (!value.items.length) return this.#empty(value.asOf);
    const synthetic = value.items.filter((item) => item.synthetic).length;
    const trends = this.#trends.value?.asOf === value.asOf ? this.#trends.value : undefined;
    return html`
      ${
        synthetic
          ? html`<p class="notice" data-testid="synthetic-notice">${t('overview.synthetic.notice', { count: formatNumber(synthetic) })}</p>`
          : nothing
      }
      <section class="card" aria-labelledby="map-title">
        <h2 id="map-title">${t('overview.map.title')}</h2>
        <aty-risk-map .items=${value.items} asOf=${value.asOf} @aty-drawn=${() => this.#markDrawn('map')}></aty-risk-map>
      </section>
      <section class="card" aria-labelledby="ranking-title">
        <h2 id="ranking-title">${t('overview.ranking.title')}</h2>
        ${
          this.#trends.status === 'error'
            ? html`<p class="message error" role="alert">${t('overview.spark.failed')}</p>`
            : nothing
        }
        <aty-ranking-table .items=${value.items} .trends=${trends?.byCountry ?? null} .trendDates=${trends?.dates ?? []}
          asOf=${value.asOf} @aty-drawn=${(event: CustomEvent<{ trends: boolean }>) => this.#markDrawn(event.detail.trends ? 'trends' : 'table')}></aty-ranking-table>
      </section>
    `;
  }

  #empty(asOf: string) {
    return html`<section class="card" aria-labelledby="empty-title" data-testid="overview-empty">
      <h2 id="empty-title">${t('overview.empty.title')}</h2>
      <p>${t('overview.empty.body', { date: formatDay(asOf, 'long') })}</p>
      <p>${
        hasRole(this.user.role, 'analyst')
          ? html`<a href="/ingest">${t('overview.empty.ingest')}</a>`
          : t('overview.empty.viewer')
      }</p>
    </section>`;
  }

  #markDrawn(part: 'map' | 'table' | 'trends'): void {
    this.#drawn[part] = true;
    if (part === 'trends') this.#drawn.table = true;
    if (this.#drawn.map && this.#drawn.table && !this.#drawn.marked) {
      this.#drawn.marked = true;
      afterNextPaint(() => performance.mark(OVERVIEW_READY_MARK));
    }
    if (this.#drawn.marked && this.#drawn.trends && !this.#drawn.complete) {
      this.#drawn.complete = true;
      afterNextPaint(() => performance.mark(OVERVIEW_COMPLETE_MARK));
    }
  }

  #renderHealth() {
    const { status, value, error } = this.#health;
    if (status === 'error' && error) {
      return html`<p class="message error" role="alert">${t('error.loadFailed', { reason: errorText(error) })}</p>
        <button type="button" class="secondary" @click=${() => this.#health.run()}>${t('common.retry')}</button>`;
    }
    if (!value) return html`<p role="status">${t('app.loading')}</p>`;
    const { health, checkedAt } = value;
    return html`
      <dl data-testid="health">
        <dt>${t('overview.status')}</dt>
        <dd>${health.status === 'ok' ? t('overview.statusOk') : t('error.unavailable')}</dd>
        <dt>${t('overview.database')}</dt>
        <dd>${t(`db.${health.database}`)}</dd>
        <dt>${t('overview.version')}</dt>
        <dd>${health.version}</dd>
        <dt>${t('overview.checkedAt')}</dt>
        <dd>${formatDate(checkedAt)}</dd>
      </dl>
    `;
  }
}

/**
 * Runs after the browser has laid out and painted what is now in the DOM: a frame callback runs before that
 * frame's style, layout and paint, and a task queued from it runs after them. The timing marks then include
 * the rendering, not only the DOM updates.
 */
function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-overview-page': AtyOverviewPage;
  }
}
