import { max, scaleLinear } from 'd3';
import { hatchedRect, hatchPattern } from './hatch.ts';
import { LINE, textWidth, WIDTH, wrapText } from './layout.ts';
import type { ChartOptions } from './options.ts';
import { el, svgDocument, text } from './svg.ts';
import { COLOR } from './theme.ts';

/** One bar: its label, its value (null when suppressed) and the text shown for it. */
export interface BarRow {
  label: string;
  /** The value that sets the bar's length; null when suppressed or not published. */
  value: number | null;
  /** The value as shown, already formatted (`1.234`, `%45`, `<10`). */
  display: string;
  /** Highlights this bar (e.g. the school of the page): other colour and a bold label. */
  emphasis?: boolean;
}

export interface BarHorizontalOptions extends ChartOptions {
  /** Upper end of the scale (default: the largest value), e.g. 1 for rates. */
  max?: number;
}

const BAR = 22;
const GAP = 18;
const STUB = 20;

/**
 * Ranked horizontal bars with the label above each bar and the value at its end, so long
 * (Turkish) labels need no left column on a narrow screen. Suppressed bars are a hatched stub
 * with their display text (`<10`). Rows are drawn in the order given.
 * @example barHorizontal([{ label: 'Kayıtlı', value: 1234, display: '1.234' }], { id: 'funnel', lang: 'tr', title: '…', description: '…' })
 */
export function barHorizontal(rows: BarRow[], options: BarHorizontalOptions): string {
  for (const row of rows) {
    if (row.value !== null && !(row.value >= 0)) throw new RangeError('Bar values must be ≥ 0');
  }
  const valueRoom = Math.max(0, ...rows.map((row) => textWidth(row.display))) + 10;
  const domainMax = options.max ?? max(rows, (row) => row.value) ?? 0;
  const x = scaleLinear()
    .domain([0, domainMax > 0 ? domainMax : 1])
    .range([0, WIDTH - valueRoom]);

  let y = 0;
  const marks = rows.map((row) => {
    const lines = wrapText(row.label, WIDTH);
    const label = text(0, y, lines, {
      baseline: 'hanging',
      weight: row.emphasis ? 'bold' : undefined,
    });
    const top = y + lines.length * LINE + 4;
    const end = row.value === null ? STUB : Math.max(x(row.value), 1);
    const bar =
      row.value === null
        ? hatchedRect(options.id, 0, top, STUB, BAR)
        : el('rect', {
            x: 0,
            y: top,
            width: end,
            height: BAR,
            style: `fill:${row.emphasis ? COLOR.secondary : COLOR.primary}`,
          });
    const value = text(end + 6, top + BAR / 2, row.display, { baseline: 'middle', weight: 'bold' });
    y = top + BAR + GAP;
    return `<g class="bar">${label}${bar}${value}</g>`;
  });
  const height = Math.max(y - GAP + 2, 1);
  return svgDocument('bar', options, height, marks.join(''), hatchPattern(options.id));
}
