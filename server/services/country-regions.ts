import countries from 'world-countries';

/** UN geoscheme regions as world-countries names them, in lower case: the codes the API returns. */
export const REGIONS = ['africa', 'americas', 'asia', 'europe', 'oceania', 'antarctic'] as const;
export type Region = (typeof REGIONS)[number];

// world-countries (ODbL) is a maintained table with the UN region of every ISO 3166 country; the browser
// never loads it (it is large): the API hands each ranking item its region code instead.
const byIso3 = new Map<string, Region>();
for (const country of countries) {
  const region = country.region.toLowerCase();
  if ((REGIONS as readonly string[]).includes(region)) byIso3.set(country.cca3, region as Region);
}
// Kosovo has no ISO 3166 code: world-countries says UNK, the project (like the EU and the ICC) says XKK.
byIso3.set('XKK', 'europe');

/** The country's region, or null for a code the table does not place (none of the ISO 3166 countries). */
export function regionOf(iso3: string): Region | null {
  return byIso3.get(iso3) ?? null;
}
