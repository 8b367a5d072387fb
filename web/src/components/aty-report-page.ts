import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { type ApiError, toApiError } from '../api/client.ts';
import { type Catalog, getCatalog, getReport, type ReportDetail } from '../api/reports.ts';
import { Resource } from '../api/resource.ts';
import { hasRole, type User } from '../api/types.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { AtyHighlightedText, HighlightHit } from './aty-highlighted-text.ts';
import './aty-highlighted-text.ts';
import type { AtyReportHits, HitReviewedDetail } from './aty-report-hits.ts';
import './aty-report-hits.ts';
import './aty-report-meta.ts';
import './aty-report-summary.ts';
import { errorText } from './error-text.ts';
import { firstWords } from './report-labels.ts';
import { reportStyles } from './report-styles.ts';

/**
 * One report: its metadata, its score with the risk factors and crimes behind it, the full text with every
 * hit's words marked, and the hits beside it (below on narrow screens). Choosing a hit in the list scrolls
 * the text to it and focuses it; analysts can confirm or reject each hit.
 */
@customElement('aty-report-page')
export class AtyReportPage extends LitElement {
  static override styles = [
    sharedStyles,
    reportStyles,
    css`
      .title-row {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.5rem 1rem;
      }
      h1 {
        overflow-wrap: anywhere;
      }
      .back {
        display: inline-block;
        margin-bottom: 0.75rem;
      }
      .reading {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        gap: 1.25rem;
        align-items: start;
      }
      .hits {
        position: sticky;
        top: 1rem;
        max-height: calc(100vh - 2rem);
        overflow-y: auto;
      }
      @media (max-width: 60rem) {
        .reading {
          grid-template-columns: 1fr;
        }
        .hits {
          position: static;
          max-height: none;
        }
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);
  readonly #catalog = new Resource<Catalog>(this, (signal) => getCatalog(signal));

  /** The signed-in user. */
  @property({ attribute: false }) user: User | null = null;

  /** Report id from the route. */
  @property() reportId = '';

  @state() private report: ReportDetail | undefined;
  @state() private error: ApiError | undefined;
  @state() private selected = -1;
  @state() private reviewStatus: (() => string) | undefined;

  @query('aty-highlighted-text') private textView: AtyHighlightedText | undefined;
  @query('aty-report-hits') private hitList: AtyReportHits | undefined;

  #abort: AbortController | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('reportId')) {
      this.report = undefined;
      this.selected = -1;
      void this.#load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  override render() {
    const back = html`<a class="back" href="/reports">${t('reports.back')}</a>`;
    if (this.error) {
      return html`${back}<h1>${t('page.report.title', { id: this.reportId })}</h1>
        <div role="alert" class="message error">
          ${this.error.code === 'not_found' || this.error.status === 400 ? t('reports.notFound') : t('error.loadFailed', { reason: errorText(this.error) })}
          ${this.error.code === 'not_found' || this.error.status === 400 ? nothing : html`<button type="button" class="secondary" @click=${() => void this.#load()}>${t('common.retry')}</button>`}
        </div>`;
    }
    const report = this.report;
    if (!report) return html`${back}<p role="status">${t('app.loading')}</p>`;
    const canReview = this.user !== null && hasRole(this.user.role, 'analyst');
    return html`
      ${back}
      <div class="title-row">
        <h1 data-testid="report-title">${report.title ?? firstWords(report.text)}</h1>
        ${report.synthetic ? html`<span class="badge synthetic" title=${t('reports.syntheticHelp')}>${t('reports.synthetic')}</span>` : nothing}
      </div>
      <section class="card" aria-labelledby="meta-title">
        <h2 id="meta-title">${t('reports.meta.title')}</h2>
        <aty-report-meta .report=${report}></aty-report-meta>
      </section>
      <section class="card" aria-labelledby="score-title">
        <h2 id="score-title">${t('reports.summary.title')}</h2>
        <aty-report-summary .score=${report.score} .scored=${report.scored} .riskFactors=${report.riskFactors}
          .crimes=${report.crimes}></aty-report-summary>
      </section>
      <div class="reading">
        <section class="card" aria-labelledby="text-title">
          <h2 id="text-title">${t('reports.text.title')}</h2>
          <p class="help">${t('reports.text.help')}</p>
          <aty-highlighted-text .text=${report.text} .selected=${this.selected}
            .hits=${this.#highlights(report)}
            @aty-hit-select=${this.#selectFromText}></aty-highlighted-text>
        </section>
        <section class="card hits" aria-labelledby="hits-title">
          <h2 id="hits-title">${t('reports.hits.title', { count: formatNumber(report.hits.length) })}</h2>
          <p role="status" class="muted">${this.reviewStatus?.()}</p>
          <aty-report-hits .hits=${report.hits} .names=${this.#names()} .selected=${this.selected}
            .canReview=${canReview} @aty-hit-select=${this.#selectFromList}
            @aty-hit-reviewed=${this.#reviewed}></aty-report-hits>
        </section>
      </div>
    `;
  }

  // One array per report value, so the full text is re-split only when the hits change, not on every render.
  #highlighted: { report: ReportDetail; hits: HighlightHit[] } | undefined;
  #highlights(report: ReportDetail): HighlightHit[] {
    if (this.#highlighted?.report !== report) {
      const hits = report.hits.map((hit) => ({
        matches: hit.matches,
        evidence: hit.evidence,
        counts: hit.weight > 0 && hit.review?.decision !== 'rejected',
      }));
      this.#highlighted = { report, hits };
    }
    return this.#highlighted.hits;
  }

  #names(): ReadonlyMap<string, string> {
    const lang = locale.value;
    return new Map((this.#catalog.value?.indicators ?? []).map((i) => [i.id, i.name[lang]]));
  }

  // Selecting re-renders the text (the chosen sentence gets its own shade), so focus waits for that render.
  async #selectFromList(event: CustomEvent<{ index: number }>): Promise<void> {
    this.selected = event.detail.index;
    await this.updateComplete;
    await this.textView?.focusHit(event.detail.index);
  }

  async #selectFromText(event: CustomEvent<{ index: number }>): Promise<void> {
    this.selected = event.detail.index;
    await this.updateComplete;
    await this.hitList?.revealHit(event.detail.index);
  }

  #reviewed(event: CustomEvent<HitReviewedDetail>): void {
    const { hit, report } = event.detail.outcome;
    if (!this.report || report.id !== this.report.id) return;
    const before = this.report.score;
    this.report = {
      ...this.report,
      score: report.score,
      riskFactors: report.riskFactors,
      crimes: report.crimes,
      hits: this.report.hits.map((h) => (h.id === hit.id ? hit : h)),
    };
    this.reviewStatus = () =>
      t('reports.review.saved', {
        before: formatNumber(before, { maximumFractionDigits: 1 }),
        after: formatNumber(report.score, { maximumFractionDigits: 1 }),
      });
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.error = undefined;
    try {
      this.report = await getReport(this.reportId, abort.signal);
    } catch (caught) {
      if (!abort.signal.aborted) this.error = toApiError(caught);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-report-page': AtyReportPage;
  }
}
