import { initialState, Task, TaskStatus } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { findCountry } from '../../../indicators/countries.ts';
import { getCountryRanking, getDataSpan, getRiskSeries } from '../api/country.ts';
import type { User } from '../api/types.ts';
import { compareQuery, countriesFromQuery, MAX_COUNTRIES, queryString } from '../charts/compare-query.ts';
import {
  intervalFor,
  type Period,
  periodFromQuery,
  presetPeriod,
  todayUtc,
  withPeriod,
} from '../charts/period.ts';
import type { LineSeries } from '../charts/trend.ts';
import { formatDate, locale, t } from '../i18n/index.ts';
import { currentLocation, navigate } from '../router/router.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-country-picker.ts';
import type { CountriesChangeDetail, CountryOption } from './aty-country-picker.ts';
import './aty-period-picker.ts';
import './aty-trend-chart.ts';
import { taskFailure } from './task-failure.ts';

const DAY = { dateStyle: 'medium', timeZone: 'UTC' } as const;

/**
 * Two to five countries' scores on one chart over a shared period, chosen with an accessible picker; the
 * countries and the period live in the URL, so a comparison can be shared as a link.
 */
@customElement('aty-compare-page')
export class AtyComparePage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .period-line {
        font-weight: 600;
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

  readonly #ranking = new Task(this, {
    task: async (_args, { signal }) => (await getCountryRanking(signal)).items,
    args: () => [] as const,
  });

  /** The span of the chosen countries' data together: "all" runs from the earliest first report. */
  readonly #bounds = new Task(this, {
    task: async ([key], { signal }) => {
      if (!key) return initialState;
      const spans = await Promise.all(key.split(',').map((iso3) => getDataSpan(iso3, this.#today, signal)));
      const starts = spans.flatMap((span) => (span ? [span.from] : [])).sort();
      return { from: starts[0] ?? this.#today, to: this.#today };
    },
    args: () => [this.#countries().join(',')] as const,
  });

  readonly #series = new Task(this, {
    task: async ([key, from, to], { signal }) => {
      if (!key) return initialState;
      const period = { from, to };
      return Promise.all(
        key.split(',').map((iso3) => getRiskSeries(iso3, period, intervalFor(period), signal)),
      );
    },
    args: () => [this.#countries().join(','), this.#period().from, this.#period().to] as const,
  });

  #countries(): string[] {
    return countriesFromQuery(this.#location.value.search);
  }

  #period(): Period {
    return periodFromQuery(this.#location.value.search) ?? presetPeriod('1y', this.#boundsValue());
  }

  #boundsValue(): Period {
    return this.#bounds.value ?? { from: this.#today, to: this.#today };
  }

  override render() {
    const countries = this.#countries();
    const period = this.#period();
    const options: CountryOption[] = (this.#ranking.value ?? []).map(({ iso3, name }) => ({ iso3, name }));
    return html`
      <h1>${t('compare.title')}</h1>
      <p>${t('compare.intro')}</p>
      <section class="card" aria-labelledby="countries-title">
        <h2 id="countries-title" class="visually-hidden">${t('compare.countries')}</h2>
        ${taskFailure(this.#ranking)}
        <aty-country-picker
          .selected=${countries}
          .options=${options}
          .max=${MAX_COUNTRIES}
          @aty-countries-change=${this.#chooseCountries}
        ></aty-country-picker>
      </section>
      ${countries.length ? this.#chart(countries, period) : nothing}
    `;
  }

  #chart(countries: string[], period: Period) {
    const lang = locale.value;
    const results = this.#series.value;
    const series: LineSeries[] = (results ?? []).map((result) => ({
      id: result.iso3,
      label: findCountry(result.iso3)?.name[lang] ?? result.iso3,
      points: result.series.map((p) => ({ date: p.date, value: p.score })),
    }));
    const names = countries.map((iso3) => findCountry(iso3)?.name[lang] ?? iso3);
    return html`<section class="card" aria-labelledby="chart-title">
      <h2 id="chart-title">${t('compare.chartTitle')}</h2>
      <p class="period-line" aria-live="polite">
        ${t('country.period.showing', { from: formatDate(period.from, DAY), to: formatDate(period.to, DAY) })}
      </p>
      <aty-period-picker
        .period=${period}
        .bounds=${this.#boundsValue()}
        @aty-period-change=${this.#choosePeriod}
      ></aty-period-picker>
      ${taskFailure(this.#series)}
      ${
        results
          ? html`<aty-trend-chart
              bands
              brushable
              aria-busy=${this.#series.status === TaskStatus.PENDING}
              .series=${series}
              .domain=${period}
              .selection=${period}
              .label=${t('compare.chartLabel', { countries: new Intl.ListFormat(lang).format(names) })}
              @aty-period-change=${this.#choosePeriod}
            ></aty-trend-chart>`
          : html`<p role="status">${t('app.loading')}</p>`
      }
    </section>`;
  }

  #chooseCountries(event: CustomEvent<CountriesChangeDetail>): void {
    this.#go(compareQuery(this.#location.value.search, event.detail.countries));
  }

  #choosePeriod(event: CustomEvent<Period>): void {
    event.stopPropagation();
    this.#go(queryString(withPeriod(this.#location.value.search, event.detail)));
  }

  /** Keeps the comparison in the URL (replacing the entry: choosing is not navigating). */
  #go(query: string): void {
    navigate(`/compare?${query}`, { replace: true });
  }

  protected override updated(): void {
    const location = this.#location.value;
    if (location.route.name === 'compare' && this.#countries().length && !periodFromQuery(location.search)) {
      this.#go(queryString(withPeriod(location.search, this.#period())));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-compare-page': AtyComparePage;
  }
}
