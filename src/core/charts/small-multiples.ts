import { hatchedRect, hatchPattern } from './hatch.ts';
import { LINE, textWidth, WIDTH } from './layout.ts';
import type { ChartOptions } from './options.ts';
import { el, svgDocument, text } from './svg.ts';
import { COLOR } from './theme.ts';

/** One measure: a label and one value per category (null: not published, drawn hatched). */
export interface Multiple {
  label: string;
  values: (number | null)[];
  /** How a value is written next to its bar, e.g. as a percentage. */
  format: (value: number) => string;
  /** The text for an unpublished value (`<10`, `–`). */
  missing: (index: number) => string;
}

export interface SmallMultiplesOptions extends ChartOptions {
  /** The categories (e.g. years), in order, shared by every panel. */
  categories: string[];
}

const BAR = 16;
const GAP = 6;

/**
 * Small multiples of horizontal bars: one panel per measure, each on its own scale from 0
 * (mentees and hours cannot share an axis), the categories in the same order in every panel
 * and each bar labelled with its value, so no axis has to be read.
 */
export function smallMultiples(
  multiples: readonly Multiple[],
  options: SmallMultiplesOptions,
): string {
  const { categories } = options;
  const left = Math.max(...categories.map((c) => textWidth(c))) + 12;
  const parts: string[] = [];
  let y = 0;
  for (const m of multiples) {
    parts.push(text(0, y, m.label, { baseline: 'hanging', weight: 'bold' }));
    y += LINE;
    const maximum = Math.max(0, ...m.values.map((v) => v ?? 0));
    const labelRoom = Math.max(
      ...m.values.map((v, i) => textWidth(v === null ? m.missing(i) : m.format(v))),
    );
    // Estimates can fall short for wide glyphs (%, bold digits): leave a quarter more.
    const span = WIDTH - left - labelRoom * 1.25 - 16;
    m.values.forEach((value, i) => {
      const middle = y + BAR / 2;
      parts.push(text(0, middle, categories[i] ?? '', { baseline: 'middle' }));
      if (value === null) {
        parts.push(
          hatchedRect(options.id, left, y, 24, BAR),
          text(left + 30, middle, m.missing(i), { baseline: 'middle' }),
        );
      } else {
        const width = maximum > 0 ? (value / maximum) * span : 0;
        parts.push(
          el('rect', {
            x: left,
            y,
            width: Math.max(width, value > 0 ? 1 : 0),
            height: BAR,
            style: `fill:${COLOR.primary}`,
          }),
          text(left + width + 6, middle, m.format(value), { baseline: 'middle' }),
        );
      }
      y += BAR + GAP;
    });
    parts.push(
      el('line', {
        x1: left,
        x2: left,
        y1: y - m.values.length * (BAR + GAP) - 2,
        y2: y - GAP + 2,
        style: `stroke:${COLOR.text}`,
      }),
    );
    y += 12;
  }
  return svgDocument('multiples', options, y, parts.join(''), hatchPattern(options.id));
}
