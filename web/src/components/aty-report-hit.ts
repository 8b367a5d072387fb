import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Hit } from '../api/reports.ts';
import { segmentText } from '../charts/text-segments.ts';
import { formatNumber, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { HitSelectDetail } from './aty-highlighted-text.ts';
import { crimeName, legalBasisLabel, riskFactorName } from './report-labels.ts';
import { reportStyles } from './report-styles.ts';

/**
 * One hit explained: the indicator, its legal basis, risk factors and crimes, whether it counts (negated,
 * historical, fiction), magnitude, protected groups, and the quoted sentence with the matched words marked.
 * Actions (review) go in the default slot.
 */
@customElement('aty-report-hit')
export class AtyReportHit extends LitElement {
  static override styles = [
    sharedStyles,
    reportStyles,
    css`
      :host {
        display: block;
      }
      h3 {
        display: flex;
        align-items: baseline;
        font-size: 1rem;
        margin: 0 0 0.35rem;
      }
      .number {
        color: var(--text-muted);
        font-variant-numeric: tabular-nums;
        margin-inline-end: 0.35rem;
      }
      button.link {
        all: unset;
        cursor: pointer;
        color: var(--accent);
        text-decoration: underline;
        font-weight: 600;
      }
      button.link:focus-visible {
        outline: 3px solid var(--focus);
        outline-offset: 2px;
      }
      .facts {
        font-size: 0.9rem;
        margin: 0 0 0.4rem;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        align-items: center;
      }
      blockquote {
        margin: 0.4rem 0;
        padding: 0.25rem 0 0.25rem 0.75rem;
        border-inline-start: 3px solid var(--border-strong);
        overflow-wrap: anywhere;
      }
      .group {
        text-decoration: underline dotted;
        text-underline-offset: 3px;
      }
      .flag {
        border-style: solid;
        border-color: var(--text-muted);
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The hit. */
  @property({ attribute: false }) hit!: Hit;

  /** Its position in the list (0-based); shown as "1.", "2."… and sent with `aty-hit-select`. */
  @property({ type: Number }) index = 0;

  /** The indicator's name in the UI language (the catalog's), or its id when unknown. */
  @property() indicatorName = '';

  /** An analyst rejected it: it adds nothing, whatever its weight. */
  @property({ type: Boolean }) rejected = false;

  /** When true, the name is a button that selects the hit in the full text. */
  @property({ type: Boolean }) selectable = false;

  override render() {
    const hit = this.hit;
    const name = this.indicatorName || hit.indicatorId;
    return html`
      <h3>
        <span class="number">${formatNumber(this.index + 1)}.</span>${
          this.selectable
            ? html`<button type="button" class="link" @click=${this.#select}
                aria-label=${t('reports.hit.showInText', { name })}>${name}</button>`
            : name
        }
      </h3>
      <div class="facts">
        ${hit.legalBasis.length ? html`<span>${hit.legalBasis.map(legalBasisLabel).join(' · ')}</span>` : nothing}
        <ul class="codes" aria-label=${t('reports.hit.riskFactors')}>
          ${hit.riskFactors.map((code) => html`<li title=${riskFactorName(code)}>${code}<span class="visually-hidden">: ${riskFactorName(code)}</span></li>`)}
        </ul>
        ${hit.crimes.length ? html`<span>${hit.crimes.map(crimeName).join(', ')}</span>` : nothing}
      </div>
      ${this.#flags()}
      <blockquote data-testid="hit-quote">${this.#quote()}</blockquote>
      ${this.#details()}
      <slot></slot>
    `;
  }

  #flags() {
    const hit = this.hit;
    const flags: string[] = [];
    if (hit.negated) flags.push(t('reports.hit.negated'));
    if (hit.context === 'historical') {
      flags.push(hit.weight > 0 ? t('reports.hit.historicalRecord') : t('reports.hit.historical'));
    }
    if (hit.context === 'fiction') flags.push(t('reports.hit.fiction'));
    if (flags.length === 0) return nothing;
    return html`<p class="facts">${flags.map((flag) => html`<span class="badge flag context">${flag}</span>`)}</p>`;
  }

  #quote() {
    const { evidence, matches, groups } = this.hit;
    const shift = (span: { start: number; end: number }) => ({
      start: span.start - evidence.start,
      end: span.end - evidence.start,
    });
    const spans = [
      ...matches.map((m) => ({ ...shift(m), key: 'match' as const })),
      ...groups.map((g) => ({ ...shift(g), key: 'group' as const })),
    ];
    return segmentText(evidence.text, spans).map((segment) => {
      const inner = segment.keys.includes('match') ? html`<mark>${segment.text}</mark>` : segment.text;
      return segment.keys.includes('group') ? html`<span class="group">${inner}</span>` : inner;
    });
  }

  #details() {
    const { magnitude, groups, weight } = this.hit;
    return html`<p class="facts muted">
      ${magnitude !== null ? html`<span>${t('reports.hit.magnitude', { count: formatNumber(magnitude) })}</span>` : nothing}
      ${
        groups.length
          ? html`<span>${t('reports.hit.groups', {
              groups: groups.map((g) => `${g.text} (${t(`reports.group.${g.kind}`)})`).join(', '),
            })}</span>`
          : nothing
      }
      <span>${
        this.rejected
          ? t('reports.hit.rejectedAddsNothing')
          : weight > 0
            ? t('reports.hit.weight', { weight: formatNumber(weight, { maximumFractionDigits: 2 }) })
            : t('reports.hit.addsNothing')
      }</span>
    </p>`;
  }

  #select(): void {
    this.dispatchEvent(
      new CustomEvent<HitSelectDetail>('aty-hit-select', {
        detail: { index: this.index },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-report-hit': AtyReportHit;
  }
}
