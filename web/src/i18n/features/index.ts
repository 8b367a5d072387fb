import { alertsMessages } from './alerts.ts';
import { briefingsMessages } from './briefings.ts';
import { compareMessages } from './compare.ts';
import { countryMessages } from './country.ts';
import { ingestMessages } from './ingest.ts';
import { overviewMessages } from './overview.ts';
import { reportsMessages } from './reports.ts';
import { thresholdsMessages } from './thresholds.ts';

/** Every feature's messages, merged into the shell's catalogs by `en.ts` and `es.ts`. */
export const featureEn = {
  ...overviewMessages.en,
  ...countryMessages.en,
  ...compareMessages.en,
  ...reportsMessages.en,
  ...ingestMessages.en,
  ...alertsMessages.en,
  ...thresholdsMessages.en,
  ...briefingsMessages.en,
};

export const featureEs: typeof featureEn = {
  ...overviewMessages.es,
  ...countryMessages.es,
  ...compareMessages.es,
  ...reportsMessages.es,
  ...ingestMessages.es,
  ...alertsMessages.es,
  ...thresholdsMessages.es,
  ...briefingsMessages.es,
};
