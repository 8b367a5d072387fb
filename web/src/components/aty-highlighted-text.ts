import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { segmentText, type TextSegment } from '../charts/text-segments.ts';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { reportStyles } from './report-styles.ts';

/** What the full text needs of a hit: the words that fired it and its sentence. */
export interface HighlightHit {
  matches: ReadonlyArray<{ start: number; end: number }>;
  evidence: { start: number; end: number };
  /** False for negated, historical or fiction hits: shown, but they add nothing. */
  counts: boolean;
}

export interface HitSelectDetail {
  index: number;
}

// The selected hit's sentence is one more span; its key cannot clash with a hit's index.
const SENTENCE = -1;

/**
 * A report's full text with every hit's matched words in <mark>. The text is untrusted: it is cut into
 * segments and each is bound as text, never parsed as HTML. Marks carry their offsets and hit numbers so
 * `focusHit()` can bring one into view, and clicking a mark selects its hit.
 */
@customElement('aty-highlighted-text')
export class AtyHighlightedText extends LitElement {
  static override styles = [
    reportStyles,
    css`
      :host {
        display: block;
      }
      .text {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        line-height: 1.7;
        margin: 0;
        font-size: 1rem;
      }
      mark {
        cursor: pointer;
        scroll-margin: 6rem;
      }
      mark.inert {
        background: #e6e6e6;
        border-bottom: 2px dotted var(--text-muted);
      }
      .sentence {
        background: var(--accent-soft);
        box-shadow: 0 0 0 2px var(--accent-soft);
        border-radius: 2px;
      }
      mark.current {
        outline: 2px solid var(--focus);
        outline-offset: 1px;
      }
      mark:focus {
        outline: 3px solid var(--focus);
        outline-offset: 2px;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The report's full text. */
  @property() text = '';

  /** The hits, in the order the list shows them (the order is the hit number). */
  @property({ attribute: false }) hits: readonly HighlightHit[] = [];

  /** The selected hit, whose sentence is shaded and whose marks are outlined; -1 for none. */
  @property({ type: Number }) selected = -1;

  #segments: TextSegment<number>[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('text') || changed.has('hits') || changed.has('selected')) {
      const spans = this.hits.flatMap((hit, index) =>
        hit.matches.map((match) => ({ start: match.start, end: match.end, key: index })),
      );
      const chosen = this.hits[this.selected];
      if (chosen) spans.push({ start: chosen.evidence.start, end: chosen.evidence.end, key: SENTENCE });
      this.#segments = segmentText(this.text, spans);
    }
  }

  override render() {
    return html`<p class="text" data-testid="report-text" @click=${this.#click}>${this.#segments.map((s) => this.#segment(s))}</p>`;
  }

  #segment(segment: TextSegment<number>) {
    const hitKeys = segment.keys.filter((key) => key !== SENTENCE);
    const inSentence = hitKeys.length !== segment.keys.length;
    const body = hitKeys.length
      ? html`<mark data-hits=${hitKeys.join(' ')} data-start=${segment.start} data-end=${segment.end}
          tabindex="-1" class=${this.#markClass(hitKeys)}
          title=${t('reports.markTitle', { numbers: hitKeys.map((k) => k + 1).join(', ') })}>${segment.text}</mark>`
      : segment.text;
    return inSentence ? html`<span class="sentence">${body}</span>` : body;
  }

  #markClass(keys: number[]): string {
    const classes = [];
    if (keys.every((key) => this.hits[key]?.counts === false)) classes.push('inert');
    if (keys.includes(this.selected)) classes.push('current');
    return classes.join(' ');
  }

  /** Scrolls to the first mark of hit `index` and focuses it, so a screen reader reads it there. */
  async focusHit(index: number): Promise<void> {
    await this.updateComplete;
    const mark = [...this.renderRoot.querySelectorAll<HTMLElement>('mark')].find((m) =>
      (m.dataset.hits ?? '').split(' ').includes(String(index)),
    );
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }

  #click(event: MouseEvent): void {
    const mark = (event.target as Element).closest?.('mark');
    const first = mark?.getAttribute('data-hits')?.split(' ')[0];
    if (first === undefined) return;
    this.dispatchEvent(
      new CustomEvent<HitSelectDetail>('aty-hit-select', {
        detail: { index: Number(first) },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-highlighted-text': AtyHighlightedText;
  }
  interface HTMLElementEventMap {
    'aty-hit-select': CustomEvent<HitSelectDetail>;
  }
}
