import { scaleBand } from 'd3';
import type { Lang } from '../format/lang.ts';
import { formatNumber } from '../format/number.ts';
import { axisWidth, baseline, placeLabel, yGrid } from './axis.ts';
import { hatchedRect, hatchPattern } from './hatch.ts';
import { LINE, textWidth, WIDTH } from './layout.ts';
import type { ChartOptions } from './options.ts';
import { el, svgDocument, text } from './svg.ts';
import { countScale } from './ticks.ts';
import { COLOR } from './theme.ts';

/** One column: its category label (`0`, `1`, …, `10+`), its count and the text shown. */
export interface HistogramBin {
  label: string;
  /** Count (null when suppressed). */
  value: number | null;
  /** The count as shown (`1.234`, `<10`). */
  display: string;
}

export interface HistogramOptions extends ChartOptions {
  /** Title of the category axis, e.g. "Meetings per pair". */
  xLabel: string;
  /** Title of the count axis, e.g. "Pairs". */
  yLabel: string;
}

const PLOT_HEIGHT = 260;
const STUB = 12;

/**
 * Vertical bars over ordered categories, e.g. meetings per pair (0, 1, 2, …) → pairs. Values
 * are written above the bars when they fit; suppressed bins are a hatched stub with `<10`.
 */
export function histogram(bins: HistogramBin[], options: HistogramOptions): string {
  const counts = bins.map((bin) => bin.value ?? 0);
  const top = LINE * 2 + 8;
  const bottom = top + PLOT_HEIGHT;
  const { scale: y, ticks } = countScale(Math.max(0, ...counts), [bottom, top], 4);
  const tickLabels = ticks.map((value) => ({ value, label: fmt(options.lang, value) }));
  const left = axisWidth(tickLabels.map((tick) => tick.label));
  const x = scaleBand<number>()
    .domain(bins.map((_, i) => i))
    .range([left, WIDTH - 4])
    .padding(0.2);
  const band = x.bandwidth();
  const fits = (label: string): boolean => textWidth(label) <= x.step() - 4;
  // All values or none, so a reader never wonders why some are missing; `<10` whenever it fits.
  const showValues = bins.every((bin) => fits(bin.display));
  const every = Math.ceil((Math.max(0, ...bins.map((b) => textWidth(b.label))) + 10) / x.step());

  const marks = bins.map((bin, i) => {
    const x0 = x(i) ?? 0;
    const centre = x0 + band / 2;
    const barTop = bin.value === null ? bottom - STUB : Math.min(y(bin.value), bottom - 1);
    const bar =
      bin.value === null
        ? hatchedRect(options.id, x0, barTop, band, STUB)
        : el('rect', {
            x: x0,
            y: barTop,
            width: band,
            height: bottom - barTop,
            style: `fill:${COLOR.primary}`,
          });
    const value =
      showValues || (bin.value === null && fits(bin.display))
        ? text(centre, barTop - 6, bin.display, { anchor: 'middle', weight: 'bold' })
        : '';
    const tick =
      i % every === 0
        ? text(centre, bottom + 6, bin.label, { anchor: 'middle', baseline: 'hanging' })
        : '';
    return `<g class="bin">${bar}${value}${tick}</g>`;
  });

  const xTitle = placeLabel((left + WIDTH) / 2, textWidth(options.xLabel));
  const body =
    text(0, LINE / 2, options.yLabel, { baseline: 'middle' }) +
    yGrid(y, tickLabels, left, WIDTH) +
    marks.join('') +
    baseline(left, WIDTH, bottom) +
    text(xTitle.x, bottom + LINE + 10, options.xLabel, {
      anchor: xTitle.anchor,
      baseline: 'hanging',
    });
  return svgDocument('histogram', options, bottom + LINE * 2 + 14, body, hatchPattern(options.id));
}

function fmt(lang: Lang, value: number): string {
  return formatNumber(lang, value, { decimals: 0 });
}
