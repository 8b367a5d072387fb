import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Alert, Threshold } from '../api/alerts.ts';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { alertCondition, conditionText, formatChange, formatMetric, thresholdName } from './alert-labels.ts';
import { alertStyles } from './alert-styles.ts';
import { countryName, formatDay } from './report-labels.ts';
import './aty-alert-status.ts';

export interface AlertSelectionDetail {
  ids: ReadonlySet<string>;
}

/**
 * The inbox's rows: country, what fired in words (a link to the alert), value and change, trigger day, whether
 * the condition still holds, status and assignee. With `selectable`, open alerts get a checkbox for bulk
 * acknowledgement (acknowledged and resolved ones cannot be acknowledged again).
 */
@customElement('aty-alert-table')
export class AtyAlertTable extends LitElement {
  static override styles = [
    sharedStyles,
    alertStyles,
    css`
      td.check,
      th.check {
        width: 2.5rem;
        text-align: center;
      }
      input[type='checkbox'] {
        width: 1.15rem;
        height: 1.15rem;
        margin: 0.15rem 0 0;
      }
      tr.selected {
        background: var(--accent-soft);
      }
      tr.open th[scope='row'] {
        border-inline-start: 4px solid var(--danger);
      }
      .condition a {
        font-weight: 600;
      }
      .sub {
        display: block;
        font-size: 0.85rem;
        color: var(--text-muted);
        overflow-wrap: anywhere;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The alerts, in the server's order (open first). */
  @property({ attribute: false }) items: Alert[] = [];

  /** Thresholds by id, for the window of a rise (alerts carry the rest of their condition). */
  @property({ attribute: false }) thresholds: ReadonlyMap<string, Threshold> = new Map();

  /** Ids of the selected alerts. */
  @property({ attribute: false }) selected: ReadonlySet<string> = new Set();

  /** Shows checkboxes on open alerts (analysts and admins). */
  @property({ type: Boolean }) selectable = false;

  override render() {
    const open = this.items.filter((a) => a.status === 'open');
    const allSelected = open.length > 0 && open.every((a) => this.selected.has(a.id));
    return html`<div class="table-wrap">
      <table data-testid="alerts-table">
        <caption class="visually-hidden">${t('alerts.tableCaption')}</caption>
        <thead>
          <tr>
            ${
              this.selectable
                ? html`<th scope="col" class="check">
                  <input type="checkbox" aria-label=${t('alerts.selectAll')} .checked=${allSelected}
                    ?disabled=${open.length === 0} @change=${(e: Event) => this.#selectAll(open, e)} />
                </th>`
                : nothing
            }
            <th scope="col">${t('alerts.col.country')}</th>
            <th scope="col">${t('alerts.col.condition')}</th>
            <th scope="col" class="number">${t('alerts.col.value')}</th>
            <th scope="col" class="number" title=${t('alerts.changeHelp')}>${t('alerts.col.change')}</th>
            <th scope="col">${t('alerts.col.triggered')}</th>
            <th scope="col">${t('alerts.col.holding')}</th>
            <th scope="col">${t('alerts.col.status')}</th>
            <th scope="col">${t('alerts.col.assignee')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.items.map((alert) => this.#row(alert))}
        </tbody>
      </table>
    </div>`;
  }

  #row(alert: Alert) {
    const threshold = alert.thresholdId ? this.thresholds.get(alert.thresholdId) : undefined;
    const condition = conditionText(alertCondition(alert, threshold), 'event');
    const country = countryName(alert.country);
    const selected = this.selected.has(alert.id);
    const classes = [alert.status, selected ? 'selected' : ''].join(' ');
    return html`<tr class=${classes} data-alert=${alert.id} data-status=${alert.status}>
      ${
        this.selectable
          ? html`<td class="check">${
              alert.status === 'open'
                ? html`<input type="checkbox" .checked=${selected}
                    aria-label=${t('alerts.selectOne', { country, condition })}
                    @change=${(e: Event) => this.#toggle(alert.id, e)} />`
                : nothing
            }</td>`
          : nothing
      }
      <th scope="row">${country}</th>
      <td class="condition">
        <a href="/alerts/${encodeURIComponent(alert.id)}">${condition}</a>
        <span class="sub">${thresholdName(alert.thresholdName)}</span>
      </td>
      <td class="number">
        ${formatMetric(alert.metric, alert.value)}
        ${
          alert.latestValue !== alert.value
            ? html`<span class="sub">${t('alerts.valueNow', { value: formatMetric(alert.metric, alert.latestValue) })}</span>`
            : nothing
        }
      </td>
      <td class="number">${formatChange(alert.metric, alert.change)}</td>
      <td>${formatDay(alert.triggeredAt.slice(0, 10))}</td>
      <td>${
        alert.holding
          ? html`<span class="holding">${t('alerts.holding')}</span>`
          : alert.clearedAt
            ? t('alerts.clearedOn', { date: formatDay(alert.clearedAt.slice(0, 10)) })
            : t('alerts.notHolding')
      }</td>
      <td><aty-alert-status .status=${alert.status}></aty-alert-status></td>
      <td>${alert.assignee ?? html`<span class="muted">${t('alerts.unassigned')}</span>`}</td>
    </tr>`;
  }

  #toggle(id: string, event: Event): void {
    const next = new Set(this.selected);
    if ((event.target as HTMLInputElement).checked) next.add(id);
    else next.delete(id);
    this.#emit(next);
  }

  #selectAll(open: Alert[], event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.#emit(new Set(checked ? open.map((a) => a.id) : []));
  }

  #emit(ids: ReadonlySet<string>): void {
    this.dispatchEvent(
      new CustomEvent<AlertSelectionDetail>('aty-alert-selection', {
        detail: { ids },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-alert-table': AtyAlertTable;
  }
  interface HTMLElementEventMap {
    'aty-alert-selection': CustomEvent<AlertSelectionDetail>;
  }
}
