import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  isIsoDate,
  matchingPreset,
  PERIOD_PRESETS,
  type Period,
  type PeriodPreset,
  presetPeriod,
} from '../charts/period.ts';
import { formatDate, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import { periodChange } from './period-events.ts';

const PRESET_KEY = {
  '3m': 'country.period.3m',
  '1y': 'country.period.1y',
  all: 'country.period.all',
} as const;

/**
 * The keyboard way to choose a period (the trend chart's brush is the pointer way): preset buttons that apply
 * at once, and two date fields applied together with a button or Enter, so a half-typed year never fetches.
 */
@customElement('aty-period-picker')
export class AtyPeriodPicker extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.75rem 1.25rem;
      }
      .presets {
        display: flex;
        gap: 0.4rem;
        flex-wrap: wrap;
      }
      .presets button[aria-pressed='true'] {
        background: var(--accent);
        color: var(--on-accent);
      }
      .dates {
        display: flex;
        gap: 0.75rem;
        align-items: end;
        flex-wrap: wrap;
      }
      .dates label {
        font-size: 0.875rem;
      }
      .group-label {
        font-weight: 600;
        font-size: 0.875rem;
        margin-bottom: 0.25rem;
      }
      .message {
        flex-basis: 100%;
      }
    `,
  ];

  protected readonly i18n = new StoreController(this, locale);

  /** The period shown now. */
  @property({ attribute: false }) period: Period | undefined;

  /** The span of the data, from the first report to today: "all", and the end of every preset. */
  @property({ attribute: false }) bounds: Period | undefined;

  @state() private error = '';

  override render() {
    const { period, bounds } = this;
    if (!period || !bounds) return html``;
    const pressed = matchingPreset(period, bounds);
    const min = earliest(bounds);
    return html`
      <form @submit=${this.#apply} novalidate>
        <div>
          <div class="group-label" id="presets-label">${t('country.period.presets')}</div>
          <div class="presets" role="group" aria-labelledby="presets-label">
            ${PERIOD_PRESETS.map(
              (preset) => html`<button
                type="button"
                class="secondary"
                data-preset=${preset}
                aria-pressed=${pressed === preset ? 'true' : 'false'}
                @click=${() => this.#choosePreset(preset)}
              >
                ${t(PRESET_KEY[preset])}
              </button>`,
            )}
          </div>
        </div>
        <div class="dates">
          <div>
            <label for="from">${t('country.period.from')}</label>
            <input id="from" name="from" type="date" .value=${period.from} min=${min} max=${bounds.to} />
          </div>
          <div>
            <label for="to">${t('country.period.to')}</label>
            <input id="to" name="to" type="date" .value=${period.to} min=${min} max=${bounds.to} />
          </div>
          <button type="submit" class="secondary">${t('country.period.apply')}</button>
        </div>
        <p class="message error" role="alert">${this.error}</p>
      </form>
    `;
  }

  #choosePreset(preset: PeriodPreset): void {
    if (!this.bounds) return;
    this.error = '';
    this.dispatchEvent(periodChange(presetPeriod(preset, this.bounds)));
  }

  #apply(event: SubmitEvent): void {
    event.preventDefault();
    const bounds = this.bounds;
    if (!bounds) return;
    const data = new FormData(event.target as HTMLFormElement);
    const from = String(data.get('from') ?? '');
    const to = String(data.get('to') ?? '');
    if (!isIsoDate(from) || !isIsoDate(to)) {
      this.error = t('country.period.invalid');
      return;
    }
    if (from > to) {
      this.error = t('country.period.order');
      return;
    }
    const min = earliest(bounds);
    if (from < min || to > bounds.to) {
      const format = { dateStyle: 'medium', timeZone: 'UTC' } as const;
      this.error = t('country.period.outside', {
        min: formatDate(min, format),
        max: formatDate(bounds.to, format),
      });
      return;
    }
    this.error = '';
    this.dispatchEvent(periodChange({ from, to }));
  }
}

/** The first day that can be chosen: the first report's, or a year back when the data is younger than that. */
function earliest(bounds: Period): string {
  const yearBack = presetPeriod('1y', bounds).from;
  return [yearBack, bounds.from].sort()[0]!;
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-period-picker': AtyPeriodPicker;
  }
}
