import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ReportSummary } from '../api/reports.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-report-score.ts';
import {
  countryName,
  firstWords,
  formatDay,
  reliabilityWords,
  riskFactorName,
  topRiskFactors,
} from './report-labels.ts';
import { reportStyles } from './report-styles.ts';

/** The reports list as a table: one row per report, newest first, each linking to its page. */
@customElement('aty-report-table')
export class AtyReportTable extends LitElement {
  static override styles = [
    sharedStyles,
    reportStyles,
    css`
      td.num {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .title {
        font-weight: 600;
      }
      .title a {
        overflow-wrap: anywhere;
      }
      .sub {
        display: block;
        font-size: 0.85rem;
        color: var(--text-muted);
        margin-top: 0.15rem;
        overflow-wrap: anywhere;
      }
      .badge {
        margin-inline-start: 0.35rem;
      }
      td:first-child {
        white-space: nowrap;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The reports shown, in order. */
  @property({ attribute: false }) items: readonly ReportSummary[] = [];

  override render() {
    return html`<div class="table-wrap">
      <table data-testid="reports-table">
        <caption class="visually-hidden">${t('reports.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('reports.col.date')}</th>
            <th scope="col">${t('reports.col.country')}</th>
            <th scope="col">${t('reports.col.report')}</th>
            <th scope="col">${t('reports.col.score')}</th>
            <th scope="col">${t('reports.col.riskFactors')}</th>
            <th scope="col">${t('reports.col.hits')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.items.map((report) => this.#row(report))}
        </tbody>
      </table>
    </div>`;
  }

  /** Focuses the link of row `index` (the first of a newly loaded page), so the keyboard continues there. */
  async focusRow(index: number): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelectorAll('tbody tr')[index]?.querySelector('a')?.focus();
  }

  #row(report: ReportSummary) {
    const factors = topRiskFactors(report.riskFactors);
    // Untitled reports are named by their first words (the server sends them for exactly this).
    const heading = report.title ?? (report.excerpt ? firstWords(report.excerpt) : t('reports.untitled'));
    return html`<tr data-report-id=${report.id}>
      <td>${formatDay(report.date)}</td>
      <td>${countryName(report.country)}</td>
      <td>
        <span class="title"><a href=${`/reports/${encodeURIComponent(report.id)}`}
          class=${report.title ? '' : 'untitled'}>${heading}</a></span>
        ${report.synthetic ? html`<span class="badge synthetic" title=${t('reports.syntheticHelp')}>${t('reports.synthetic')}</span>` : nothing}
        <span class="sub">${this.#source(report)}</span>
      </td>
      <td>
        ${
          report.scored
            ? html`<aty-report-score .score=${report.score}></aty-report-score>`
            : html`<span class="muted">${t('reports.notScored')}</span>`
        }
      </td>
      <td>
        ${
          factors.length
            ? html`<ul class="codes">
              ${factors.map((code) => html`<li title=${riskFactorName(code)}>${code}<span class="visually-hidden">: ${riskFactorName(code)}</span></li>`)}
            </ul>`
            : html`<span class="muted">${t('reports.none')}</span>`
        }
      </td>
      <td class="num">${formatNumber(report.hitCount)}</td>
    </tr>`;
  }

  #source(report: ReportSummary) {
    if (!report.source) return t('reports.noSource');
    const words = reliabilityWords(report.source.reliability);
    return t('reports.sourceLine', {
      name: report.source.name,
      grade: report.source.reliability,
      words: words ?? '',
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-report-table': AtyReportTable;
  }
}
