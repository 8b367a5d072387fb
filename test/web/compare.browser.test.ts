import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { RiskSeries } from '../../web/src/api/country.ts';
import { en } from '../../web/src/i18n/en.ts';
import {
  describeInBrowser,
  screenshot,
  seriousAxeViolations,
  signIn,
  useBrowserSuite,
} from '../helpers/browser.ts';
import { type CountryTestApi, countryTestApi, loadCountryData, today } from './country-test-data.ts';

const search = (page: Page) => new URL(page.url()).searchParams;
const lineLabels = (page: Page) => page.locator('aty-compare-page text.direct-label').allTextContents();

describeInBrowser('the compare page', () => {
  const suite = useBrowserSuite();
  let api: CountryTestApi;

  beforeAll(async () => {
    api = await countryTestApi(suite.url, suite.adminPassword);
    await loadCountryData(api);
  }, 120_000);

  it('puts two to three countries on one chart, told apart without colour, and keeps the URL in sync', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/compare?countries=SDN,COL`);
    await signIn(page, 'admin', suite.adminPassword);
    await expect.poll(() => page.locator('main h1').textContent()).toBe(en['compare.title']);
    await expect.poll(() => lineLabels(page)).toEqual(['Sudan', 'Colombia']);
    // The shared period is written into the address, next to the countries.
    await expect.poll(() => search(page).get('to')).toBe(today());
    expect(search(page).get('countries')).toBe('SDN,COL');

    const lines = page.locator('aty-compare-page path.line');
    expect(await lines.count()).toBe(2);
    // Each line is the API's series for its country over the period.
    const { from, to } = Object.fromEntries(search(page)) as { from: string; to: string };
    const sudan = await api.get<RiskSeries>(`/api/countries/SDN/risk?from=${from}&to=${to}&interval=day`);
    const points = (await lines.first().getAttribute('d'))?.match(/[ML]/g)?.length;
    expect(points).toBe(sudan.series.length);

    await page.locator('aty-country-picker select').selectOption('UKR');
    await page.locator('aty-country-picker button', { hasText: en['compare.picker.addButton'] }).click();
    await expect.poll(() => search(page).get('countries')).toBe('SDN,COL,UKR');
    await expect.poll(() => lineLabels(page)).toEqual(['Sudan', 'Colombia', 'Ukraine']);
    const dashes = await lines.evaluateAll((paths) =>
      paths.map((p) => p.getAttribute('stroke-dasharray') ?? ''),
    );
    expect(new Set(dashes).size).toBe(3);
    const symbols = await page
      .locator('aty-compare-page g.series')
      .evaluateAll((groups) => groups.map((g) => g.querySelector('path.point')?.getAttribute('d')));
    expect(new Set(symbols).size).toBe(3);

    // The table alternative has a column per country.
    await page.locator('aty-compare-page summary').click();
    expect(await page.locator('aty-chart-table thead th').allTextContents()).toEqual([
      en['country.chart.date'],
      'Sudan',
      'Colombia',
      'Ukraine',
    ]);
    expect(await page.locator('aty-chart-table tbody tr').count()).toBe(sudan.series.length);
    await screenshot(page, 'compare-en');

    // Removing a country keeps the keyboard user in the picker.
    await page.getByRole('button', { name: 'Remove Colombia' }).click();
    await expect.poll(() => search(page).get('countries')).toBe('SDN,UKR');
    await expect.poll(() => lineLabels(page)).toEqual(['Sudan', 'Ukraine']);
    expect(
      await page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return element?.id;
      }),
    ).toBe('add-country');

    // The shared period: a preset changes every line at once.
    await page.locator('aty-period-picker button[data-preset="3m"]').click();
    await expect.poll(() => search(page).get('from')).not.toBe(from);
    const quarter = Object.fromEntries(search(page)) as { from: string; to: string };
    const ukraine = await api.get<RiskSeries>(
      `/api/countries/UKR/risk?from=${quarter.from}&to=${quarter.to}&interval=day`,
    );
    await expect
      .poll(async () => (await lines.last().getAttribute('d'))?.match(/[ML]/g)?.length)
      .toBe(ukraine.series.length);
    expect(search(page).get('countries')).toBe('SDN,UKR');

    // A shared link opens the same comparison.
    await page.goto(`${suite.url}/compare?countries=UKR,SDN&from=${quarter.from}&to=${quarter.to}`);
    await expect.poll(() => lineLabels(page)).toEqual(['Ukraine', 'Sudan']);
  }, 90_000);

  it('offers country names in the UI language, in its alphabetical order, and caps the comparison at five', async () => {
    const { page } = await suite.open();
    // Unknown and repeated codes are dropped; of the rest, the first five are kept.
    await page.goto(`${suite.url}/compare?countries=SDN,COL,UKR,MMR,xx,SDN,BRA,ARG`);
    await signIn(page, 'admin', suite.adminPassword);
    await expect.poll(() => lineLabels(page)).toEqual(['Sudan', 'Colombia', 'Ukraine', 'Myanmar', 'Brazil']);
    expect(await page.locator('aty-country-picker select').isDisabled()).toBe(true);
    expect(await page.locator('aty-country-picker .help').textContent()).toContain(
      en['compare.picker.full'].replace('{max}', '5'),
    );

    await page.locator('aty-lang-switch button[lang="es"]').click();
    await expect.poll(() => lineLabels(page)).toEqual(['Sudán', 'Colombia', 'Ucrania', 'Myanmar', 'Brasil']);
    await page.getByRole('button', { name: 'Quitar Ucrania' }).click();
    await expect.poll(() => search(page).get('countries')).toBe('SDN,COL,MMR,BRA');
    await page.getByRole('button', { name: 'Quitar Myanmar' }).click();
    await expect.poll(() => search(page).get('countries')).toBe('SDN,COL,BRA');
    // The countries with reports not chosen yet, by their Spanish names in Spanish order.
    expect(await page.locator('aty-country-picker option').allTextContents()).toEqual([
      'Elija un país…',
      'Myanmar',
      'Ucrania',
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 90_000);

  it('has no serious accessibility violations in English', async () => {
    const { page } = await suite.open();
    await page.goto(`${suite.url}/compare?countries=SDN,COL`);
    await signIn(page, 'admin', suite.adminPassword);
    await expect.poll(() => lineLabels(page)).toEqual(['Sudan', 'Colombia']);
    await page.locator('aty-compare-page summary').click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    // With no country chosen, the page says what to do.
    await page.goto(`${suite.url}/compare`);
    await expect
      .poll(() => page.locator('aty-country-picker .help').textContent())
      .toContain(en['compare.picker.needTwo']);
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 90_000);
});
