import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import countries from 'i18n-iso-countries';
import type { Topology, GeometryCollection } from 'topojson-specification';

/** One country shape of the world map, in SVG path syntax. */
export interface CountryShape {
  /** ISO 3166-1 alpha-2 code, or '' for territories without one. */
  code: string;
  /** SVG path data, projected and rounded. */
  d: string;
}

/** Width and height of the map's viewBox. */
export const MAP_SIZE = { width: 960, height: 470 } as const;

let cache: CountryShape[] | undefined;

/**
 * Country outlines from Natural Earth (world-atlas, 1:110m), projected with Equal Earth at build time and
 * rounded to whole units, so the map is a static SVG: no tiles, no script, no request elsewhere.
 */
export function worldShapes(): CountryShape[] {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  const collection = feature(topology, topology.objects.countries as GeometryCollection);
  const projection = geoEqualEarth().fitSize([MAP_SIZE.width, MAP_SIZE.height], collection);
  const path = geoPath(projection).digits(0);
  cache = collection.features
    .filter((f) => f.id !== '010') // Antarctica: no organisations, and half the map's height
    .map((f) => ({ code: countries.numericToAlpha2(String(f.id ?? '')) ?? '', d: path(f) ?? '' }))
    .filter((s) => s.d);
  return cache;
}

/** Shading class for a count: 0, 1, 2 or 3+ organisations. */
export function shade(count: number): 'none' | 'one' | 'two' | 'many' {
  return count === 0 ? 'none' : count === 1 ? 'one' : count === 2 ? 'two' : 'many';
}
