import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Alert, Threshold } from '../api/alerts.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { formatChange, formatMetric, metricLabel, persistenceText, thresholdName } from './alert-labels.ts';
import { alertStyles } from './alert-styles.ts';
import { countryName, formatDay, riskFactorName } from './report-labels.ts';
import { reportStyles } from './report-styles.ts';
import './aty-alert-status.ts';

/** The facts of an alert: threshold, values, change, trigger day, whether it still holds, status, assignee. */
@customElement('aty-alert-facts')
export class AtyAlertFacts extends LitElement {
  static override styles = [
    sharedStyles,
    reportStyles,
    alertStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.45rem 1.25rem;
        margin: 0;
      }
      dt {
        font-weight: 600;
        color: var(--text-muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .big {
        font-size: 1.15rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The alert. */
  @property({ attribute: false }) alert!: Alert;

  /** Its threshold, when it still exists (for the window of a rise and the persistence). */
  @property({ attribute: false }) threshold: Threshold | undefined;

  override render() {
    const a = this.alert;
    const change = formatChange(a.metric, a.change);
    return html`<dl data-testid="alert-facts">
      <dt>${t('alerts.detail.threshold')}</dt>
      <dd>${
        a.thresholdId
          ? html`<a href="/thresholds#threshold-${a.thresholdId}">${thresholdName(a.thresholdName)}</a>`
          : t('alerts.detail.thresholdDeleted', { name: thresholdName(a.thresholdName) })
      }
        <span class="muted">· ${metricLabel(a.metric)}${
          this.threshold
            ? html` · ${t('alerts.detail.persistence', { days: persistenceText(this.threshold.persistenceDays) })}`
            : nothing
        }</span></dd>
      <dt>${t('alerts.detail.valueAtTrigger')}</dt>
      <dd class="big" data-testid="alert-value">${formatMetric(a.metric, a.value)}</dd>
      <dt>${t('alerts.detail.latest')}</dt>
      <dd>${formatMetric(a.metric, a.latestValue)}</dd>
      <dt>${t('alerts.detail.change')}</dt>
      <dd>${
        a.kind === 'rise'
          ? t('alerts.detail.changeRise', { change, days: formatNumber(this.threshold?.windowDays ?? 30) })
          : t('alerts.detail.changeLevel', { change })
      }</dd>
      <dt>${t('alerts.detail.triggered')}</dt>
      <dd>${formatDay(a.triggeredAt.slice(0, 10))}</dd>
      <dt>${t('alerts.detail.condition')}</dt>
      <dd data-testid="alert-holding">${
        a.holding
          ? html`<span class="holding">${t('alerts.holding')}</span>`
          : a.clearedAt
            ? t('alerts.clearedOn', { date: formatDay(a.clearedAt.slice(0, 10)) })
            : t('alerts.notHolding')
      }</dd>
      <dt>${t('alerts.detail.status')}</dt>
      <dd><aty-alert-status .status=${a.status} data-testid="alert-status"></aty-alert-status></dd>
      <dt>${t('alerts.detail.assignee')}</dt>
      <dd data-testid="alert-assignee">${a.assignee ?? html`<span class="muted">${t('alerts.unassigned')}</span>`}</dd>
      <dt>${t('alerts.detail.riskFactors')}</dt>
      <dd>${
        a.riskFactors.length
          ? html`<ul class="codes">${a.riskFactors.map(
              (code) =>
                html`<li title=${riskFactorName(code)}>${code}<span class="visually-hidden">: ${riskFactorName(code)}</span></li>`,
            )}</ul>`
          : t('alerts.detail.none')
      }</dd>
      <dt>${t('alerts.detail.reports')}</dt>
      <dd>${t('alerts.detail.reportCount', { count: formatNumber(a.reportIds.length) })} ·
        <a href="/countries/${encodeURIComponent(a.country)}">${t('alerts.detail.countryLink', { country: countryName(a.country) })}</a></dd>
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-alert-facts': AtyAlertFacts;
  }
}
