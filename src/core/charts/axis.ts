import type { ScaleLinear } from 'd3';
import { textWidth, WIDTH } from './layout.ts';
import { el, text } from './svg.ts';
import { COLOR } from './theme.ts';

/** Room for the widest tick label left of a plot. */
export function axisWidth(labels: string[]): number {
  return Math.max(0, ...labels.map((label) => textWidth(label))) + 10;
}

/** Horizontal gridlines from `x0` to `x1` with tick labels right-aligned left of `x0`. */
export function yGrid(
  scale: ScaleLinear<number, number>,
  ticks: { value: number; label: string }[],
  x0: number,
  x1: number,
): string {
  return ticks
    .map(({ value, label }) => {
      const y = scale(value);
      return (
        el('line', { x1: x0, x2: x1, y1: y, y2: y, class: 'grid', style: `stroke:${COLOR.grid}` }) +
        text(x0 - 6, y, label, { anchor: 'end', baseline: 'middle' })
      );
    })
    .join('');
}

/**
 * Ticks below a plot whose axis line is at `y`: a short mark at each tick and its label hanging
 * under it, kept inside the chart (see `placeLabel`).
 * @example xTicks([{ x: 120, label: '+0,5' }], 200) // '<line x1="120" …/><text …>+0,5</text>'
 */
export function xTicks(ticks: readonly { x: number; label: string }[], y: number): string {
  return ticks
    .map(({ x, label }) => {
      const place = placeLabel(x, textWidth(label));
      return (
        el('line', { x1: x, x2: x, y1: y, y2: y + 5, style: `stroke:${COLOR.text}` }) +
        text(place.x, y + 8, label, { anchor: place.anchor, baseline: 'hanging' })
      );
    })
    .join('');
}

/** A baseline (the axis line) across the plot. */
export function baseline(x0: number, x1: number, y: number): string {
  return el('line', { x1: x0, x2: x1, y1: y, y2: y, style: `stroke:${COLOR.text}` });
}

/**
 * Centres a label of a given width on `x`, but keeps it inside the chart by anchoring it to the
 * nearer edge when it would overflow.
 */
export function placeLabel(
  x: number,
  width: number,
): { x: number; anchor: 'start' | 'middle' | 'end' } {
  if (x - width / 2 < 0) return { x: Math.max(x - 4, 0), anchor: 'start' };
  if (x + width / 2 > WIDTH) return { x: Math.min(x + 4, WIDTH), anchor: 'end' };
  return { x, anchor: 'middle' };
}
