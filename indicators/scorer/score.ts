import type { Indicator } from '../catalog-schema.ts';
import { aggregate } from './aggregate.ts';
import { compileCatalog, type MatchLanguage } from './compile.ts';
import { evaluateSentence } from './evaluate.ts';
import { detectLanguage } from './language.ts';
import { magnitudeFactor } from './parameters.ts';
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
      hits.push({
        indicatorId: indicator.id,
        riskFactors: record ? ['RF2'] : [...indicator.riskFactors],
        crimes: record ? [] : [...indicator.crimes],
        legalBasis: [...indicator.legalBasis],
        evidence: {
          text: text.slice(sentence.start, sentence.end),
          start: sentence.start,
          end: sentence.end,
        },
        negated: h.negated,
        weight: counts ? round3(indicator.weight * magnitudeFactor(h.magnitude)) : 0,
        context: h.context,
        matches: h.triggers.map((t) => ({ start: t.start, end: t.end })),
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
