import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { locale, type MessageKey, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';

const links: ReadonlyArray<readonly [href: string, label: MessageKey]> = [
  ['/', 'nav.overview'],
  ['/alerts', 'nav.alerts'],
  ['/reports', 'nav.reports'],
  ['/ingest', 'nav.ingest'],
  ['/thresholds', 'nav.thresholds'],
  ['/briefings', 'nav.briefings'],
  ['/settings', 'nav.settings'],
];

/** The main navigation; marks the link of the current section. */
@customElement('aty-nav')
export class AtyNav extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      a {
        display: block;
        padding: 0.6rem 0.8rem;
        color: var(--text);
        text-decoration: none;
        border-bottom: 3px solid transparent;
      }
      a:hover {
        color: var(--accent);
        border-bottom-color: var(--border-strong);
      }
      a[aria-current] {
        color: var(--accent);
        font-weight: 600;
        border-bottom-color: var(--accent);
      }
    `,
  ];

  // Re-renders the labels when the language changes.
  protected readonly i18n = new StoreController(this, locale);

  /** The current location's path, to mark the active link. */
  @property() pathname = '/';

  override render() {
    return html`
      <nav aria-label=${t('shell.navLabel')}>
        <ul>
          ${links.map(([href, label]) => html`<li><a href=${href} aria-current=${this.#current(href)}>${t(label)}</a></li>`)}
        </ul>
      </nav>
    `;
  }

  // "page" for the section itself; "true" on its sub-pages (/reports/42 is inside Reports, not Reports).
  #current(href: string): 'page' | 'true' | typeof nothing {
    if (this.pathname === href) return 'page';
    if (href !== '/' && this.pathname.startsWith(`${href}/`)) return 'true';
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-nav': AtyNav;
  }
}
