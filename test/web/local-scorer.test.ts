import { describe, expect, it } from 'vitest';
import { catalog } from '../../indicators/catalog.ts';
import { scoreText } from '../../indicators/scorer/score.ts';
import { catalogVersion, indicatorNames, scoreLocally } from '../../web/src/scoring/local-scorer.ts';

// The Ingest page's preview scores with catalog-data.ts (no zod in the browser), the server with the validated
// catalog.ts. Both must be the same catalog, or the preview would show a score that saving does not store.
describe('the in-browser scorer', () => {
  it('runs on the catalog the server validated: same version', () => {
    expect(catalogVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(catalogVersion).toBe(catalog.version);
  });

  it('scores a text exactly as the server does, in both languages', () => {
    const texts = [
      ['Soldiers killed 37 villagers and burned their homes; women were raped at the checkpoint.', 'en'],
      ['Los soldados mataron a 37 aldeanos y quemaron sus casas; mujeres fueron violadas en el retén.', 'es'],
    ] as const;
    for (const [text, lang] of texts) {
      const local = scoreLocally(text, { lang, date: '2026-11-01' });
      expect(local.hits.length, text).toBeGreaterThan(0);
      expect(local).toEqual(scoreText(catalog, text, { lang, date: '2026-11-01' }));
    }
  });

  it('names every indicator of the catalog in English and Spanish', () => {
    expect(indicatorNames.size).toBe(catalog.indicators.length);
    for (const indicator of catalog.indicators)
      expect(indicatorNames.get(indicator.id)).toEqual(indicator.name);
  });
});
