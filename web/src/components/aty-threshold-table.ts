import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Threshold } from '../api/alerts.ts';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { conditionText, metricLabel, persistenceText, thresholdName } from './alert-labels.ts';
import { alertStyles } from './alert-styles.ts';
import { countryName } from './report-labels.ts';

export interface ThresholdEventDetail {
  threshold: Threshold;
}

export interface ThresholdToggleDetail extends ThresholdEventDetail {
  enabled: boolean;
}

/**
 * The thresholds: name (built-in ones marked), where they apply, the condition in words with the metric's name,
 * persistence, and whether they are enabled. With `editable`, a switch per row enables or disables it, and Edit
 * and Delete (which asks for a second click) act on it; the page does the requests.
 */
@customElement('aty-threshold-table')
export class AtyThresholdTable extends LitElement {
  static override styles = [
    sharedStyles,
    alertStyles,
    css`
      tr.disabled th,
      tr.disabled td.condition {
        color: var(--text-muted);
      }
      tr.revealed {
        outline: 3px solid var(--focus);
        outline-offset: -3px;
      }
      th[scope='row'] {
        overflow-wrap: anywhere;
      }
      .sub {
        display: block;
        font-size: 0.85rem;
        color: var(--text-muted);
      }
      .switch {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        font-weight: 400;
        margin: 0;
      }
      .switch input {
        width: 1.15rem;
        height: 1.15rem;
      }
      td.row-actions {
        white-space: nowrap;
      }
      td.row-actions button {
        padding: 0.25rem 0.7rem;
      }
      td.row-actions button + button {
        margin-inline-start: 0.4rem;
      }
      .warning {
        display: block;
        font-size: 0.85rem;
        white-space: normal;
        margin-bottom: 0.3rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The thresholds. */
  @property({ attribute: false }) items: Threshold[] = [];

  /** Analysts and admins: show the switches, Edit and Delete. */
  @property({ type: Boolean }) editable = false;

  /** Disables the controls while a change is being sent. */
  @property({ type: Boolean }) busy = false;

  @state() private confirming: string | undefined;
  @state() private revealed: string | undefined;

  override render() {
    return html`<div class="table-wrap">
      <table data-testid="thresholds-table">
        <caption class="visually-hidden">${t('thresholds.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('thresholds.col.name')}</th>
            <th scope="col">${t('thresholds.col.country')}</th>
            <th scope="col">${t('thresholds.col.condition')}</th>
            <th scope="col">${t('thresholds.col.persistence')}</th>
            <th scope="col">${t('thresholds.col.enabled')}</th>
            ${this.editable ? html`<th scope="col"><span class="visually-hidden">${t('thresholds.col.actions')}</span></th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${this.items.map((th) => this.#row(th))}
        </tbody>
      </table>
    </div>`;
  }

  #row(th: Threshold) {
    const classes = [th.enabled ? '' : 'disabled', this.revealed === th.id ? 'revealed' : ''].join(' ');
    return html`<tr class=${classes} id="threshold-${th.id}" data-threshold=${th.id}>
      <th scope="row">
        ${thresholdName(th.name)}
        ${th.builtIn ? html` <span class="tag" title=${t('thresholds.builtInHelp')}>${t('thresholds.builtIn')}</span>` : nothing}
      </th>
      <td>${th.country ? countryName(th.country) : t('thresholds.allCountries')}</td>
      <td class="condition">
        ${conditionText(th, 'rule')}
        <span class="sub">${metricLabel(th.metric)}</span>
      </td>
      <td>${persistenceText(th.persistenceDays)}</td>
      <td>${this.editable ? this.#switch(th) : th.enabled ? t('thresholds.enabled') : t('thresholds.disabled')}</td>
      ${this.editable ? html`<td class="row-actions">${this.#actions(th)}</td>` : nothing}
    </tr>`;
  }

  #switch(th: Threshold) {
    return html`<label class="switch">
      <input type="checkbox" role="switch" .checked=${live(th.enabled)} ?disabled=${this.busy}
        aria-label=${t('thresholds.enabledNamed', { name: th.name })}
        @change=${(e: Event) => this.#emit('aty-threshold-toggle', { threshold: th, enabled: (e.target as HTMLInputElement).checked })} />
      <span aria-hidden="true">${th.enabled ? t('thresholds.enabled') : t('thresholds.disabled')}</span>
    </label>`;
  }

  // Deleting stops the monitoring for good, so it takes a second, explicit click.
  #actions(th: Threshold) {
    if (this.confirming === th.id) {
      return html`<span class="warning">${t('thresholds.deleteWarning')}</span>
        <button type="button" class="danger" ?disabled=${this.busy}
          aria-label=${t('thresholds.confirmDeleteNamed', { name: th.name })}
          @click=${() => this.#emit('aty-threshold-delete', { threshold: th })}>${t('thresholds.confirmDelete')}</button><button
          type="button" class="secondary" @click=${() => (this.confirming = undefined)}>${t('common.cancel')}</button>`;
    }
    return html`<button type="button" class="secondary" ?disabled=${this.busy}
        aria-label=${t('thresholds.editNamed', { name: th.name })}
        @click=${() => this.#emit('aty-threshold-edit', { threshold: th })}>${t('thresholds.edit')}</button><button
        type="button" class="danger" ?disabled=${this.busy} aria-label=${t('thresholds.deleteNamed', { name: th.name })}
        @click=${() => (this.confirming = th.id)}>${t('thresholds.delete')}</button>`;
  }

  /** Scrolls to a threshold's row and outlines it (a link from an alert lands here). */
  async reveal(id: string): Promise<void> {
    this.revealed = id;
    await this.updateComplete;
    this.renderRoot
      .querySelector(`tr[data-threshold="${CSS.escape(id)}"]`)
      ?.scrollIntoView({ block: 'center' });
  }

  #emit<D extends ThresholdEventDetail>(name: string, detail: D): void {
    this.dispatchEvent(new CustomEvent<D>(name, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-threshold-table': AtyThresholdTable;
  }
  interface HTMLElementEventMap {
    'aty-threshold-edit': CustomEvent<ThresholdEventDetail>;
    'aty-threshold-toggle': CustomEvent<ThresholdToggleDetail>;
    'aty-threshold-delete': CustomEvent<ThresholdEventDetail>;
  }
}
