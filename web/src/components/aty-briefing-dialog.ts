import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { findCountry } from '../../../indicators/countries.ts';
import { type BriefingChoices, briefingUrl } from '../api/briefings.ts';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The briefing's choices (language, period, format, length, source protection), a preview and a download link.
 * The preview is the HTML briefing itself in a sandboxed frame with no permissions at all: it is a document
 * built from untrusted report text, so nothing in it may run or reach the app, even if escaping ever failed.
 * As a modal (`modal`) it is the country page's Briefing dialog; inline, the briefings page's panel.
 */
@customElement('aty-briefing-dialog')
export class AtyBriefingDialog extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      dialog {
        width: min(60rem, 96vw);
        max-height: 94vh;
      }
      form {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: 0.75rem 1rem;
        align-items: end;
      }
      label {
        display: grid;
        gap: 0.25rem;
        font-size: 0.875rem;
      }
      .wide {
        grid-column: 1 / -1;
      }
      .check {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        font-size: 1rem;
      }
      .help {
        font-size: 0.875rem;
        margin: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
        margin: 1rem 0;
      }
      iframe {
        width: 100%;
        height: 32rem;
        border: 1px solid var(--border, #999);
        background: #fff;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** ISO 3166-1 alpha-3 code of the country the briefing is about. */
  @property() iso3 = '';
  /** Show as a modal dialog (the country page) rather than inline (the briefings page). */
  @property({ type: Boolean }) modal = false;

  @state() private briefingLang: BriefingChoices['lang'] = locale.value;
  @state() private format: BriefingChoices['format'] = 'pdf';
  @state() private variant: BriefingChoices['variant'] = 'full';
  @state() private from = isoDay(Date.now() - 365 * DAY);
  @state() private to = isoDay(Date.now());
  @state() private redactSources = true;
  @state() private previewUrl = '';

  @query('dialog') private dialogElement!: HTMLDialogElement | null;

  /** Opens the modal dialog. */
  show(): void {
    this.briefingLang = locale.value;
    this.dialogElement?.showModal();
  }

  private get choices(): BriefingChoices {
    const { iso3, briefingLang: lang, format, variant, from, to, redactSources } = this;
    return { iso3, lang, format, variant, from, to, redactSources };
  }

  private get periodValid(): boolean {
    return !this.from || !this.to || this.from <= this.to;
  }

  override updated(changed: Map<string, unknown>): void {
    // A new country makes the old preview wrong.
    if (changed.has('iso3') && changed.get('iso3') !== undefined) this.previewUrl = '';
  }

  override render() {
    const body = this.iso3 ? this.renderBody() : nothing;
    if (!this.modal) return body;
    const country = findCountry(this.iso3)?.name[locale.value] ?? this.iso3;
    return html`<dialog aria-labelledby="briefing-title" @close=${() => (this.previewUrl = '')}>
      <h2 id="briefing-title">${t('briefings.dialogTitle', { country })}</h2>
      ${body}
      <form method="dialog"><button>${t('briefings.close')}</button></form>
    </dialog>`;
  }

  private renderBody() {
    const country = findCountry(this.iso3)?.name[locale.value] ?? this.iso3;
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    const option = (v: string, key: Parameters<typeof t>[0], current: string) =>
      html`<option value=${v} ?selected=${v === current}>${t(key)}</option>`;
    return html`
      <form @submit=${(e: Event) => e.preventDefault()} data-testid="briefing-form">
        <label>${t('briefings.lang')}
          <select name="lang" @change=${(e: Event) => (this.briefingLang = value(e) as 'en' | 'es')}>
            ${option('en', 'briefings.lang.en', this.briefingLang)} ${option('es', 'briefings.lang.es', this.briefingLang)}
          </select>
        </label>
        <label>${t('briefings.from')}
          <input type="date" name="from" .value=${this.from} @change=${(e: Event) => (this.from = value(e))} />
        </label>
        <label>${t('briefings.to')}
          <input type="date" name="to" .value=${this.to} @change=${(e: Event) => (this.to = value(e))} />
        </label>
        <label>${t('briefings.format')}
          <select name="format" @change=${(e: Event) => (this.format = value(e) as BriefingChoices['format'])}>
            ${option('pdf', 'briefings.format.pdf', this.format)} ${option('html', 'briefings.format.html', this.format)}
            ${option('md', 'briefings.format.md', this.format)} ${option('sms', 'briefings.format.sms', this.format)}
          </select>
        </label>
        <label>${t('briefings.variant')}
          <select name="variant" @change=${(e: Event) => (this.variant = value(e) as BriefingChoices['variant'])}>
            ${option('full', 'briefings.variant.full', this.variant)}
            ${option('handout', 'briefings.variant.handout', this.variant)}
          </select>
        </label>
        <div class="wide">
          <label class="check">
            <input type="checkbox" name="redactSources" .checked=${this.redactSources}
              @change=${(e: Event) => (this.redactSources = (e.target as HTMLInputElement).checked)} />
            ${t('briefings.redact')}
          </label>
          <p class="help" role=${this.redactSources ? nothing : 'alert'}>
            ${this.redactSources ? t('briefings.redactHelp') : t('briefings.redactOff')}
          </p>
        </div>
      </form>
      ${this.periodValid ? nothing : html`<p role="alert" class="error">${t('briefings.periodError')}</p>`}
      <div class="actions">
        <button type="button" ?disabled=${!this.periodValid}
          @click=${() => (this.previewUrl = briefingUrl(this.choices, true))}>${t('briefings.preview')}</button>
        ${
          this.periodValid
            ? html`<a href=${briefingUrl(this.choices)} download data-testid="briefing-download">${t('briefings.download')}</a>`
            : nothing
        }
      </div>
      ${
        this.previewUrl
          ? html`<iframe sandbox="" src=${this.previewUrl} title=${t('briefings.previewTitle', { country })}
            data-testid="briefing-preview"></iframe>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-briefing-dialog': AtyBriefingDialog;
  }
}
