// The scorer and its catalog for the Ingest page's live preview. Only ever loaded with a dynamic import(),
// so the catalog (the bulk of this chunk) is fetched when someone opens Ingest, not with every page.
// It is the very engine the server runs (server/services/scoring-service.ts builds it the same way), so the
// preview shows exactly what saving will store.
//
// The catalog comes from catalog-data.ts, not catalog.ts: the same indicators, not validated again here, so
// zod stays out of the browser. The server, the CLI and the tests validate this data (catalog.ts), and
// test/web/local-scorer.test.ts checks that the version computed here is the validated catalog's.
import {
  catalogIndicators,
  type VersionedCatalog,
  catalogVersion as versionOf,
} from '../../../indicators/catalog-data.ts';
import { type ScoreOptions, scoreText } from '../../../indicators/scorer/score.ts';
import type { ScoreResult } from '../../../indicators/scorer/types.ts';

export type { ScoreResult };

const catalog: VersionedCatalog = { version: versionOf(catalogIndicators), indicators: catalogIndicators };

export const catalogVersion = catalog.version;

export function scoreLocally(text: string, options: ScoreOptions): ScoreResult {
  return scoreText(catalog, text, options);
}

/** Indicator names in both languages, by id. */
export const indicatorNames: ReadonlyMap<string, { en: string; es: string }> = new Map(
  catalog.indicators.map((indicator) => [indicator.id, indicator.name]),
);
