import { hatchedRect } from './hatch.ts';
import { LINE, textWidth, WIDTH } from './layout.ts';
import { el, text } from './svg.ts';
import { COLOR } from './theme.ts';

/** A legend key: its label and a swatch drawn like the mark it explains. */
export interface LegendItem {
  label: string;
  swatch: 'line' | 'dashed' | 'bar' | 'hatch';
}

const SWATCH = 30;

/**
 * Legend keys flowed into rows across the chart's width, starting at `y`; swatches repeat the
 * marks' line style and fill so the legend does not rely on colour.
 */
export function legend(
  chartId: string,
  items: LegendItem[],
  y: number,
): { markup: string; height: number } {
  let x = 0;
  let row = 0;
  const parts: string[] = [];
  for (const item of items) {
    const width = SWATCH + 8 + textWidth(item.label);
    if (x > 0 && x + width > WIDTH) {
      x = 0;
      row += 1;
    }
    const middle = y + row * LINE + LINE / 2;
    parts.push(
      swatch(chartId, item.swatch, x, middle),
      text(x + SWATCH + 8, middle, item.label, { baseline: 'middle' }),
    );
    x += width + 24;
  }
  return { markup: `<g class="legend">${parts.join('')}</g>`, height: (row + 1) * LINE };
}

function swatch(chartId: string, kind: LegendItem['swatch'], x: number, y: number): string {
  switch (kind) {
    case 'line':
    case 'dashed':
      return el('line', {
        x1: x,
        x2: x + SWATCH,
        y1: y,
        y2: y,
        'stroke-width': 3,
        'stroke-dasharray': kind === 'dashed' ? '6 4' : undefined,
        style: `stroke:${kind === 'line' ? COLOR.primary : COLOR.text}`,
      });
    case 'bar':
      return el('rect', {
        x,
        y: y - 7,
        width: SWATCH,
        height: 14,
        style: `fill:${COLOR.secondary}`,
      });
    case 'hatch':
      return hatchedRect(chartId, x, y - 7, SWATCH, 14);
  }
}
