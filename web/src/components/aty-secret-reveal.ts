import { css, html, LitElement } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.ts';

/**
 * A secret shown the only time it is ever visible (an API token, a webhook's signing key), with a copy button
 * and a "done" button that sends `aty-secret-dismissed`. The texts come from the element that uses it.
 */
@customElement('aty-secret-reveal')
export class AtySecretReveal extends LitElement {
  static override styles = [
    sharedStyles,
    css`
    .panel {
      border: 1px solid var(--warning-border);
      background: var(--warning-soft);
      border-radius: var(--radius);
      padding: 1rem 1.25rem;
      margin-bottom: 1rem;
    }
    .value {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-bottom: 0.75rem;
    }
    input {
      flex: 1 1 20rem;
      font-family: var(--mono);
    }
    .warning {
      font-weight: 600;
    }
  `,
  ];

  /** The secret itself. */
  @property() secret = '';
  /** `data-testid` of the field holding the secret. */
  @property() fieldId = 'secret';
  /** Texts, already in the UI language. */
  @property({ attribute: false }) texts = {
    title: '',
    warning: '',
    label: '',
    copy: '',
    copied: '',
    copyFailed: '',
    done: '',
  };

  @state() private copyResult: 'copied' | 'copyFailed' | undefined;

  @query('input') private input!: HTMLInputElement;

  override render() {
    const texts = this.texts;
    return html`
      <div class="panel" role="region" aria-labelledby="secret-title">
        <h4 id="secret-title">${texts.title}</h4>
        <p class="warning">${texts.warning}</p>
        <label for="secret-value">${texts.label}</label>
        <div class="value">
          <input id="secret-value" data-testid=${this.fieldId} readonly .value=${this.secret}
            @focus=${() => this.input.select()} />
          <button type="button" @click=${this.#copy}>${texts.copy}</button>
        </div>
        <p role="status">${this.copyResult ? texts[this.copyResult] : ''}</p>
        <button type="button" class="secondary" @click=${this.#dismiss}>${texts.done}</button>
      </div>
    `;
  }

  protected override firstUpdated(): void {
    // Take the user to the secret at once: it is the one thing on the page they must act on.
    this.input.focus();
  }

  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.secret);
      this.copyResult = 'copied';
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): leave the text selected instead.
      this.input.select();
      this.copyResult = 'copyFailed';
    }
  }

  #dismiss(): void {
    this.dispatchEvent(
      new CustomEvent('aty-secret-dismissed', { detail: null, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-secret-reveal': AtySecretReveal;
  }
  interface HTMLElementEventMap {
    'aty-secret-dismissed': CustomEvent<null>;
  }
}
