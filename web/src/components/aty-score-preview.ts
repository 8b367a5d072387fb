import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatNumber, locale, t } from '../i18n/index.ts';
import type { ScoreResult } from '../scoring/local-scorer.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-report-hit.ts';
import './aty-report-summary.ts';
import { languageName, levelName, scoreLevel } from './report-labels.ts';

type LocalScorer = typeof import('../scoring/local-scorer.ts');

// One load for the whole page; a failed load (network) is retried on the next change.
let scorer: Promise<LocalScorer> | undefined;
function loadScorer(): Promise<LocalScorer> {
  scorer ??= import('../scoring/local-scorer.ts').catch((error: unknown) => {
    scorer = undefined;
    throw error;
  });
  return scorer;
}

const DEBOUNCE_MS = 300;

/**
 * Scores the text being pasted, in the browser, with the same engine and catalog as the server, so the
 * analyst sees the score, the hits and their sentences before saving. The scorer is loaded on first use.
 */
@customElement('aty-score-preview')
export class AtyScorePreview extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        border: 1px solid var(--border);
        border-radius: var(--radius);
        padding: 0.6rem 0.8rem;
        margin-bottom: 0.6rem;
      }
      .lang {
        margin-bottom: 0.75rem;
      }
      .notice {
        border: 1px solid var(--warning-border);
        background: var(--warning-soft);
        border-radius: var(--radius);
        padding: 0.5rem 0.8rem;
      }
      h3 {
        font-size: 1rem;
        margin-top: 1rem;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The text to score. */
  @property() text = '';

  /** The chosen language, or '' to detect it as the server will. */
  @property() language = '';

  /** The report's date (YYYY-MM-DD): events dated two or more years earlier count as history. */
  @property() date = '';

  @state() private result: ScoreResult | undefined;
  @state() private names: ReadonlyMap<string, { en: string; es: string }> = new Map();
  @state() private phase: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  #timer: ReturnType<typeof setTimeout> | undefined;
  #run = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('text') || changed.has('language') || changed.has('date')) this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    if (this.text.trim() === '') {
      this.result = undefined;
      this.phase = 'idle';
      return;
    }
    this.#timer = setTimeout(() => void this.#score(), DEBOUNCE_MS);
  }

  async #score(): Promise<void> {
    const run = ++this.#run;
    if (this.phase !== 'ready') this.phase = 'loading';
    try {
      const local = await loadScorer();
      if (run !== this.#run) return;
      const date = /^\d{4}-\d{2}-\d{2}$/.test(this.date) ? this.date : undefined;
      this.result = local.scoreLocally(this.text, { lang: this.language || undefined, date });
      this.names = local.indicatorNames;
      this.phase = 'ready';
    } catch {
      if (run === this.#run) this.phase = 'failed';
    }
  }

  override render() {
    return html`<p role="status" data-testid="preview-status">${this.#status()}</p>
      ${this.phase === 'failed' ? html`<p class="message error">${t('ingest.preview.failed')}</p>` : nothing}
      ${this.result && this.phase === 'ready' ? this.#result(this.result) : nothing}`;
  }

  #status(): string {
    if (this.phase === 'idle') return t('ingest.preview.idle');
    if (this.phase === 'loading') return t('ingest.preview.loading');
    if (this.phase === 'failed' || !this.result) return '';
    const r = this.result;
    if (!r.scored) return t('ingest.preview.notScoredStatus');
    return t('ingest.preview.status', {
      score: formatNumber(r.score, { maximumFractionDigits: 1 }),
      level: levelName(scoreLevel(r.score)),
      hits: formatNumber(r.hits.length),
    });
  }

  #result(r: ScoreResult) {
    const lang = locale.value;
    return html`<div data-testid="preview" data-score=${r.score} data-lang=${r.lang}>
      <p class="lang" data-testid="preview-lang">
        ${this.language ? t('ingest.preview.langChosen', { lang: languageName(r.lang) }) : t('ingest.preview.langDetected', { lang: languageName(r.lang) })}
      </p>
      ${
        r.scored
          ? nothing
          : html`<p class="notice" data-testid="preview-notice">${
              r.lang === 'und'
                ? t('ingest.preview.undetermined')
                : t('ingest.preview.otherLanguage', { lang: languageName(r.lang) })
            }</p>`
      }
      <aty-report-summary .score=${r.score} .scored=${r.scored} .riskFactors=${r.riskFactors}
        .crimes=${r.crimes}></aty-report-summary>
      ${
        r.scored
          ? html`<h3>${t('ingest.preview.hits', { count: formatNumber(r.hits.length) })}</h3>
            ${
              r.hits.length
                ? html`<ol data-testid="preview-hits">
                  ${r.hits.map(
                    (
                      hit,
                      index,
                    ) => html`<li data-indicator=${hit.indicatorId} data-start=${hit.evidence.start}
                        data-end=${hit.evidence.end} data-weight=${hit.weight}>
                      <aty-report-hit .hit=${hit} .index=${index}
                        .indicatorName=${this.names.get(hit.indicatorId)?.[lang] ?? ''}></aty-report-hit>
                    </li>`,
                  )}
                </ol>`
                : html`<p class="muted">${t('ingest.preview.noHits')}</p>`
            }`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-score-preview': AtyScorePreview;
  }
}
