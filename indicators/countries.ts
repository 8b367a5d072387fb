import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };

/**
 * The ISO 3166-1 country list with English and Spanish names, from `i18n-iso-countries` (a maintained package
 * made for exactly this; only the two locales we use are loaded, so the browser bundle stays small).
 * Codes are alpha-3, upper case (codes.md). An unknown code is a 400, never stored.
 */
countries.registerLocale(en);
countries.registerLocale(es);

export interface Country {
  iso3: string;
  /** ISO 3166-1 numeric code, as map data (world-atlas) uses. */
  numeric: string;
  name: { en: string; es: string };
}

const ALL: readonly Country[] = Object.keys(countries.getAlpha3Codes())
  .map((iso3) => ({
    iso3,
    numeric: countries.alpha3ToNumeric(iso3) ?? '',
    name: {
      en: countries.getName(iso3, 'en', { select: 'official' }) ?? iso3,
      es: countries.getName(iso3, 'es', { select: 'official' }) ?? iso3,
    },
  }))
  .sort((a, b) => a.iso3.localeCompare(b.iso3));

const BY_ISO3 = new Map(ALL.map((c) => [c.iso3, c]));

export function allCountries(): readonly Country[] {
  return ALL;
}

/** The country with this alpha-3 code (case-insensitive), or undefined. */
export function findCountry(iso3: string): Country | undefined {
  return BY_ISO3.get(iso3.toUpperCase());
}

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && BY_ISO3.has(code);
}
