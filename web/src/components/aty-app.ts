import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import type { User } from '../api/types.ts';
import { logout, session } from '../auth/session.ts';
import { locale, setLang, t } from '../i18n/index.ts';
import { isLazyPage, loadPage, pageStates } from '../router/page-modules.ts';
import { currentLocation, navigate } from '../router/router.ts';
import { routeTitle } from '../router/titles.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-header.ts';
import './aty-login.ts';
import './aty-not-found-page.ts';

/** The application shell: header, navigation and the page for the current route. */
@customElement('aty-app')
export class AtyApp extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        min-height: 100vh;
      }
      .skip {
        position: absolute;
        left: 0.5rem;
        top: -4rem;
        z-index: 10;
        background: var(--surface);
        padding: 0.5rem 1rem;
        border: 2px solid var(--focus);
        border-radius: var(--radius);
      }
      .skip:focus {
        top: 0.5rem;
      }
      main {
        max-width: 72rem;
        margin: 0 auto;
        padding: 1.5rem 1.25rem 3rem;
      }
      main:focus {
        outline: none;
      }
    `,
  ];

  readonly #lang = new StoreController(this, locale);
  readonly #location = new StoreController(this, currentLocation);
  readonly #session = new StoreController(this, session);
  readonly #pages = new StoreController(this, pageStates);
  #shownPath: string | undefined;

  @query('main') private main!: HTMLElement;

  constructor() {
    super();
    this.addEventListener('aty-language-change', (event) => setLang(event.detail.lang));
    // An explicit sign-out lands on a plain /login: the next person to sign in on this browser should not be
    // sent to the page the previous one was reading (an expired session, by contrast, keeps `?next=`).
    this.addEventListener(
      'aty-logout',
      () => void logout().then(() => navigate('/login', { replace: true })),
    );
  }

  override render() {
    const user = this.#session.value;
    return html`
      <a class="skip" href="#main" @click=${this.#skipToMain}>${t('shell.skipLink')}</a>
      <aty-header .user=${user ?? null} .language=${this.#lang.value} .pathname=${this.#location.value.pathname}></aty-header>
      <main id="main" tabindex="-1">${this.#page(user)}</main>
    `;
  }

  #page(user: User | null | undefined) {
    const { route, pathname } = this.#location.value;
    if (user === undefined) return html`<p role="status">${t('app.loading')}</p>`;
    if (route.name === 'login') return user ? nothing : html`<aty-login></aty-login>`;
    // Signed out on a protected route: the auth guard is already redirecting to /login.
    if (user === null) return nothing;
    // Every other page is a chunk of its own (router/page-modules.ts), shown once its element is defined.
    if (isLazyPage(route.name)) {
      const name = route.name;
      const state = this.#pages.value.get(name);
      if (state === 'failed') {
        return html`<div class="message error" role="alert">
          <p>${t('app.pageFailed')}</p>
          <button type="button" @click=${() => loadPage(name)}>${t('common.retry')}</button>
        </div>`;
      }
      if (state !== 'ready') return html`<p role="status">${t('app.loading')}</p>`;
    }
    if (route.name === 'overview') return html`<aty-overview-page .user=${user}></aty-overview-page>`;
    if (route.name === 'settings') return html`<aty-settings-page .user=${user}></aty-settings-page>`;
    if (route.name === 'country') {
      return html`<aty-country-page .user=${user} .iso3=${route.params.iso3 ?? ''}></aty-country-page>`;
    }
    if (route.name === 'compare') return html`<aty-compare-page .user=${user}></aty-compare-page>`;
    if (route.name === 'reports') return html`<aty-reports-page .user=${user}></aty-reports-page>`;
    if (route.name === 'report') {
      return html`<aty-report-page .user=${user} .reportId=${route.params.id ?? ''}></aty-report-page>`;
    }
    if (route.name === 'ingest') return html`<aty-ingest-page .user=${user}></aty-ingest-page>`;
    if (route.name === 'alerts') return html`<aty-alerts-page .user=${user}></aty-alerts-page>`;
    if (route.name === 'alert') {
      return html`<aty-alert-page .user=${user} .alertId=${route.params.id ?? ''}></aty-alert-page>`;
    }
    if (route.name === 'thresholds') return html`<aty-thresholds-page .user=${user}></aty-thresholds-page>`;
    if (route.name === 'briefings') return html`<aty-briefings-page .user=${user}></aty-briefings-page>`;
    return html`<aty-not-found-page .path=${pathname}></aty-not-found-page>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    document.title = `${routeTitle(this.#location.value.route)} · ${t('app.name')}`;
    const path = this.#location.value.pathname;
    // After an in-app navigation, move focus to the new content so keyboard and screen-reader users start
    // there, as they would after a full page load. The first render keeps the browser's default focus.
    if (this.#shownPath !== undefined && this.#shownPath !== path) this.main.focus();
    this.#shownPath = path;
  }

  #skipToMain(event: Event): void {
    // Fragment links cannot reach into a shadow root, so the skip link moves focus itself.
    event.preventDefault();
    this.main.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-app': AtyApp;
  }
}
