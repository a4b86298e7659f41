import { interpolateBlues } from 'd3';
import { formatNumber } from '../format/number.ts';
import { hatchId, hatchPattern, hatchedRect } from './hatch.ts';
import { LINE, textWidth, WIDTH } from './layout.ts';
import type { ChartOptions } from './options.ts';
import { el, escapeXml, svgDocument, text } from './svg.ts';
import { COLOR } from './theme.ts';

/** One province outline, in the geometry's own coordinates. */
export interface ProvinceShape {
  name: string;
  d: string;
}

/** A province's published figure: a number, `<k` (suppressed) or withheld; absent: no school. */
export type ProvinceFigure = { value: number } | { suppressed: string } | { withheld: true };

export interface ChoroplethOptions extends ChartOptions {
  /** The geometry's viewBox (x, y, width, height). */
  box: [number, number, number, number];
  /** Texts in the page's language. */
  labels: {
    /** e.g. "{name}: {value} mentees"; `{value}` is the number or `<10`. */
    title: (name: string, value: string) => string;
    noSchool: (name: string) => string;
    withheld: (name: string) => string;
    legendNoSchool: string;
    legendSuppressed: string;
  };
}

/**
 * Colour of a value on a colour-blind-safe sequential scale (ColorBrewer Blues, light to
 * dark). The lightest fifth is skipped so that the smallest value still stands out from the
 * grey of provinces without a school, in light and dark mode.
 */
export function choroplethColour(value: number, maximum: number): string {
  return interpolateBlues(0.25 + 0.75 * (maximum > 0 ? Math.min(value / maximum, 1) : 0));
}

const RAMP_STEPS = 5;

/**
 * A choropleth of provinces: each province a `<path>` with a `<title>` naming it and its
 * figure; hatched where the figure is `<k` or withheld, grey where the programme has no
 * school. Below, a legend: the colour ramp with its scale, then the hatch and the grey.
 */
export function choropleth(
  shapes: readonly ProvinceShape[],
  figures: ReadonlyMap<string, ProvinceFigure>,
  options: ChoroplethOptions,
): string {
  const { lang, labels } = options;
  const [bx, by, bw, bh] = options.box;
  const scale = WIDTH / bw;
  const mapHeight = bh * scale;
  const values = [...figures.values()].flatMap((f) => ('value' in f ? [f.value] : []));
  const maximum = Math.max(0, ...values);

  const paths = shapes.map((shape) => {
    const figure = figures.get(shape.name);
    const fill = !figure
      ? COLOR.grid
      : 'value' in figure
        ? choroplethColour(figure.value, maximum)
        : `url(#${hatchId(options.id)})`;
    const title = !figure
      ? labels.noSchool(shape.name)
      : 'value' in figure
        ? labels.title(shape.name, formatNumber(lang, figure.value))
        : 'suppressed' in figure
          ? labels.title(shape.name, figure.suppressed)
          : labels.withheld(shape.name);
    return el(
      'path',
      {
        d: shape.d,
        class: figure ? 'province has-data' : 'province',
        style: `fill:${fill};stroke:${COLOR.text}`,
        'stroke-width': (figure ? 0.9 : 0.4) / scale,
        'stroke-opacity': figure ? 0.9 : 0.45,
      },
      el('title', {}, escapeXml(title)),
    );
  });

  // Legend: a stepped ramp from 0 to the maximum, then the two non-numeric keys.
  const top = mapHeight + 12;
  const rampWidth = Math.min(320, WIDTH);
  const step = rampWidth / RAMP_STEPS;
  const ramp = Array.from({ length: RAMP_STEPS }, (_, i) =>
    el('rect', {
      x: i * step,
      y: top,
      width: step,
      height: 14,
      style: `fill:${choroplethColour(((i + 0.5) / RAMP_STEPS) * maximum, maximum)}`,
    }),
  ).join('');
  const rampLabels =
    text(0, top + 18, formatNumber(lang, 0), { baseline: 'hanging' }) +
    text(rampWidth, top + 18, formatNumber(lang, maximum), {
      baseline: 'hanging',
      anchor: 'end',
    });
  const keysTop = top + 18 + LINE + 6;
  const keys: string[] = [];
  let x = 0;
  let row = 0;
  for (const [label, swatch] of [
    [labels.legendSuppressed, 'hatch'],
    [labels.legendNoSchool, 'grey'],
  ] as const) {
    const width = 30 + 8 + textWidth(label);
    if (x > 0 && x + width > WIDTH) {
      x = 0;
      row++;
    }
    const middle = keysTop + row * LINE + LINE / 2;
    keys.push(
      swatch === 'hatch'
        ? hatchedRect(options.id, x, middle - 7, 30, 14)
        : el('rect', {
            x,
            y: middle - 7,
            width: 30,
            height: 14,
            style: `fill:${COLOR.grid};stroke:${COLOR.muted}`,
          }),
      text(x + 38, middle, label, { baseline: 'middle' }),
    );
    x += width + 24;
  }
  const height = keysTop + (row + 1) * LINE + 4;
  const body =
    `<g class="provinces" transform="scale(${scale.toFixed(5)}) translate(${-bx} ${-by})">` +
    paths.join('') +
    '</g>' +
    `<g class="legend">${ramp}${rampLabels}${keys.join('')}</g>`;
  return svgDocument('choropleth', options, height, body, hatchPattern(options.id));
}
