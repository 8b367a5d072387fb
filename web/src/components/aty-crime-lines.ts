import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { crimes } from '../../../indicators/crimes.ts';
import type { RiskPoint } from '../api/country.ts';
import type { Period } from '../charts/period.ts';
import type { LineSeries } from '../charts/trend.ts';
import { formatDate, locale, t } from '../i18n/index.ts';
import { StoreController } from '../state/store.ts';
import { sharedStyles } from '../styles/shared.ts';
import './aty-trend-chart.ts';

/**
 * The three crime categories (genocide, crimes against humanity, war crimes) over the period, each in [0, 1]:
 * three lines told apart by dash pattern, symbol and a label at their end, not by colour alone.
 */
@customElement('aty-crime-lines')
export class AtyCrimeLines extends LitElement {
  static override styles = [sharedStyles];

  protected readonly i18n = new StoreController(this, locale);

  /** The period's series (daily or weekly points, in date order). */
  @property({ attribute: false }) points: RiskPoint[] = [];

  /** The period shown (the time axis). */
  @property({ attribute: false }) period: Period | undefined;

  override render() {
    const lang = locale.value;
    const series: LineSeries[] = crimes.map((crime) => ({
      id: crime.code,
      label: crime.name[lang],
      points: this.points.map((p) => ({ date: p.date, value: p.crimes[crime.code] ?? 0 })),
    }));
    const label = this.period
      ? t('country.crimes.label', {
          from: formatDate(this.period.from, { dateStyle: 'medium', timeZone: 'UTC' }),
          to: formatDate(this.period.to, { dateStyle: 'medium', timeZone: 'UTC' }),
        })
      : '';
    return html`<aty-trend-chart
      .series=${series}
      .domain=${this.period}
      y-max="1"
      digits="2"
      height="220"
      .label=${label}
    ></aty-trend-chart>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aty-crime-lines': AtyCrimeLines;
  }
}
