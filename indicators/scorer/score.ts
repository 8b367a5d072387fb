import { familyOf } from '../act-families.ts';
import type { Indicator } from '../catalog-schema.ts';
import type { CrimeCode } from '../crimes.ts';
import type { RFCode } from '../risk-factors.ts';
import { aggregate } from './aggregate.ts';
import { compileCatalog, type MatchLanguage } from './compile.ts';
import type { SentenceScale } from './evaluate.ts';
import { evaluateSentence } from './evaluate.ts';
import { detectLanguage } from './language.ts';
import { magnitudeFactor, SCORING } from './parameters.ts';
import { scan } from './scan.ts';
import type { Hit, ScoreResult } from './types.ts';

export interface ScorableCatalog {
  version: string;
  indicators: readonly Indicator[];
}

export interface ScoreOptions {
  /** `en` or `es`; detected when absent. Any other tag means "not scored". */
  lang?: string | undefined;
  /**
   * The report's date (YYYY-MM-DD or a year). Events the text dates to two or more years earlier ("in 1994")
   * are history, not current events. Without it, years are not read as history.
   */
  date?: string | number | undefined;
}

const SCORED: readonly string[] = ['en', 'es'];

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Scores a text against a catalog: `{lang, hits, riskFactors, crimes, score}` as `POST /api/score` returns it.
 * Pure and synchronous; the catalog is compiled once and cached.
 */
export function scoreText(catalog: ScorableCatalog, text: string, options: ScoreOptions = {}): ScoreResult {
  const matchers = compileCatalog(catalog.indicators);
  let lang = options.lang ?? detectLanguage(text);
  if (lang === 'und' && options.lang === undefined) lang = guessByVocabulary(text, matchers) ?? lang;

  if (!SCORED.includes(lang)) {
    return {
      lang,
      scored: false,
      notice:
        lang === 'und'
          ? 'The language could not be determined, so the text was not scored.'
          : `Texts in "${lang}" are stored but not scored: the catalog covers English and Spanish.`,
      catalogVersion: catalog.version,
      hits: [],
      ...aggregate([]),
    };
  }

  const matcher = matchers[lang as MatchLanguage];
  const referenceYear = options.date === undefined ? undefined : Number(String(options.date).slice(0, 4));
  const hits: Hit[] = [];
  scan(text, matcher, (sentence) => {
    for (const h of evaluateSentence(matcher, sentence, text, referenceYear)) {
      const indicator = catalog.indicators[h.indicator]!;
      // Past violations are what RF2 (a record of serious violations) is about: a historical hit of an RF2
      // indicator counts, for RF2 alone and for no current crime.
      const record = h.context === 'historical' && indicator.riskFactors.includes('RF2');
      const counts = !h.negated && (h.context === 'current' || record);
      const factors = record
        ? { riskFactors: ['RF2'] as RFCode[], crimes: [] }
        : attackFactors(indicator, h.scale);
      hits.push({
        indicatorId: indicator.id,
        ...factors,
        legalBasis: [...indicator.legalBasis],
        evidence: {
          text: text.slice(sentence.start, sentence.end),
          start: sentence.start,
          end: sentence.end,
        },
        negated: h.negated,
        weight: counts ? round3(indicator.weight * magnitudeFactor(h.magnitude)) : 0,
        context: h.context,
        matches: disjointSpans(h.triggers),
        magnitude: h.magnitude ?? null,
        groups: h.groups.map((g) => ({
          text: text.slice(g.match.start, g.match.end),
          start: g.match.start,
          end: g.match.end,
          kind: g.kind,
        })),
      });
    }
  });
  return { lang, scored: true, catalogVersion: catalog.version, hits, ...aggregate(hits) };
}

/**
 * The risk factors and crimes of a current hit. RF11, a widespread or systematic attack on a civilian population,
 * is a matter of scale, not of the kind of act: an act against civilians (killing, detention, displacement…)
 * evidences it when its sentence reaches the scale of SCORING.attackScale or describes a pattern, and does not
 * when it reports a single incident of a few victims. Indicators of the attack itself (7(2)(a)) always do.
 * An act against persons (SCORING.conflictFamilies) in a sentence that names a party to an armed conflict or
 * hostilities evidences RF13 (a threat to those protected by international humanitarian law) and war crimes.
 */
function attackFactors(
  indicator: Indicator,
  scale: SentenceScale,
): { riskFactors: RFCode[]; crimes: CrimeCode[] } {
  const riskFactors = [...indicator.riskFactors];
  const crimes = [...indicator.crimes];
  const add = (rf: RFCode, crime: CrimeCode) => {
    if (!riskFactors.includes(rf)) riskFactors.push(rf);
    if (!crimes.includes(crime)) crimes.push(crime);
  };
  const threshold = attackThreshold(indicator);
  if (threshold === undefined) return { riskFactors, crimes };
  if (scale.conflict && actsAgainstPersons(indicator)) add('RF13', 'war_crimes');
  const large = scale.pattern || (scale.people !== undefined && scale.people >= threshold);
  if (large) add('RF11', 'crimes_against_humanity');
  else if (riskFactors.includes('RF11')) riskFactors.splice(riskFactors.indexOf('RF11'), 1);
  return { riskFactors, crimes };
}

const personActs = new WeakMap<Indicator, boolean>();
/** Whether the indicator's acts are acts against persons that IHL protects (killing, torture, detention…). */
function actsAgainstPersons(indicator: Indicator): boolean {
  let cached = personActs.get(indicator);
  if (cached === undefined) {
    cached = indicator.legalBasis.some((code) => SCORING.conflictFamilies.includes(familyOf(code) ?? ''));
    personActs.set(indicator, cached);
  }
  return cached;
}

const thresholds = new WeakMap<Indicator, number | null>();
/** The number of people from which the indicator's act counts as large-scale; undefined when scale is not read. */
function attackThreshold(indicator: Indicator): number | undefined {
  let cached = thresholds.get(indicator);
  if (cached === undefined) {
    cached = null;
    if (!indicator.legalBasis.includes('7(2)(a)')) {
      for (const code of indicator.legalBasis) {
        const family = familyOf(code);
        const t = family === undefined ? undefined : SCORING.attackScale[family];
        if (t !== undefined) cached = cached === null ? t : Math.min(cached, t);
      }
    }
    thresholds.set(indicator, cached);
  }
  return cached ?? undefined;
}

/** For texts too short for function words ("Soldiers killed 12 civilians."): the language whose terms match. */
function guessByVocabulary(
  text: string,
  matchers: ReturnType<typeof compileCatalog>,
): MatchLanguage | undefined {
  const counts = { en: 0, es: 0 };
  for (const lang of ['en', 'es'] as const) {
    const m = matchers[lang];
    scan(text, m, (s) => {
      for (const match of s.matches)
        if (m.termRoles[match.term]!.some((r) => r.kind === 'group')) counts[lang]++;
    });
  }
  if (counts.en === counts.es) return undefined;
  return counts.en > counts.es ? 'en' : 'es';
}

/**
 * A hit's matched words as sorted, non-overlapping spans: two rules can match nested words ("were killed" and
 * "killed"), and the UI marks each span once.
 */
function disjointSpans(
  spans: ReadonlyArray<{ start: number; end: number }>,
): Array<{ start: number; end: number }> {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Array<{ start: number; end: number }> = [];
  for (const { start, end } of sorted) {
    const last = out.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}
