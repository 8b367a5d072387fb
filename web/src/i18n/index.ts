import { Store } from '../state/store.ts';
import { en, type MessageKey, type Messages } from './en.ts';
import { es } from './es.ts';

export type { MessageKey } from './en.ts';

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

const catalogs: Record<Lang, Messages> = { en, es };
const STORAGE_KEY = 'atalaya.lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The current language. Elements subscribe with `new StoreController(this, locale)`. */
export const locale = new Store<Lang>('en');

/** Order of precedence: `?lang=` (already stored by `takeLangParam`), then localStorage, then the browser. */
export function initialLang(): Lang {
  const stored = readStored();
  if (stored) return stored;
  const browser = navigator.language.slice(0, 2).toLowerCase();
  return isLang(browser) ? browser : 'en';
}

/** Switches the language everywhere at once, remembers it, and keeps `<html lang>` truthful. */
export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be disabled (private mode, policy); the choice then lasts for this page only.
  }
  document.documentElement.lang = lang;
  locale.set(lang);
}

/**
 * Applies and removes `?lang=` from a URL. Removing it matters: left in the address bar, a reload would
 * undo a later choice made with the EN / ES switch.
 */
export function takeLangParam(url: URL): URL {
  const lang = url.searchParams.get('lang');
  if (lang === null) return url;
  if (isLang(lang)) setLang(lang);
  const cleaned = new URL(url);
  cleaned.searchParams.delete('lang');
  return cleaned;
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template = catalogs[locale.value][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

// Intl formatters are costly to build and tables format hundreds of cells: cache one per language and style.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatDate(
  value: string | Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const cacheKey = `${locale.value}|${JSON.stringify(options)}`;
  let format = dateFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(locale.value, options);
    dateFormats.set(cacheKey, format);
  }
  return format.format(date);
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  const cacheKey = `${locale.value}|${JSON.stringify(options)}`;
  let format = numberFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(locale.value, options);
    numberFormats.set(cacheKey, format);
  }
  return format.format(value);
}

function readStored(): Lang | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
