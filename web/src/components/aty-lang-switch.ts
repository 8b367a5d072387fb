import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LANGS, type Lang, t } from '../i18n/index.ts';
import { sharedStyles } from '../styles/shared.ts';
import { languageChange } from './events.ts';

/** The EN / ES switch in the header. */
@customElement('aty-lang-switch')
export class AtyLangSwitch extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-flex;
      }
      button {
        padding: 0.3rem 0.6rem;
        font-size: 0.875rem;
        background: var(--surface);
        color: var(--accent);
        border-radius: 0;
      }
      button:first-child {
        border-radius: var(--radius) 0 0 var(--radius);
      }
      button:last-child {
        border-radius: 0 var(--radius) var(--radius) 0;
        border-left: none;
      }
      button[aria-pressed='true'] {
        background: var(--accent);
        color: var(--on-accent);
      }
    `,
  ];

  /** The language currently shown. */
  @property() language: Lang = 'en';

  override render() {
    return html`
      <div role="group" aria-label=${t('lang.label')}>
        ${LANGS.map(
          (lang) => html`<button
            type="button"
            lang=${lang}
            aria-pressed=${lang === this.language ? 'true' : 'false'}
            @click=${() => this.dispatchEvent(languageChange(lang))}
          >${lang.toUpperCase()}<span class="visually-hidden"> ${t(`lang.${lang}`)}</span></button>`,
        )}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-lang-switch': AtyLangSwitch;
  }
}
