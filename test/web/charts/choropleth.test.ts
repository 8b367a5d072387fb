import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { fillFor, iso3OfGeometry, legendEntries, projectWorld } from '../../../web/src/charts/choropleth.ts';
import { LEVEL_FILL, NO_DATA_FILL } from '../../../web/src/charts/levels.ts';

const topologyPath = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
const topology = JSON.parse(readFileSync(topologyPath, 'utf8')) as Topology & {
  objects: { countries: { geometries: Array<{ id?: string; properties: { name: string } }> } };
};
const world = projectWorld(topology);
const shapeOf = (iso3: string) => world.shapes.find((shape) => shape.iso3 === iso3)!;
const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);

describe('iso3OfGeometry', () => {
  it('maps ISO numeric ids, zero-padded or not, to alpha-3 codes', () => {
    expect(iso3OfGeometry('729', 'Sudan')).toBe('SDN');
    expect(iso3OfGeometry('104', 'Myanmar')).toBe('MMR');
    expect(iso3OfGeometry('004', 'Afghanistan')).toBe('AFG');
    expect(iso3OfGeometry(4, 'Afghanistan')).toBe('AFG');
  });

  it('places Kosovo, which has no ISO numeric id, under the project code XKK; other unnumbered areas stay uncoded', () => {
    expect(iso3OfGeometry(undefined, 'Kosovo')).toBe('XKK');
    expect(iso3OfGeometry(undefined, 'N. Cyprus')).toBeNull();
    expect(iso3OfGeometry(undefined, 'Somaliland')).toBeNull();
    expect(iso3OfGeometry('999', 'Nowhere')).toBeNull();
  });
});

describe('projectWorld', () => {
  it('draws one non-empty path per country of the topology, inside the view box', () => {
    const geometries = topology.objects.countries.geometries;
    expect(world.shapes).toHaveLength(geometries.length);
    expect(world.shapes.length).toBeGreaterThan(170);
    for (const shape of world.shapes) {
      expect(shape.d).toMatch(/^M[\d.-]/);
      expect(shape.anchor[0]).toBeGreaterThanOrEqual(0);
      expect(shape.anchor[0]).toBeLessThanOrEqual(world.width);
      expect(shape.anchor[1]).toBeGreaterThanOrEqual(0);
      expect(shape.anchor[1]).toBeLessThanOrEqual(world.height);
    }
    expect(world.sphere).toMatch(/^M/);
  });

  it('gives every shape with an ISO numeric id its alpha-3 code, each code once', () => {
    const numbered = topology.objects.countries.geometries.filter((g) => g.id !== undefined).length;
    const coded = world.shapes.filter((shape) => shape.iso3 !== null);
    expect(coded.length).toBe(numbered + 1); // + Kosovo
    expect(new Set(coded.map((shape) => shape.iso3)).size).toBe(coded.length);
    expect(
      world.shapes
        .filter((shape) => shape.iso3 === null)
        .map((s) => s.topologyName)
        .sort(),
    ).toEqual(['N. Cyprus', 'Somaliland']);
  });

  it('uses the whole-globe Equal Earth aspect (about 2.05 : 1) at the asked width', () => {
    const wide = projectWorld(topology, 1200);
    expect(wide.width).toBe(1200);
    expect(wide.width / wide.height).toBeGreaterThan(1.95);
    expect(wide.width / wide.height).toBeLessThan(2.15);
  });

  it("anchors a tooltip on a country's main territory, not on the average of its overseas parts", () => {
    // France's overseas departments would pull an area-weighted centroid into the Atlantic.
    expect(distance(shapeOf('FRA').anchor, shapeOf('DEU').anchor)).toBeLessThan(40);
    // The United States: the lower 48, between Canada and Mexico, not up towards Alaska.
    const usa = shapeOf('USA').anchor;
    expect(usa[1]).toBeGreaterThan(shapeOf('CAN').anchor[1]);
    expect(usa[1]).toBeLessThan(shapeOf('MEX').anchor[1]);
    // West to east and north to south as on a globe.
    expect(shapeOf('BRA').anchor[0]).toBeLessThan(shapeOf('SDN').anchor[0]);
    expect(shapeOf('SDN').anchor[0]).toBeLessThan(shapeOf('MMR').anchor[0]);
    expect(shapeOf('NOR').anchor[1]).toBeLessThan(shapeOf('ZAF').anchor[1]);
  });
});

describe('fillFor and legendEntries', () => {
  it('fills a scored country by its level and an unscored one with the no-data grey', () => {
    expect(fillFor(undefined)).toBe(NO_DATA_FILL);
    expect(fillFor(0)).toBe(LEVEL_FILL.low);
    expect(fillFor(19.99)).toBe(LEVEL_FILL.low);
    expect(fillFor(20)).toBe(LEVEL_FILL.moderate);
    expect(fillFor(59.9)).toBe(LEVEL_FILL.high);
    expect(fillFor(60)).toBe(LEVEL_FILL.very_high);
    expect(fillFor(100)).toBe(LEVEL_FILL.very_high);
  });

  it('lists the four levels lowest first, in contiguous score bands covering 0–100', () => {
    const entries = legendEntries();
    expect(entries.map((e) => e.level)).toEqual(['low', 'moderate', 'high', 'very_high']);
    expect(entries[0]!.from).toBe(0);
    expect(entries.at(-1)!.to).toBe(100);
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.from).toBe(entries[i - 1]!.to);
    for (const entry of entries) expect(fillFor(entry.from)).toBe(entry.fill);
  });
});
