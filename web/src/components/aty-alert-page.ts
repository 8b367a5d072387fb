import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AlertRule } from '../../../indicators/risk/alert-rules.ts';
import { type AlertDetail, getAlert, listThresholds, type Threshold } from '../api/alerts.ts';
import { type ApiError, toApiError } from '../api/client.ts';
import { getRiskSeries } from '../api/country.ts';
import { type Catalog, getCatalog } from '../api/reports.ts';
import { Resource } from '../api/resource.ts';
import { hasRole, type User } from '../api/types.ts';
import { alertTrendPeriod, metricSeries } from '../charts/alert-trend.ts';
import { type Period, todayUtc } from '../charts/period.ts';
import type { TimePoint } from '../charts/trend.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { alertCondition, conditionText, metricLabel } from './alert-labels.ts';
import './aty-alert-actions.ts';
import './aty-alert-evidence.ts';
import './aty-alert-facts.ts';
import './aty-alert-history.ts';
import './aty-alert-status.ts';
import './aty-alert-trend.ts';
import { errorText } from './error-text.ts';
import { countryName, formatDay } from './report-labels.ts';

/**
 * One alert: what fired and its values, the response (acknowledge, resolve, reopen, assign) beside its history,
 * the metric's trend around the trigger with the threshold line, and the quoted evidence behind it.
 */
@customElement('aty-alert-page')
export class AtyAlertPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .back {
        display: inline-block;
        margin-bottom: 0.75rem;
      }
      h1 {
        overflow-wrap: anywhere;
      }
      .title-row {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.5rem 1rem;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        gap: 0 1.25rem;
        align-items: start;
      }
      @media (max-width: 60rem) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);
  readonly #catalog = new Resource<Catalog>(this, (signal) => getCatalog(signal));
  readonly #thresholds = new Resource(this, (signal) => listThresholds(signal));

  /** The signed-in user. */
  @property({ attribute: false }) user: User | null = null;

  /** Alert id from the route. */
  @property() alertId = '';

  @state() private alert: AlertDetail | undefined;
  @state() private error: ApiError | undefined;
  @state() private points: TimePoint[] | undefined;
  @state() private shown: Period | undefined;
  @state() private seriesError: ApiError | undefined;

  #abort: AbortController | undefined;
  #seriesAbort: AbortController | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('alertId')) {
      this.#seriesAbort?.abort();
      this.alert = undefined;
      this.points = undefined;
      this.shown = undefined;
      void this.#load(false);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#seriesAbort?.abort();
  }

  override render() {
    const back = html`<a class="back" href="/alerts">${t('alerts.back')}</a>`;
    if (this.error) {
      const missing = this.error.code === 'not_found' || this.error.status === 400;
      return html`${back}<h1>${t('page.alert.title', { id: this.alertId })}</h1>
        <div role="alert" class="message error">
          ${missing ? t('alerts.notFound') : t('error.loadFailed', { reason: errorText(this.error) })}
          ${missing ? nothing : html`<button type="button" class="secondary" @click=${() => void this.#load(false)}>${t('common.retry')}</button>`}
        </div>`;
    }
    const alert = this.alert;
    if (!alert) return html`${back}<p role="status">${t('app.loading')}</p>`;
    const threshold = this.#threshold();
    const condition = conditionText(alertCondition(alert, threshold), 'event');
    const canAct = this.user !== null && hasRole(this.user.role, 'analyst');
    return html`
      ${back}
      <div class="title-row">
        <h1 data-testid="alert-title">${countryName(alert.country)}: ${condition}</h1>
        <aty-alert-status .status=${alert.status}></aty-alert-status>
      </div>
      <div class="layout">
        <div>
          <section class="card" aria-labelledby="facts-title">
            <h2 id="facts-title">${t('alerts.detail.facts')}</h2>
            <aty-alert-facts .alert=${alert} .threshold=${threshold}></aty-alert-facts>
          </section>
          <section class="card" aria-labelledby="trend-title">
            <h2 id="trend-title">${t('alerts.trend.title')}</h2>
            ${this.#trend(alert, threshold)}
          </section>
        </div>
        <div>
          <section class="card" aria-labelledby="respond-title">
            <h2 id="respond-title">${t('alerts.actions.title')}</h2>
            ${
              canAct
                ? html`<aty-alert-actions .alert=${alert} ?is-admin=${this.user?.role === 'admin'}
                    @aty-alert-updated=${() => void this.#load(true)}></aty-alert-actions>`
                : html`<p class="muted" data-testid="viewer-note">${t('alerts.actions.viewer')}</p>`
            }
          </section>
          <section class="card" aria-labelledby="history-title">
            <h2 id="history-title">${t('alerts.history.title')}</h2>
            <aty-alert-history .events=${alert.events} metric=${alert.metric}></aty-alert-history>
          </section>
        </div>
      </div>
      <section class="card" aria-labelledby="evidence-title">
        <h2 id="evidence-title">${t('alerts.evidence.title')}
          <span class="muted">· ${t('alerts.evidence.count', { count: formatNumber(alert.evidence.length) })}</span></h2>
        <p class="muted">${t('alerts.evidence.intro')}</p>
        <aty-alert-evidence .items=${alert.evidence} .catalog=${this.#catalog.value}></aty-alert-evidence>
      </section>
    `;
  }

  #threshold(): Threshold | undefined {
    const id = this.alert?.thresholdId;
    return id ? this.#thresholds.value?.items.find((th) => th.id === id) : undefined;
  }

  #trend(alert: AlertDetail, threshold: Threshold | undefined) {
    if (this.seriesError) {
      return html`<div role="alert" class="message error">
        ${t('error.loadFailed', { reason: errorText(this.seriesError) })}
        <button type="button" class="secondary" @click=${() => void this.#loadSeries(alert)}>${t('common.retry')}</button>
      </div>`;
    }
    if (!this.points || !this.shown) return html`<p role="status">${t('app.loading')}</p>`;
    const metric = metricLabel(alert.metric);
    const country = countryName(alert.country);
    return html`<p class="muted">${t('alerts.trend.intro', { metric, country })}</p>
      <aty-alert-trend .points=${this.points} .rule=${this.#rule(alert, threshold)} metric=${alert.metric}
        .metricName=${metric} .domain=${this.shown} triggeredAt=${alert.triggeredAt.slice(0, 10)}
        .clearedAt=${alert.clearedAt?.slice(0, 10) ?? null}
        label=${t('alerts.trend.label', { metric, country, from: formatDay(this.shown.from), to: formatDay(this.shown.to) })}
      ></aty-alert-trend>`;
  }

  #rule(alert: AlertDetail, threshold: Threshold | undefined): AlertRule {
    return {
      kind: alert.kind,
      value: alert.thresholdValue,
      windowDays: threshold?.windowDays ?? null,
      persistenceDays: threshold?.persistenceDays ?? 1,
    };
  }

  async #load(quiet: boolean): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    if (!quiet) this.error = undefined;
    try {
      const alert = await getAlert(this.alertId, abort.signal);
      const first = !this.alert;
      this.alert = alert;
      this.error = undefined;
      if (first) void this.#loadSeries(alert);
    } catch (caught) {
      if (abort.signal.aborted) return;
      if (!quiet || !this.alert) this.error = toApiError(caught);
    }
  }

  async #loadSeries(alert: AlertDetail): Promise<void> {
    this.#seriesAbort?.abort();
    const abort = new AbortController();
    this.#seriesAbort = abort;
    this.seriesError = undefined;
    // For a rise, the longest window a threshold can have, so the first day shown is measured over a full
    // window whatever the threshold (which may not have loaded yet, or was deleted) says.
    const lookback: AlertRule =
      alert.kind === 'rise' ? { kind: 'rise', value: 0, windowDays: 365 } : { kind: 'level', value: 0 };
    const { fetch, shown } = alertTrendPeriod(alert.triggeredAt.slice(0, 10), lookback, todayUtc());
    try {
      const series = await getRiskSeries(alert.country, fetch, 'day', abort.signal);
      this.points = metricSeries(series.series, alert.metric);
      this.shown = shown;
    } catch (caught) {
      if (abort.signal.aborted) return;
      this.seriesError = toApiError(caught);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-alert-page': AtyAlertPage;
  }
}
