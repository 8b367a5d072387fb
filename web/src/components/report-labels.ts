// Words for the codes a report carries (country, language, reliability grade, risk factors, crimes, level),
// in the current UI language. Shared by the reports list, the report page and the ingest page.
import { allCountries, type Country, findCountry } from '../../../indicators/countries.ts';
import { type CrimeCode, crimes } from '../../../indicators/crimes.ts';
import { type RFCode, riskFactors } from '../../../indicators/risk-factors.ts';
import { levelOf, type RiskLevel } from '../charts/levels.ts';
import { formatDate, type Lang, locale, t } from '../i18n/index.ts';

export const countryName = (iso3: string): string => findCountry(iso3)?.name[locale.value] ?? iso3;

const sortedCountries = new Map<Lang, readonly Country[]>();

/** Every country, sorted by its name in the UI language (cached: ~250 names, every filter render). */
export function countriesByName(): readonly Country[] {
  const lang = locale.value;
  let sorted = sortedCountries.get(lang);
  if (!sorted) {
    const collator = new Intl.Collator(lang);
    sorted = [...allCountries()].sort((a, b) => collator.compare(a.name[lang], b.name[lang]));
    sortedCountries.set(lang, sorted);
  }
  return sorted;
}

/** Language tags an analyst can pick (the scorer reads `en` and `es`; the rest are stored, not scored). */
export const LANGUAGE_CHOICES = ['en', 'es', 'fr', 'pt', 'ar', 'ru'] as const;

const languageNames = new Map<Lang, Intl.DisplayNames>();

/**
 * "English", "inglés", "francés"…: from Intl, so every tag has a name in both UI languages. Spanish writes
 * language names in lower case mid-sentence; `languageLabel` capitalises them for lists and table cells.
 */
export function languageName(tag: string): string {
  if (tag === 'und') return t('reports.langUndetermined');
  const lang = locale.value;
  let names = languageNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
    languageNames.set(lang, names);
  }
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function languageLabel(tag: string): string {
  const name = languageName(tag);
  return name.charAt(0).toLocaleUpperCase(locale.value) + name.slice(1);
}

const RF_NAMES = new Map(riskFactors.map((rf) => [rf.code as string, rf.name]));
const CRIME_NAMES = new Map(crimes.map((c) => [c.code as string, c.name]));

export const riskFactorName = (code: string): string => RF_NAMES.get(code)?.[locale.value] ?? code;
export const crimeName = (code: string): string => CRIME_NAMES.get(code)?.[locale.value] ?? code;

export const RISK_FACTORS: readonly RFCode[] = riskFactors.map((rf) => rf.code);
export const CRIMES: readonly CrimeCode[] = crimes.map((c) => c.code);

/** The strongest factors of a report, strongest first (ties by code order), those above zero only. */
export function topRiskFactors(values: Record<string, number>, count = 3): string[] {
  return RISK_FACTORS.filter((code) => (values[code] ?? 0) > 0)
    .sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0))
    .slice(0, count);
}

export const levelName = (level: RiskLevel): string => t(`reports.level.${level}`);
export const scoreLevel = (score: number): RiskLevel => levelOf(score);

export const SOURCE_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const INFORMATION_GRADES = ['1', '2', '3', '4', '5', '6'] as const;

/** An Admiralty grade ("B2") in words: how reliable the source is, and how credible this information. */
export function reliabilityWords(grade: string): string | undefined {
  const source = SOURCE_GRADES.find((g) => g === grade[0]);
  const information = INFORMATION_GRADES.find((g) => g === grade[1]);
  if (!source || !information || grade.length !== 2) return undefined;
  return t('reports.reliabilityWords', {
    source: t(`reports.sourceGrade.${source}`),
    information: t(`reports.informationGrade.${information}`),
  });
}

/** "Art. 7(1)(i)" from the catalog's "7(1)(i)". */
export const legalBasisLabel = (provision: string): string => t('reports.article', { provision });

/**
 * The URL only if it is an absolute http(s) URL: anything else (javascript:, data:, relative paths) is shown
 * as text and never becomes a link, whatever the server stored.
 */
export function safeHttpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The first words of a text, for an untitled report: whole words, whitespace collapsed, at most `max` chars. */
export function firstWords(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** A calendar day ("2026-03-01") as the UI language writes it, without time-zone drift. */
export const formatDay = (day: string): string =>
  formatDate(`${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
