// The scorer and its catalog for the Ingest page's live preview. Only ever loaded with a dynamic import(),
// so the catalog (the bulk of this chunk) is fetched when someone opens Ingest, not with every page.
// It is the very engine the server runs (server/services/scoring-service.ts builds it the same way), so the
// preview shows exactly what saving will store.
import { catalog } from '../../../indicators/catalog.ts';
import { type ScoreOptions, scoreText } from '../../../indicators/scorer/score.ts';
import type { ScoreResult } from '../../../indicators/scorer/types.ts';

export type { ScoreResult };

export const catalogVersion = catalog.version;

export function scoreLocally(text: string, options: ScoreOptions): ScoreResult {
  return scoreText(catalog, text, options);
}

/** Indicator names in both languages, by id. */
export const indicatorNames: ReadonlyMap<string, { en: string; es: string }> = new Map(
  catalog.indicators.map((indicator) => [indicator.id, indicator.name]),
);
