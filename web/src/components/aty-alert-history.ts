import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AlertEvent } from '../api/alerts.ts';
import { formatDate, formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { formatMetric } from './alert-labels.ts';

/**
 * An alert's lifecycle, oldest first: what happened, who did it, when, and their note. Notes and names are
 * bound as text.
 */
@customElement('aty-alert-history')
export class AtyAlertHistory extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        border-inline-start: 2px solid var(--border);
      }
      li {
        position: relative;
        padding: 0 0 0.9rem 1rem;
      }
      li::before {
        content: '';
        position: absolute;
        inset-inline-start: -0.4rem;
        top: 0.35rem;
        width: 0.6rem;
        height: 0.6rem;
        border-radius: 50%;
        background: var(--surface);
        border: 2px solid var(--border-strong);
      }
      li.human::before {
        background: var(--accent);
        border-color: var(--accent);
      }
      .what {
        font-weight: 600;
      }
      .when {
        display: block;
        font-size: 0.85rem;
        color: var(--text-muted);
      }
      blockquote {
        margin: 0.3rem 0 0;
        padding: 0.2rem 0 0.2rem 0.6rem;
        border-inline-start: 3px solid var(--border-strong);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The alert's metric, for its values' format. */
  @property() metric = 'score';

  /** The alert's events, in any order (shown oldest first). */
  @property({ attribute: false }) events: AlertEvent[] = [];

  override render() {
    if (this.events.length === 0) return html`<p class="muted">${t('alerts.history.empty')}</p>`;
    const events = [...this.events].sort((a, b) => a.at.localeCompare(b.at));
    return html`<ol data-testid="alert-history">
      ${events.map((event) => this.#event(event))}
    </ol>`;
  }

  #event(event: AlertEvent) {
    const human = ['acknowledged', 'resolved', 'reopened', 'assigned'].includes(event.action);
    return html`<li class=${human ? 'human' : ''} data-action=${event.action}>
      <span class="what">${this.#what(event)}</span>
      ${this.#extra(event)}
      <span class="when"><time datetime=${event.at}>${formatDate(event.at)}</time> ·
        <span data-testid="event-actor">${
          human ? t('alerts.history.by', { actor: event.actor }) : t('alerts.history.automatic')
        }</span></span>
      ${event.note ? html`<blockquote data-testid="event-note">${event.note}</blockquote>` : nothing}
    </li>`;
  }

  #what(event: AlertEvent): string {
    if (event.action !== 'assigned') return t(`alerts.event.${event.action}`);
    const assignee = event.details.assignee;
    return typeof assignee === 'string' && assignee
      ? t('alerts.event.assigned', { assignee })
      : t('alerts.event.unassigned');
  }

  // The server may say more about automatic events (the value, the reports attached); shown when present.
  #extra(event: AlertEvent) {
    const parts: string[] = [];
    const { value, reports } = event.details;
    if (typeof value === 'number')
      parts.push(t('alerts.event.value', { value: formatMetric(this.metric, value) }));
    const added = Array.isArray(reports) ? reports.length : typeof reports === 'number' ? reports : 0;
    if (added > 0) parts.push(t('alerts.event.reports', { count: formatNumber(added) }));
    return parts.length ? html` <span class="muted">(${parts.join(', ')})</span>` : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-alert-history': AtyAlertHistory;
  }
}
