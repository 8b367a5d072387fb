import { describe, expect, it } from 'vitest';
import { catalog } from '../../indicators/catalog.ts';
import { loadEvalSet } from '../eval/fixtures.ts';
import { qualityChecks } from '../eval/quality-bar.ts';

describe('the scorer on the labelled evaluation set (test/fixtures/eval)', () => {
  const checks = qualityChecks(catalog, loadEvalSet());

  it.each(checks.map((c) => [c.name, c] as const))('meets the bar for %s', (_name, check) => {
    expect(check.ok, `${check.name}: ${check.value.toFixed(3)}, bar ${check.bar}`).toBe(true);
  });
});
