import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { createThreshold, type Threshold, updateThreshold } from '../api/alerts.ts';
import { ApiError, toApiError } from '../api/client.ts';
import { locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { conditionText, persistenceText, thresholdName } from './alert-labels.ts';
import type { AtyBacktestPanel, BacktestInvalidDetail } from './aty-backtest-panel.ts';
import './aty-backtest-panel.ts';
import { errorText } from './error-text.ts';
import {
  CRIMES,
  countriesByName,
  countryName,
  crimeName,
  RISK_FACTORS,
  riskFactorName,
} from './report-labels.ts';
import { draftOf, draftValue, inputOf, newDraft, type ThresholdDraft, withField } from './threshold-draft.ts';
import { thresholdFormStyles } from './threshold-form-styles.ts';

export interface ThresholdSavedDetail {
  threshold: Threshold;
  created: boolean;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase(locale.value) + text.slice(1);

const FIELDS = [
  'name',
  'country',
  'metric',
  'kind',
  'value',
  'windowDays',
  'persistenceDays',
  'enabled',
] as const;

/**
 * Creates or edits a threshold. Every field of the contract, help on each scale, a sentence that reads the
 * condition back, and "Backtest on past data", which shows what the draft would have raised before it is
 * saved. The server's validation messages appear next to the field they name.
 */
@customElement('aty-threshold-editor')
export class AtyThresholdEditor extends LitElement {
  static override styles = [sharedStyles, thresholdFormStyles];

  protected readonly i18n = new StoreController(this, locale);

  /** The threshold being edited; undefined for a new one. */
  @property({ attribute: false }) threshold: Threshold | undefined;

  @state() private draft: ThresholdDraft = newDraft();
  @state() private errors: Partial<Record<string, string>> = {};
  @state() private formError: (() => string) | undefined;
  @state() private busy = false;

  @query('h2') private heading!: HTMLElement;
  @query('aty-backtest-panel') private panel: AtyBacktestPanel | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('threshold')) {
      this.draft = this.threshold ? draftOf(this.threshold) : newDraft();
      this.errors = {};
      this.formError = undefined;
      this.panel?.clear();
    }
  }

  /** Brings the editor into view and puts focus on its heading, so keyboard users start here. */
  async focusStart(): Promise<void> {
    await this.updateComplete;
    this.heading.scrollIntoView({ block: 'start' });
    this.heading.focus({ preventScroll: true });
  }

  override render() {
    const d = this.draft;
    const title = this.threshold
      ? t('thresholds.editor.editTitle', { name: thresholdName(this.threshold.name) })
      : t('thresholds.editor.newTitle');
    return html`<form novalidate aria-labelledby="editor-title" @submit=${this.#save} @input=${this.#input}
      @change=${this.#input} data-testid="threshold-editor">
      <h2 id="editor-title" tabindex="-1">${title}</h2>
      <div role="alert" class="message error">${this.formError?.()}</div>
      <div class="grid">
        ${this.#field(
          'name',
          t('thresholds.field.name'),
          html`<input id="f-name" name="name" maxlength="120"
          autocomplete="off" .value=${live(d.name)} aria-describedby=${this.#describedBy('name', true)} aria-invalid=${this.errors.name ? 'true' : 'false'} />`,
          t('thresholds.field.nameHelp'),
        )}
        ${this.#field(
          'country',
          t('thresholds.field.country'),
          html`<select id="f-country" name="country" aria-describedby=${this.#describedBy('country')} aria-invalid=${this.errors.country ? 'true' : 'false'}>
          <option value="" .selected=${live(d.country === '')}>${t('thresholds.allCountries')}</option>
          ${countriesByName().map(
            (c) =>
              html`<option value=${c.iso3} .selected=${live(d.country === c.iso3)}>${c.name[locale.value]}</option>`,
          )}</select>`,
        )}
        ${this.#field('metric', t('thresholds.field.metric'), this.#metricSelect())}
      </div>
      ${this.#kind()}
      <div class="grid">
        ${this.#field(
          'value',
          d.kind === 'level' ? t('thresholds.field.valueLevel') : t('thresholds.field.valueRise'),
          html`<input id="f-value" name="value" type="number" inputmode="decimal" min="0"
            max=${d.metric === 'score' ? 100 : 1} step=${d.metric === 'score' ? 1 : 0.01}
            .value=${live(d.value)} aria-describedby=${this.#describedBy('value', true)} aria-invalid=${this.errors.value ? 'true' : 'false'} />`,
          d.metric === 'score' ? t('thresholds.field.valueHelpScore') : t('thresholds.field.valueHelpUnit'),
        )}
        ${
          d.kind === 'rise'
            ? this.#field(
                'windowDays',
                t('thresholds.field.window'),
                html`<input id="f-windowDays" name="windowDays"
                type="number" inputmode="numeric" min="1" max="365" step="1" .value=${live(d.windowDays)}
                aria-describedby=${this.#describedBy('windowDays', true)} aria-invalid=${this.errors.windowDays ? 'true' : 'false'} />`,
                t('thresholds.field.windowHelp'),
              )
            : nothing
        }
        ${this.#field(
          'persistenceDays',
          t('thresholds.field.persistence'),
          html`<input id="f-persistenceDays"
          name="persistenceDays" type="number" inputmode="numeric" min="1" max="90" step="1"
          .value=${live(d.persistenceDays)} aria-describedby=${this.#describedBy('persistenceDays', true)} aria-invalid=${this.errors.persistenceDays ? 'true' : 'false'} />`,
          t('thresholds.field.persistenceHelp'),
        )}
      </div>
      <div class="field">
        <label class="check"><input type="checkbox" name="enabled" .checked=${live(d.enabled)} />
          ${t('thresholds.field.enabled')}</label>
      </div>
      <p class="preview" data-testid="threshold-preview">${this.#preview()}</p>
      <aty-backtest-panel .draft=${this.draft} @aty-backtest-invalid=${this.#backtestInvalid}></aty-backtest-panel>
      <div class="actions">
        <button type="submit" ?disabled=${this.busy}>${this.busy ? t('thresholds.editor.saving') : t('thresholds.editor.save')}</button>
        <button type="button" class="secondary" @click=${this.#cancel}>${t('common.cancel')}</button>
      </div>
    </form>`;
  }

  #field(name: string, label: string, control: TemplateResult, help?: string) {
    const error = this.errors[name];
    return html`<div class="field">
      <label for="f-${name}">${label}</label>
      ${control}
      ${help ? html`<span class="help" id="f-${name}-help">${help}</span>` : nothing}
      ${error ? html`<span class="field-error" id="f-${name}-error" data-field=${name}>${error}</span>` : nothing}
    </div>`;
  }

  /** The help and the error of a field, for its control's `aria-describedby`. */
  #describedBy(name: string, hasHelp = false): string {
    return [hasHelp ? `f-${name}-help` : '', this.errors[name] ? `f-${name}-error` : '']
      .filter(Boolean)
      .join(' ');
  }

  #metricSelect() {
    const d = this.draft;
    return html`<select id="f-metric" name="metric">
      <optgroup label=${t('thresholds.metricGroup.score')}>
        <option value="score" .selected=${live(d.metric === 'score')}>${t('thresholds.metric.score')}</option>
      </optgroup>
      <optgroup label=${t('thresholds.metricGroup.riskFactors')}>
        ${RISK_FACTORS.map((code) => html`<option value=${code} .selected=${live(d.metric === code)}>${code} · ${riskFactorName(code)}</option>`)}
      </optgroup>
      <optgroup label=${t('thresholds.metricGroup.crimes')}>
        ${CRIMES.map((code) => html`<option value=${code} .selected=${live(d.metric === code)}>${crimeName(code)}</option>`)}
      </optgroup>
    </select>`;
  }

  #kind() {
    const d = this.draft;
    const error = this.errors.kind;
    return html`<fieldset class="field kind">
      <legend>${t('thresholds.field.kind')}</legend>
      ${(['level', 'rise'] as const).map(
        (kind) => html`<label class="choice">
          <input type="radio" name="kind" value=${kind} .checked=${live(d.kind === kind)} />
          <span><strong>${t(`thresholds.kind.${kind}`)}</strong>
            <span class="help">${t(`thresholds.kind.${kind}Help`)}</span></span>
        </label>`,
      )}
      ${error ? html`<span class="field-error" data-field="kind">${error}</span>` : nothing}
    </fieldset>`;
  }

  #preview(): string {
    const d = this.draft;
    const value = draftValue(d);
    if (value === undefined) return '';
    const persistence = Number(d.persistenceDays) || 1;
    return t('thresholds.editor.preview', {
      where: d.country ? countryName(d.country) : t('thresholds.editor.previewAll'),
      // Mid-sentence, after a colon: "…in Sudan: risk factor RF10 rises…", "…en Sudán: el puntaje llega…".
      condition: lowerFirst(
        conditionText(
          { metric: d.metric, kind: d.kind, value, windowDays: Number(d.windowDays) || 30 },
          'rule',
        ),
      ),
      days: persistenceText(persistence),
    });
  }

  #input(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const name = target.name;
    if (!(FIELDS as readonly string[]).includes(name)) return;
    const value =
      target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
    if (target instanceof HTMLInputElement && target.type === 'radio' && !target.checked) return;
    this.draft = withField(this.draft, name, value);
    // A message about a field goes once the field changes; the others stay until the next attempt.
    if (this.errors[name]) this.errors = { ...this.errors, [name]: undefined };
  }

  #backtestInvalid(event: CustomEvent<BacktestInvalidDetail>): void {
    const error = new ApiError(400, 'validation_failed', '', event.detail.details);
    this.errors = {};
    if (!this.#showFieldErrors(error)) this.formError = () => errorText(error);
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.busy = true;
    this.formError = undefined;
    this.errors = {};
    try {
      const input = inputOf(this.draft);
      const threshold = this.threshold
        ? await updateThreshold(this.threshold.id, input)
        : await createThreshold(input);
      this.dispatchEvent(
        new CustomEvent<ThresholdSavedDetail>('aty-threshold-saved', {
          detail: { threshold, created: !this.threshold },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (caught) {
      const error = toApiError(caught);
      if (!this.#showFieldErrors(error)) this.formError = () => errorText(error);
    } finally {
      this.busy = false;
    }
  }

  /**
   * Puts each of the server's messages next to its field (a backtest names them `threshold.value`); returns
   * false when none names a field of this form, so the caller shows the error as a whole.
   */
  #showFieldErrors(error: ApiError): boolean {
    const errors: Record<string, string> = {};
    for (const detail of error.details) {
      const field = detail.path.replace(/^threshold\./, '');
      if ((FIELDS as readonly string[]).includes(field)) errors[field] ??= detail.message;
    }
    const fields = Object.keys(errors);
    if (fields.length === 0) return false;
    this.errors = errors;
    this.formError = () => t('thresholds.editor.fixErrors');
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>(`#f-${fields[0]}`)?.focus();
    });
    return true;
  }

  #cancel(): void {
    this.dispatchEvent(
      new CustomEvent('aty-threshold-cancel', { detail: null, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-threshold-editor': AtyThresholdEditor;
  }
  interface HTMLElementEventMap {
    'aty-threshold-saved': CustomEvent<ThresholdSavedDetail>;
    'aty-threshold-cancel': CustomEvent<null>;
  }
}
