import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AlertStatus } from '../api/alerts.ts';
import { locale } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { statusLabel } from './alert-labels.ts';
import { alertStyles } from './alert-styles.ts';

// A symbol per status, so the three differ in shape as well as in colour.
const SYMBOL: Record<AlertStatus, string> = { open: '●', acknowledged: '◐', resolved: '✓' };

/** An alert's status as a badge: symbol, word and colour. */
@customElement('aty-alert-status')
export class AtyAlertStatus extends LitElement {
  static override styles = alertStyles;

  protected readonly i18n = new StoreController(this, locale);

  /** The status shown. */
  @property() status: AlertStatus = 'open';

  override render() {
    return html`<span class="status ${this.status}" data-status=${this.status}><span aria-hidden="true"
      >${SYMBOL[this.status]}</span>${statusLabel(this.status)}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-alert-status': AtyAlertStatus;
  }
}
