import { initialState, Task, TaskStatus } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { findCountry } from '../../../indicators/countries.ts';
import { listAlerts } from '../api/alerts.ts';
import { getCatalog, getCountryRanking, getEvidence, getHistory, getRiskSeries } from '../api/country.ts';
import { hasRole, type User } from '../api/types.ts';
import { periodMaxima } from '../charts/heatmap.ts';
import {
  intervalFor,
  type Period,
  periodFromQuery,
  presetPeriod,
  todayUtc,
  withPeriod,
} from '../charts/period.ts';
import type { ChartMarker } from '../charts/trend.ts';
import { formatDate, locale, t } from '../i18n/index.ts';
import { currentLocation, navigate } from '../router/router.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-briefing-dialog.ts';
import './aty-country-header.ts';
import './aty-crime-lines.ts';
import './aty-evidence-list.ts';
import './aty-period-picker.ts';
import './aty-rf-checklist.ts';
import './aty-rf-heatmap.ts';
import './aty-trend-chart.ts';
import type { ReviewChangeDetail } from './review-events.ts';
import { taskFailure } from './task-failure.ts';

/** The evidence list shows this many hits at first, and this many more on each "show more" (the API allows 100). */
const EVIDENCE_STEP = 20;
const EVIDENCE_MAX = 100;
const DAY = { dateStyle: 'medium', timeZone: 'UTC' } as const;

/** The country's alerts drawn on the trend: the most recent ones are enough to read the chart. */
const ALERT_MARKER_LIMIT = 100;

/**
 * One country's risk: where it stands, its score over time (a brush or the period picker chooses a period, kept
 * in the URL), and for that period the risk factors week by week, the crime categories, the Framework
 * checklist and the quoted evidence, which analysts review here.
 */
@customElement('aty-country-page')
export class AtyCountryPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .columns {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr);
        gap: 0 1.25rem;
        align-items: start;
      }
      @media (max-width: 60rem) {
        .columns {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      .period-line {
        font-weight: 600;
      }
      .hint {
        font-size: 0.9rem;
      }
      [aria-busy='true'] {
        opacity: 0.7;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);
  readonly #location = new StoreController(this, currentLocation);
  readonly #today = todayUtc();

  /** The signed-in user. */
  @property({ attribute: false }) user: User | null = null;

  /** Country code (ISO3) from the route. */
  @property() iso3 = '';

  /** What the last review did, announced to screen readers. */
  @state() private reviewMessage = '';

  /** How many hits the evidence list asks for. */
  @state() private evidenceLimit = EVIDENCE_STEP;

  readonly #ranking = new Task(this, {
    task: async ([iso3], { signal }) => {
      if (!findCountry(iso3)) return initialState;
      const ranking = await getCountryRanking(signal);
      return ranking.items.find((item) => item.iso3 === iso3.toUpperCase()) ?? null;
    },
    args: () => [this.iso3] as const,
  });

  readonly #catalog = new Task(this, {
    task: (_args, { signal }) => getCatalog(signal),
    args: () => [] as const,
  });

  readonly #history = new Task(this, {
    task: ([iso3], { signal }) => (findCountry(iso3) ? getHistory(iso3, this.#today, signal) : initialState),
    args: () => [this.iso3] as const,
  });

  readonly #series = new Task(this, {
    task: ([iso3, from, to], { signal }) =>
      findCountry(iso3) ? getRiskSeries(iso3, { from, to }, intervalFor({ from, to }), signal) : initialState,
    args: () => [this.iso3, this.#period().from, this.#period().to] as const,
  });

  readonly #evidence = new Task(this, {
    task: ([iso3, from, to, limit], { signal }) =>
      findCountry(iso3) ? getEvidence(iso3, { from, to }, limit, signal) : initialState,
    args: () => [this.iso3, this.#period().from, this.#period().to, this.evidenceLimit] as const,
  });

  readonly #alerts = new Task(this, {
    task: ([iso3], { signal }) =>
      findCountry(iso3) ? listAlerts({ country: iso3 }, { limit: ALERT_MARKER_LIMIT }, signal) : initialState,
    args: () => [this.iso3] as const,
  });

  /** One labelled tick per alert, on the day it was raised (alerts on the score, a factor or a crime alike). */
  #alertMarkers(): ChartMarker[] {
    return (this.#alerts.value?.items ?? []).map((alert) => ({
      date: alert.triggeredAt,
      label: alert.thresholdName,
    }));
  }

  /** The period in the URL, or the last year. */
  #period(): Period {
    return periodFromQuery(this.#location.value.search) ?? presetPeriod('1y', this.#bounds());
  }

  /** The span of the data (today when it is not known yet, so the presets still end today). */
  #bounds(): Period {
    return this.#history.value?.bounds ?? { from: this.#today, to: this.#today };
  }

  #openBriefing(): void {
    this.renderRoot.querySelector('aty-briefing-dialog')?.show();
  }

  override render() {
    const country = findCountry(this.iso3);
    if (!country) {
      return html`<h1>${t('country.unknownTitle')}</h1>
        <p>${t('country.unknown', { iso3: this.iso3 })}</p>
        <p><a href="/">${t('page.notFound.link')}</a></p>`;
    }
    const period = this.#period();
    const evidence = this.#evidence.value;
    const synthetic = Boolean(
      this.#ranking.value?.synthetic || evidence?.items.some((item) => item.synthetic),
    );
    return html`
      <aty-country-header
        .iso3=${country.iso3}
        .item=${this.#ranking.value}
        ?failed=${this.#ranking.status === TaskStatus.ERROR}
        .synthetic=${synthetic}
      ></aty-country-header>
      ${taskFailure(this.#ranking)}
      <p class="actions">
        <button type="button" data-testid="open-briefing" @click=${this.#openBriefing}>${t('briefings.open')}</button>
      </p>
      <aty-briefing-dialog modal .iso3=${country.iso3}></aty-briefing-dialog>
      <p class="visually-hidden" role="status" data-testid="review-announcement">${this.reviewMessage}</p>
      <div @aty-period-change=${this.#choosePeriod} @aty-review-change=${this.#reviewed}>
        ${this.#trend(period)} ${this.#heatmap(period)} ${this.#crimes(period)}
        <div class="columns">${this.#evidenceSection(period)} ${this.#checklist(period)}</div>
      </div>
    `;
  }

  #trend(period: Period) {
    const history = this.#history.value;
    const lang = locale.value;
    const name = findCountry(this.iso3)?.name[lang] ?? this.iso3;
    return html`<section class="card" aria-labelledby="trend-title">
      <h2 id="trend-title">${t('country.trend.title')}</h2>
      <p class="period-line" data-testid="period-line" aria-live="polite">
        ${t('country.period.showing', { from: formatDate(period.from, DAY), to: formatDate(period.to, DAY) })}
      </p>
      <aty-period-picker .period=${period} .bounds=${this.#bounds()}></aty-period-picker>
      ${taskFailure(this.#history)}
      ${
        history === undefined
          ? html`<p role="status">${t('app.loading')}</p>`
          : history.bounds === undefined
            ? html`<p data-testid="no-history">${t('country.noReports')}</p>`
            : html`<p class="hint muted">${t('country.trend.hint')}</p>
                <aty-trend-chart
                  brushable
                  bands
                  aria-busy=${this.#history.status === TaskStatus.PENDING}
                  .series=${[{ id: this.iso3, label: t('country.trend.series'), points: history.series.map((p) => ({ date: p.date, value: p.score })) }]}
                  .domain=${history.bounds}
                  .selection=${period}
                  .markers=${this.#alertMarkers()}
                  .label=${t('country.trend.label', { country: name })}
                ></aty-trend-chart>`
      }
    </section>`;
  }

  #heatmap(period: Period) {
    const series = this.#series.value;
    return html`<section class="card" aria-labelledby="heatmap-title">
      <h2 id="heatmap-title">${t('country.heatmap.title')}</h2>
      <p class="muted">${t('country.heatmap.intro')}</p>
      ${taskFailure(this.#series)}
      ${
        series
          ? html`<aty-rf-heatmap
              aria-busy=${this.#series.status === TaskStatus.PENDING}
              .points=${series.series}
              .period=${period}
            ></aty-rf-heatmap>`
          : html`<p role="status">${t('app.loading')}</p>`
      }
    </section>`;
  }

  #crimes(period: Period) {
    const series = this.#series.value;
    return html`<section class="card" aria-labelledby="crimes-title">
      <h2 id="crimes-title">${t('country.crimes.title')}</h2>
      <p class="muted">${t('country.crimes.intro')}</p>
      ${
        series
          ? html`<aty-crime-lines
              aria-busy=${this.#series.status === TaskStatus.PENDING}
              .points=${series.series}
              .period=${period}
            ></aty-crime-lines>`
          : html`<p role="status">${t('app.loading')}</p>`
      }
    </section>`;
  }

  #checklist(period: Period) {
    const series = this.#series.value;
    return html`<section class="card" aria-labelledby="checklist-title">
      <h2 id="checklist-title">${t('country.checklist.title')}</h2>
      ${
        series
          ? html`<aty-rf-checklist .values=${periodMaxima(series.series)} data-period=${`${period.from}/${period.to}`}></aty-rf-checklist>`
          : html`<p role="status">${t('app.loading')}</p>`
      }
    </section>`;
  }

  #evidenceSection(period: Period) {
    const evidence = this.#evidence.value;
    const canReview = this.user ? hasRole(this.user.role, 'analyst') : false;
    return html`<section class="card" aria-labelledby="evidence-title">
      <h2 id="evidence-title">${t('country.evidence.title')}</h2>
      <p class="muted">
        ${t('country.evidence.intro', { from: formatDate(period.from, DAY), to: formatDate(period.to, DAY) })}
      </p>
      ${taskFailure(this.#evidence)}
      ${
        evidence
          ? html`<aty-evidence-list
              aria-busy=${this.#evidence.status === TaskStatus.PENDING}
              .items=${evidence.items}
              .catalog=${this.#catalog.value}
              .limit=${this.evidenceLimit}
              ?can-review=${canReview}
            ></aty-evidence-list>
            ${
              evidence.items.length >= this.evidenceLimit && this.evidenceLimit < EVIDENCE_MAX
                ? html`<p>
                    <button type="button" class="secondary" data-testid="evidence-more" @click=${this.#showMore}>
                      ${t('country.evidence.more', { count: EVIDENCE_STEP })}
                    </button>
                  </p>`
                : nothing
            }`
          : html`<p role="status">${t('app.loading')}</p>`
      }
    </section>`;
  }

  #showMore(): void {
    this.evidenceLimit = Math.min(EVIDENCE_MAX, this.evidenceLimit + EVIDENCE_STEP);
  }

  /** A period chosen with the brush, a preset or the dates: written into the URL, which drives the data. */
  #choosePeriod(event: CustomEvent<Period>): void {
    this.evidenceLimit = EVIDENCE_STEP;
    const search = withPeriod(this.#location.value.search, event.detail);
    navigate(`/countries/${encodeURIComponent(this.iso3)}?${search}`, { replace: true });
  }

  /** A review changes the scores: reload everything computed from the hits. */
  #reviewed(event: CustomEvent<ReviewChangeDetail>): void {
    const { decision } = event.detail;
    this.reviewMessage = t(
      decision === 'rejected'
        ? 'country.review.savedRejected'
        : decision === 'confirmed'
          ? 'country.review.savedConfirmed'
          : 'country.review.savedCleared',
    );
    for (const task of [this.#ranking, this.#history, this.#series, this.#evidence]) void task.run();
  }

  protected override updated(): void {
    // Write the default period into the URL once, so the address can be shared as it is.
    const location = this.#location.value;
    if (location.route.name === 'country' && !periodFromQuery(location.search)) {
      const search = withPeriod(location.search, this.#period());
      navigate(`${location.pathname}?${search}`, { replace: true });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-country-page': AtyCountryPage;
  }
}
