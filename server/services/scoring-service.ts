import { catalog, crimes, riskFactors } from '../../indicators/catalog.ts';
import { scoreText } from '../../indicators/scorer/score.ts';
import type { ScoreResult } from '../../indicators/scorer/types.ts';

/** The catalog as the API serves it: indicators without their matching rules (those are the scorer's). */
const catalogSummary = {
  version: catalog.version,
  riskFactors: riskFactors.map((rf) => ({ code: rf.code, name: rf.name })),
  crimes: crimes.map((c) => ({ code: c.code, name: c.name })),
  indicators: catalog.indicators.map(({ rules: _rules, ...summary }) => summary),
};

export function createScoringService() {
  return {
    catalog: () => catalogSummary,
    score: (text: string, options: { lang?: string; date?: string } = {}): ScoreResult =>
      scoreText(catalog, text, options),
  };
}

export type ScoringService = ReturnType<typeof createScoringService>;
