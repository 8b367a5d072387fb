import { fillersEn } from './fillers-en.ts';
import { fillersEs } from './fillers-es.ts';
import type { LanguagePack } from './language-pack.ts';
import { templatesEn } from './templates-en.ts';
import { templatesEs } from './templates-es.ts';

/**
 * The two languages demo reports are written in. The source names are plainly fictional so that a demo report
 * can never be mistaken for, or cited as, the work of a real monitoring organisation.
 */
export const LANGUAGE_PACKS: Readonly<Record<'en' | 'es', LanguagePack>> = {
  en: { lang: 'en', sourceName: 'Demo Monitoring Network', templates: templatesEn, fillers: fillersEn },
  es: {
    lang: 'es',
    sourceName: 'Red de Monitoreo de Demostración',
    templates: templatesEs,
    fillers: fillersEs,
  },
};
