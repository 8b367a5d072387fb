import type { TriggerKind } from './demo-countries.ts';

/**
 * What a language needs to write demo reports: sentence templates by level of risk, and the invented names
 * and phrases that fill their slots. `templates-en.ts` / `templates-es.ts` and `fillers-en.ts` /
 * `fillers-es.ts` provide one each; `compose-report.ts` and `fill-template.ts` read them.
 *
 * Templates are plain text with `{slot}` placeholders:
 * - `{place}` the report's main place, in full the first time ("the northern district of Kalema") and by its
 *   short name after that; `{town}` always the short name ("Kalema"); `{place2}` another place of the country;
 * - `{actors}` a plural armed actor ("militia fighters", "paramilitares"), usable as subject or after "by"/"por";
 * - `{group}` the country's targeted group in full, `{groupName}` its bare name;
 * - `{official}` a speaker with no name; `{day}` "on Tuesday" / "el martes"; `{days}` a duration;
 * - `{n}` a casualty figure that grows with risk, `{many}` a displacement-sized figure, `{few}` 2–12.
 */

/** How alarming a sentence is. The mix of tiers in a report follows its country's latent risk. */
export type Tier = 'calm' | 'warning' | 'violence';

/** Flash updates follow incidents; weekly and monthly notes are routine. */
export type ReportKind = 'flash' | 'weekly' | 'monthly';

/** Sentences grouped by topic; the topic key becomes a report tag, so keys are the same in every language. */
export type Topics = Readonly<Record<string, readonly string[]>>;

export interface SentenceTemplates {
  /** The first sentence of every report: it says, in the text itself, that nothing in it is real. */
  marker: string;
  /** Report titles: `[DEMO] <kind>: <headline> — <town>`. */
  kindTitle: Readonly<Record<ReportKind, string>>;
  headline: Readonly<Record<Tier, readonly string[]>>;
  intro: Readonly<Record<ReportKind, readonly string[]>>;
  calm: Topics;
  warning: Topics;
  violence: Topics;
  /** Denials and negated incidents: the scorer lists them and counts nothing, as it should. */
  denial: readonly string[];
  /** Sentences about a scenario's trigger: `onset` in its first two weeks, `after` for a few months. */
  trigger: Readonly<Record<TriggerKind, { onset: readonly string[]; after: readonly string[] }>>;
  closing: readonly string[];
}

/** A place as `[short name, full phrase]`: "Kalema", "the northern district of Kalema". */
export type NamedPhrase = readonly [short: string, full: string];

export interface Fillers {
  places: readonly NamedPhrase[];
  actors: readonly string[];
  groups: readonly NamedPhrase[];
  officials: readonly string[];
  days: readonly string[];
  durations: readonly string[];
  /** Two to twelve in words: "{few} journalists were arrested" must not open a sentence with a digit. */
  smallNumbers: readonly string[];
  /** Thousands separators differ: "12,400" in English, "12.400" in Spanish. */
  formatNumber(n: number): string;
  /** Grammar the templates cannot express alone, such as Spanish "de el" → "del". */
  polish(sentence: string): string;
}

export interface LanguagePack {
  lang: 'en' | 'es';
  /** The fictional organisation every demo report is attributed to. */
  sourceName: string;
  templates: SentenceTemplates;
  fillers: Fillers;
}

/** Digits grouped by three with the given separator (no locale data, so output is the same everywhere). */
export function groupDigits(n: number, separator: string): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
