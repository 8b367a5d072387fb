import { describe, expect, it } from 'vitest';
import { catalog } from '../../indicators/catalog.ts';
import { scoreText } from '../../indicators/scorer/score.ts';

// docs/SCORING.md works one example through the formula by hand; this keeps the document true.
describe('the worked example of docs/SCORING.md', () => {
  it('gives the numbers the document shows', () => {
    const result = scoreText(catalog, 'Soldiers killed 37 villagers.', { lang: 'en' });
    expect(result.hits.map((h) => [h.indicatorId, h.weight, h.magnitude])).toEqual([
      ['killing-of-civilians', 1.135, 37],
    ]);
    expect(result.riskFactors.RF11).toBeCloseTo(0.409, 3);
    expect(result.crimes).toMatchObject({ crimes_against_humanity: 0.4086, war_crimes: 0.4086, genocide: 0 });
    expect(result.score).toBeCloseTo(45.8, 1);
  });
});
