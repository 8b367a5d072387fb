import { css, html, LitElement } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { CreatedToken } from '../api/types.ts';
import { locale, type MessageKey, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';

/** Shows a newly created token's secret, the only time it is ever visible, with a copy button. */
@customElement('aty-new-token')
export class AtyNewToken extends LitElement {
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

  protected readonly i18n = new StoreController(this, locale);

  /** The token just created, including its secret. */
  @property({ attribute: false }) token!: CreatedToken;

  @state() private copyResult: MessageKey | undefined;

  @query('input') private input!: HTMLInputElement;

  override render() {
    return html`
      <div class="panel" role="region" aria-labelledby="new-token-title">
        <h4 id="new-token-title">${t('tokens.newTitle', { name: this.token.name })}</h4>
        <p class="warning">${t('tokens.warning')}</p>
        <label for="new-token-value">${t('tokens.value')}</label>
        <div class="value">
          <input id="new-token-value" data-testid="new-token" readonly .value=${this.token.token}
            @focus=${() => this.input.select()} />
          <button type="button" @click=${this.#copy}>${t('tokens.copy')}</button>
        </div>
        <p role="status">${this.copyResult ? t(this.copyResult) : ''}</p>
        <button type="button" class="secondary" @click=${this.#dismiss}>${t('tokens.done')}</button>
      </div>
    `;
  }

  protected override firstUpdated(): void {
    // Take the user to the secret at once: it is the one thing on the page they must act on.
    this.input.focus();
  }

  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.token.token);
      this.copyResult = 'tokens.copied';
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): leave the text selected instead.
      this.input.select();
      this.copyResult = 'tokens.copyFailed';
    }
  }

  #dismiss(): void {
    this.dispatchEvent(
      new CustomEvent('aty-token-dismissed', { detail: null, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-new-token': AtyNewToken;
  }
  interface HTMLElementEventMap {
    'aty-token-dismissed': CustomEvent<null>;
  }
}
