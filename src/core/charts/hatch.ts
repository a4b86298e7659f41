import { el } from './svg.ts';
import { COLOR } from './theme.ts';

/** Id of the hatch pattern of a chart. */
export function hatchId(chartId: string): string {
  return `${chartId}-hatch`;
}

/** Diagonal hatching that marks a suppressed (`<10`) value without relying on colour. */
export function hatchPattern(chartId: string): string {
  return el(
    'pattern',
    {
      id: hatchId(chartId),
      width: 6,
      height: 6,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    },
    el('line', { x1: 0, y1: 0, x2: 0, y2: 6, 'stroke-width': 2, style: `stroke:${COLOR.muted}` }),
  );
}

/** A hatched, dashed-outline box standing in for a value that is not shown. */
export function hatchedRect(
  chartId: string,
  x: number,
  y: number,
  width: number,
  height: number,
): string {
  return el('rect', {
    x,
    y,
    width,
    height,
    fill: `url(#${hatchId(chartId)})`,
    'stroke-dasharray': '3 2',
    class: 'suppressed',
    style: `stroke:${COLOR.muted}`,
  });
}
