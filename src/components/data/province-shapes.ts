/**
 * Province outlines for the map, read at build time from the `turkey-map-react` npm package
 * (MIT, © 2020 Erdi Gökçe; its React component is not used, only its path data). Nothing of
 * it reaches the browser but the SVG paths rendered into the page.
 */
import { cities } from 'turkey-map-react/lib/data/index.js';
import { matchProvince, PROVINCES } from '../../core/geo/provinces.ts';
import type { ProvinceShape } from '../../core/charts/index.ts';
import { fitHeight, fitPath, pathRings } from '../../core/geo/simplify-path.ts';

export const GEOMETRY_SOURCE = {
  name: 'turkey-map-react',
  url: 'https://github.com/erdigokce/turkey-map-react',
  licence: 'MIT',
} as const;

/** Map width in chart units (the charts' 600) and the simplification tolerance in them. */
const WIDTH = 600;
const TOLERANCE = 0.35;

/**
 * The 81 outlines under their official names, fitted into a 600-unit-wide box and simplified
 * (see simplify-path.ts), with that box; throws if the package's names drift.
 */
export function provinceShapes(): { shapes: ProvinceShape[]; box: [number, number, number, number] } {
  const named = cities.map((city) => {
    const name = matchProvince(city.name);
    if (!name) throw new Error(`turkey-map-react: no province called ${city.name}`);
    return { name, d: city.path };
  });
  if (new Set(named.map((s) => s.name)).size !== PROVINCES.length)
    throw new Error(`turkey-map-react: expected the ${PROVINCES.length} provinces`);
  const points = named.flatMap((s) => pathRings(s.d).flat());
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const margin = 6;
  const source: [number, number, number, number] = [
    Math.min(...xs) - margin,
    Math.min(...ys) - margin,
    Math.max(...xs) - Math.min(...xs) + 2 * margin,
    Math.max(...ys) - Math.min(...ys) + 2 * margin,
  ];
  const fit = { box: source, width: WIDTH, tolerance: TOLERANCE };
  return {
    shapes: named.map((s) => ({ name: s.name, d: fitPath(s.d, fit) })),
    box: [0, 0, WIDTH, fitHeight(fit)],
  };
}
