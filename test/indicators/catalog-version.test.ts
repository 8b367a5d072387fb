import { describe, expect, it } from 'vitest';
import { catalog, catalogVersion } from '../../indicators/catalog.ts';
import type { Indicator } from '../../indicators/catalog-schema.ts';
import { canonicalJson, fnv1a64 } from '../../indicators/content-hash.ts';
import { anIndicator } from './builders.ts';

const copy = (indicators: readonly Indicator[]): Indicator[] => structuredClone(indicators) as Indicator[];

// Reverses the key order of every object, keeping the content.
function reorderKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorderKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reorderKeys(v)]),
    );
  }
  return value;
}

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes, so accented text is stable', () => {
    expect(fnv1a64('violación')).not.toBe(fnv1a64('violacion'));
    expect(fnv1a64('violación')).toBe(fnv1a64('violación'));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: [2, 1], a: { d: 1, c: undefined, b: 'x' } })).toBe(
      '{"a":{"b":"x","d":1},"b":[2,1]}',
    );
  });
});

describe('catalog version', () => {
  it('is 16 hex digits computed from the indicators', () => {
    expect(catalog.version).toMatch(/^[0-9a-f]{16}$/);
    expect(catalogVersion(copy(catalog.indicators))).toBe(catalog.version);
  });

  it('does not depend on the order in which keys were written', () => {
    expect(catalogVersion(reorderKeys(copy(catalog.indicators)) as Indicator[])).toBe(catalog.version);
  });

  it('is pinned for a fixed catalog, so it is the same on every run and platform', () => {
    expect(catalogVersion([anIndicator()])).toBe('9e2ce2cfacf10517');
  });

  it('changes when an indicator changes', () => {
    const reweighted = copy(catalog.indicators);
    reweighted[0] = { ...reweighted[0]!, weight: 0.5 };
    expect(catalogVersion(reweighted)).not.toBe(catalog.version);

    const retermed = copy(catalog.indicators);
    retermed[0]!.rules.es[0]!.all[0]!.push('ultimados');
    expect(catalogVersion(retermed)).not.toBe(catalog.version);

    expect(catalogVersion(catalog.indicators.slice(1))).not.toBe(catalog.version);
  });
});
