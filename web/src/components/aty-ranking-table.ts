import { css, html, LitElement, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CRIME_CODES, type CrimeCode, crimes } from '../../../indicators/crimes.ts';
import { riskFactors } from '../../../indicators/risk-factors.ts';
import type { RankingItem, Region } from '../api/overview.ts';
import { LEVEL_FILL, LEVELS, levelOf, type RiskLevel } from '../charts/levels.ts';
import {
  CRIME_MIN_VALUE,
  defaultDirection,
  filterRanking,
  NO_FILTERS,
  type RankingFilters,
  type RankingSort,
  type SortKey,
  sortRanking,
} from '../charts/ranking.ts';
import { sparkline } from '../charts/sparkline.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import {
  CHANGE_ARROW,
  changeDirection,
  formatChange,
  formatDay,
  formatMonth,
  formatScore,
  levelName,
  localName,
} from './overview-format.ts';
import { levelBadgeStyles } from './overview-styles.ts';

const REGIONS: readonly Region[] = ['africa', 'americas', 'asia', 'europe', 'oceania', 'antarctic'];
const FACTOR_NAMES = new Map(riskFactors.map((factor) => [factor.code, factor.name]));
const CRIME_NAMES = new Map(crimes.map((crime) => [crime.code, crime.name]));
const SPARK_WIDTH = 96;
const SPARK_HEIGHT = 24;

/**
 * The ranking of countries with reports: sortable by its numeric columns (aria-sort on the sorted header),
 * filterable by region, level and crime. Every figure is written out; colour only repeats what the text says.
 */
@customElement('aty-ranking-table')
export class AtyRankingTable extends LitElement {
  static override styles = [
    sharedStyles,
    levelBadgeStyles,
    css`
      /* Fixed layout: column widths come from here, not from measuring all 200 rows' cells, which was most of
         the time the overview took to appear. The country column takes what is left. */
      table {
        table-layout: fixed;
        min-width: 62rem;
      }
      .w-score {
        width: 8rem;
      }
      .w-level {
        width: 7rem;
      }
      .w-change {
        width: 7.5rem;
      }
      .w-trend {
        width: 7.5rem;
      }
      .w-factors {
        width: 9rem;
      }
      .w-date {
        width: 8rem;
      }
      .w-structural {
        width: 9.5rem;
      }
      .w-crime {
        width: 8rem;
      }
      td,
      th {
        overflow-wrap: break-word;
      }
      .filters {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: 0 1rem;
      }
      .filters .field {
        margin-bottom: 0.5rem;
      }
      .count {
        margin: 0.25rem 0 0.5rem;
      }
      th button.sort {
        all: unset;
        cursor: pointer;
        font-weight: 600;
        color: var(--text-muted);
        text-align: inherit;
      }
      th button.sort:focus-visible {
        outline: 3px solid var(--focus);
        outline-offset: 2px;
      }
      th[aria-sort] button.sort {
        color: var(--text);
      }
      .num {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      td,
      th {
        vertical-align: middle;
      }
      .up {
        color: var(--danger);
      }
      .down {
        color: var(--success);
      }
      .badge {
        display: inline-block;
        margin-inline-start: 0.35rem;
        padding: 0 0.35rem;
        border: 1px dashed var(--text-muted);
        border-radius: 3px;
        font-size: 0.75rem;
        font-weight: 600;
        color: var(--text-muted);
        text-transform: uppercase;
        letter-spacing: 0.03em;
      }
      .factor {
        display: inline-block;
        margin: 0 0.25rem 0.2rem 0;
        font-family: var(--mono);
        font-size: 0.8rem;
        border: 1px solid var(--border);
        border-radius: 3px;
        padding: 0 0.25rem;
        cursor: help;
      }
      .date {
        white-space: nowrap;
      }
      /* Sparklines are drawn here rather than as elements of their own: 200 shadow roots cost more to lay
         out than the lines themselves. */
      svg.spark {
        display: block;
        overflow: visible;
      }
      .spark path {
        fill: none;
        stroke: var(--text-muted);
        stroke-width: 1.5;
        stroke-linejoin: round;
        stroke-linecap: round;
      }
      .spark circle {
        stroke: var(--text);
        stroke-width: 1;
      }
      .spark-pending {
        display: block;
        width: 96px;
        height: 24px;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** Countries with reports (any order: the table sorts them). */
  @property({ attribute: false }) items: readonly RankingItem[] = [];

  /** Month-end scores per country, oldest first, for the sparklines; null while they load. */
  @property({ attribute: false }) trends: ReadonlyMap<string, readonly number[]> | null = null;

  /** The month-end days the trends are on, oldest first. */
  @property({ attribute: false }) trendDates: readonly string[] = [];

  /** The day the ranking describes (YYYY-MM-DD). */
  @property() asOf = '';

  @state() private sort: RankingSort = { key: 'score', direction: 'descending' };
  @state() private filters: RankingFilters = NO_FILTERS;

  protected override updated(): void {
    // The page's "table rendered" signal (its performance marks), saying whether the sparklines are in yet.
    if (this.items.length) {
      this.dispatchEvent(new CustomEvent('aty-drawn', { detail: { trends: this.trends !== null } }));
    }
  }

  override render() {
    const lang = locale.value;
    const shown = sortRanking(filterRanking(this.items, this.filters), this.sort, lang, this.filters.crime);
    // Without any imported forecast, a column of dashes would say nothing: a note says why it is missing.
    const withStructural = this.items.some((item) => item.structuralRisk !== null);
    return html`
      ${this.#filterControls()}
      <p class="count" role="status">
        ${
          shown.length
            ? t('overview.filter.count', {
                shown: formatNumber(shown.length),
                total: formatNumber(this.items.length),
              })
            : t('overview.filter.none')
        }
      </p>
      <div class="table-wrap" aria-busy=${this.trends === null ? 'true' : 'false'}>
        <table data-testid="ranking">
          <caption class="visually-hidden">${t('overview.ranking.caption', { date: formatDay(this.asOf, 'long') })}</caption>
          <colgroup>
            <col />
            <col class="w-score" />
            <col class="w-level" />
            <col class="w-change" />
            <col class="w-trend" />
            <col class="w-factors" />
            <col class="w-date" />
            ${withStructural ? html`<col class="w-structural" />` : nothing}
            ${this.filters.crime ? html`<col class="w-crime" />` : nothing}
          </colgroup>
          <thead>
            <tr>
              ${this.#header('country', t('overview.col.country'))}
              ${this.#header('score', t('overview.col.score'), true)}
              <th scope="col">${t('overview.col.level')}</th>
              ${this.#header('change30d', t('overview.col.change'), true)}
              <th scope="col">${t('overview.col.trend')}</th>
              <th scope="col">${t('overview.col.factors')}</th>
              ${this.#header('lastReportDate', t('overview.col.lastReport'))}
              ${withStructural ? this.#header('structuralRisk', t('overview.col.structural'), true, t('overview.col.structuralHelp')) : nothing}
              ${this.filters.crime ? this.#header('crime', t('overview.col.crime', { crime: crimeName(this.filters.crime) }), true) : nothing}
            </tr>
          </thead>
          <tbody>
            ${repeat(
              shown,
              (item) => item.iso3,
              (item) => this.#row(item, withStructural),
            )}
          </tbody>
        </table>
      </div>
      ${withStructural ? nothing : html`<p class="help">${t('overview.structural.noneImported')}</p>`}
    `;
  }

  #filterControls() {
    const select = <T extends string>(
      id: string,
      label: string,
      any: string,
      value: T | '',
      options: ReadonlyArray<readonly [T, string]>,
      onChange: (value: T | '') => void,
      describedBy?: string,
    ) => html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} aria-describedby=${describedBy ?? nothing}
        @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value as T | '')}>
        <option value="" ?selected=${value === ''}>${any}</option>
        ${options.map(([code, name]) => html`<option value=${code} ?selected=${value === code}>${name}</option>`)}
      </select>
    </div>`;
    const f = this.filters;
    return html`<div class="filters">
      ${select<Region>(
        'filter-region',
        t('overview.filter.region'),
        t('overview.filter.anyRegion'),
        f.region,
        REGIONS.map((region) => [region, t(`overview.region.${region}`)] as const),
        (region) => this.#filter({ region }),
      )}
      ${select<RiskLevel>(
        'filter-level',
        t('overview.filter.level'),
        t('overview.filter.anyLevel'),
        f.level,
        [...LEVELS].reverse().map((level) => [level, levelName(level)] as const),
        (level) => this.#filter({ level }),
      )}
      ${select<CrimeCode>(
        'filter-crime',
        t('overview.filter.crime'),
        t('overview.filter.anyCrime'),
        f.crime,
        CRIME_CODES.map((crime) => [crime, crimeName(crime)] as const),
        (crime) => this.#filter({ crime }),
        'crime-help',
      )}
      ${
        f.region || f.level || f.crime
          ? html`<div class="field"><button type="button" class="secondary" @click=${() => this.#filter(NO_FILTERS)}>
            ${t('overview.filter.clear')}</button></div>`
          : nothing
      }
    </div>
    <p class="help" id="crime-help">${t('overview.filter.crimeHelp', { min: formatNumber(CRIME_MIN_VALUE) })}</p>`;
  }

  #filter(change: Partial<RankingFilters>): void {
    const filters = { ...this.filters, ...change };
    // Choosing a crime asks "where is it most in evidence": sort by it. Dropping it drops that sort.
    if (change.crime) this.sort = { key: 'crime', direction: 'descending' };
    else if (!filters.crime && this.sort.key === 'crime')
      this.sort = { key: 'score', direction: 'descending' };
    this.filters = filters;
  }

  #header(key: SortKey, label: string, numeric = false, title?: string) {
    const sorted = this.sort.key === key;
    const arrow = sorted ? (this.sort.direction === 'ascending' ? '▲' : '▼') : '↕';
    return html`<th scope="col" class=${numeric ? 'num' : ''} aria-sort=${sorted ? this.sort.direction : nothing}
      title=${title ?? nothing}>
      <button type="button" class="sort" @click=${() => this.#sortBy(key)}>
        ${label} <span aria-hidden="true">${arrow}</span>
      </button>
    </th>`;
  }

  #sortBy(key: SortKey): void {
    if (this.sort.key === key) {
      this.sort = { key, direction: this.sort.direction === 'ascending' ? 'descending' : 'ascending' };
    } else {
      this.sort = { key, direction: defaultDirection(key) };
    }
  }

  #row(item: RankingItem, withStructural: boolean) {
    const direction = changeDirection(item.change30d);
    const crime = this.filters.crime;
    return html`<tr data-iso3=${item.iso3}>
      <th scope="row">
        <a href="/countries/${item.iso3}">${localName(item.name)}</a>${
          item.synthetic
            ? html`<span class="badge" title=${t('overview.synthetic.title')}>${t('overview.synthetic.badge')}</span>`
            : nothing
        }
      </th>
      <td class="num">${formatScore(item.score)}</td>
      <td><span class="level ${item.level}">${levelName(item.level)}</span></td>
      <td class="num ${direction}"><span aria-hidden="true">${CHANGE_ARROW[direction]}</span>
        ${formatChange(item.change30d)}</td>
      <td>${this.#sparkline(item.iso3)}</td>
      <td>${this.#factors(item)}</td>
      <td class="date"><time datetime=${item.lastReportDate}>${formatDay(item.lastReportDate)}</time></td>
      ${withStructural ? html`<td class="num">${this.#structural(item)}</td>` : nothing}
      ${crime ? html`<td class="num">${formatNumber(item.crimes[crime] ?? 0, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</td>` : nothing}
    </tr>`;
  }

  #sparkline(iso3: string) {
    if (this.trends === null) {
      return html`<span class="spark-pending" role="img" aria-label=${t('overview.spark.loading')}></span>`;
    }
    const values = this.trends.get(iso3);
    const dates = this.trendDates;
    if (!values?.length || !dates.length) return html`<span class="muted">${t('overview.spark.none')}</span>`;
    const label = t('overview.spark.label', {
      first: formatScore(values[0]!),
      from: formatMonth(dates[0]!),
      last: formatScore(values[values.length - 1]!),
      to: formatDay(dates[dates.length - 1]!),
      min: formatScore(Math.min(...values)),
      max: formatScore(Math.max(...values)),
    });
    const { d, last } = sparkline(values, SPARK_WIDTH, SPARK_HEIGHT);
    const current = values[values.length - 1]!;
    // The line ends in a dot of the current level's colour, outlined so a light "low" dot stays visible.
    return html`<svg class="spark" width=${SPARK_WIDTH} height=${SPARK_HEIGHT} viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}"
      role="img" aria-label=${label}>
      <path d=${d}></path>
      ${last ? svg`<circle cx=${last.x} cy=${last.y} r="2.5" fill=${LEVEL_FILL[levelOf(current)]}></circle>` : nothing}
    </svg>`;
  }

  #factors(item: RankingItem) {
    if (!item.topRiskFactors.length) return html`<span class="muted">${t('overview.factors.none')}</span>`;
    const lang = locale.value;
    const named = item.topRiskFactors.map((code) => ({ code, name: FACTOR_NAMES.get(code)?.[lang] ?? code }));
    // Codes to see (names on hover), names to hear: one hidden text per row, not one per code (each hidden
    // text is a positioned box, and a thousand of them showed up in the table's layout time).
    return html`<span aria-hidden="true">${named.map(
      ({ code, name }) => html`<span class="factor" title=${name}>${code}</span>`,
    )}</span><span class="visually-hidden">${named.map(({ code, name }) => `${code}: ${name}`).join('; ')}</span>`;
  }

  #structural(item: RankingItem) {
    const forecast = item.structuralRisk;
    if (!forecast) {
      return html`<span aria-hidden="true">—</span><span class="visually-hidden">${t('overview.structural.none')}</span>`;
    }
    const risk = formatNumber(forecast.risk, { style: 'percent', maximumFractionDigits: 1 });
    const title = t('overview.structural.title', {
      source: forecast.source,
      window: forecast.forecastWindow,
      year: String(forecast.baseYear),
    });
    return html`<span title=${title}>${forecast.rank === null ? risk : t('overview.structural.value', { risk, rank: formatNumber(forecast.rank) })}</span>`;
  }
}

function crimeName(code: CrimeCode): string {
  return CRIME_NAMES.get(code)?.[locale.value] ?? code;
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-ranking-table': AtyRankingTable;
  }
}
