// The world map's geometry: TopoJSON country shapes → projected SVG paths keyed by ISO 3166 alpha-3. Pure: no
// DOM; the map element renders the paths and owns the interaction.
import { geoArea, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { allCountries } from '../../../indicators/countries.ts';
import { LEVEL_FILL, levelBands, levelOf, NO_DATA_FILL, type RiskLevel } from './levels.ts';

/** One country shape of the topology, projected. */
export interface CountryShape {
  /** ISO 3166-1 alpha-3, or null for an area without one (world-atlas draws N. Cyprus and Somaliland). */
  iso3: string | null;
  /** The topology's own English name: only shown for areas without an ISO code, which have no other. */
  topologyName: string;
  /** SVG path data in the map's coordinates. */
  d: string;
  /** Where a tooltip for the country points: the centre of its largest polygon (France's, not the Atlantic). */
  anchor: readonly [x: number, y: number];
}

export interface WorldMap {
  width: number;
  height: number;
  /** The outline of the globe (the ocean). */
  sphere: string;
  shapes: readonly CountryShape[];
}

// Natural Earth / world-atlas use ISO numeric ids; the few shapes without one are matched by name. Kosovo has
// no ISO 3166 code: the project uses XKK for it (as the EU and the ICC do), so reports on Kosovo colour it.
const ISO3_BY_NUMERIC = new Map(allCountries().map((c) => [c.numeric, c.iso3]));
const ISO3_BY_UNNUMBERED_NAME: Readonly<Record<string, string>> = { Kosovo: 'XKK' };

/** The alpha-3 code of a topology geometry, from its numeric id (zero-padded to 3) or, failing that, its name. */
export function iso3OfGeometry(id: string | number | undefined, name: string | undefined): string | null {
  if (id !== undefined && id !== '') {
    const numeric = String(id).padStart(3, '0');
    const iso3 = ISO3_BY_NUMERIC.get(numeric);
    if (iso3) return iso3;
  }
  return (name && ISO3_BY_UNNUMBERED_NAME[name]) || null;
}

/**
 * Projects every country of a world-atlas topology (`objects.countries`) with Equal Earth, an equal-area
 * projection: a choropleth must not make high-latitude countries look more important than they are.
 * The size is the SVG viewBox; the element scales it to its container.
 */
export function projectWorld(topology: Topology, width = 960): WorldMap {
  const countries = topology.objects.countries as GeometryCollection<{ name?: string }>;
  const collection = feature(topology, countries);
  const sphere = { type: 'Sphere' } as const;
  const projection = geoEqualEarth().fitWidth(width, sphere);
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds(sphere);
  const height = Math.ceil(bottom - top);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);

  const shapes = collection.features.map((shape): CountryShape => {
    const name = shape.properties?.name ?? '';
    return {
      iso3: iso3OfGeometry(shape.id, name),
      topologyName: name,
      d: path(shape) ?? '',
      anchor: roundPoint(path.centroid(largestPart(shape))),
    };
  });
  return { width, height, sphere: path(sphere) ?? '', shapes };
}

function largestPart(
  shape: Feature<Geometry | null>,
): Feature<Polygon | MultiPolygon> | Feature<Geometry | null> {
  const geometry = shape.geometry;
  if (geometry?.type !== 'MultiPolygon') return shape;
  let best: Polygon = { type: 'Polygon', coordinates: geometry.coordinates[0] ?? [] };
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return { type: 'Feature', properties: {}, geometry: best };
}

function roundPoint([x, y]: [number, number]): readonly [number, number] {
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** A country's fill on the map: its level's colour, or the no-data grey when it has no score. */
export function fillFor(score: number | undefined): string {
  return score === undefined ? NO_DATA_FILL : LEVEL_FILL[levelOf(score)];
}

/** The legend's entries, lowest level first, each with its score range `[from, to)` (to is 100 at the top). */
export function legendEntries(): Array<{ level: RiskLevel; fill: string; from: number; to: number }> {
  return levelBands().map((band) => ({ ...band, fill: LEVEL_FILL[band.level] }));
}
