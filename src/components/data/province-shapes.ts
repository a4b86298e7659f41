/**
 * Province outlines for the map, read at build time from the `turkey-map-react` npm package
 * (MIT, © 2020 Erdi Gökçe; its React component is not used, only its path data). Nothing of
 * it reaches the browser but the SVG paths rendered into the page.
 */
import { cities } from 'turkey-map-react/lib/data/index.js';
import { matchProvince, PROVINCES } from '../../core/geo/provinces.ts';
import type { ProvinceShape } from '../../core/charts/index.ts';

/**
 * The outlines' bounding box (x, y, width, height) with a small margin. The package's paths use
 * absolute commands only (M, C, L, z), so every coordinate pair is a point on or near the shape.
 */
export function provinceBox(shapes: readonly ProvinceShape[], margin = 6): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { d } of shapes) {
    if (/[a-y]/.test(d.replace(/z/g, ''))) throw new Error('turkey-map-react: relative path commands');
    for (const [, x, y] of d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)) {
      x0 = Math.min(x0, Number(x));
      x1 = Math.max(x1, Number(x));
      y0 = Math.min(y0, Number(y));
      y1 = Math.max(y1, Number(y));
    }
  }
  return [x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin];
}

export const GEOMETRY_SOURCE = {
  name: 'turkey-map-react',
  url: 'https://github.com/erdigokce/turkey-map-react',
  licence: 'MIT',
} as const;

/** The 81 outlines under their official names; throws if the package's names drift. */
export function provinceShapes(): ProvinceShape[] {
  const shapes = cities.map((city) => {
    const name = matchProvince(city.name);
    if (!name) throw new Error(`turkey-map-react: no province called ${city.name}`);
    return { name, d: city.path };
  });
  if (new Set(shapes.map((s) => s.name)).size !== PROVINCES.length)
    throw new Error(`turkey-map-react: expected the ${PROVINCES.length} provinces`);
  return shapes;
}
