import { formatNumber } from '../format/number.ts';
import { LINE, WIDTH } from './layout.ts';
import type { ChartOptions } from './options.ts';
import { el, svgDocument, text } from './svg.ts';
import { COLOR } from './theme.ts';

export interface GoalProgressOptions extends ChartOptions {
  labels: {
    /** e.g. "The whole goal: 0 to 1,000,000". */
    whole: string;
    /** e.g. "Zoomed in: 0 to 500"; `{zoom}` is filled here. */
    zoom: (zoom: string) => string;
    /** e.g. "338 so far"; `{current}` is filled here. */
    now: (current: string) => string;
  };
}

const BAR = 18;

/**
 * The smallest 1, 2 or 5 × 10ⁿ that leaves room beyond `value` (at least 25 %).
 * @example zoomMaximum(338) // 500
 */
export function zoomMaximum(value: number): number {
  const wanted = Math.max(value * 1.25, 10);
  const power = 10 ** Math.floor(Math.log10(wanted));
  return [1, 2, 5, 10].map((m) => m * power).find((n) => n >= wanted) ?? 10 * power;
}

/**
 * Progress towards a goal so that progress stays visible: the whole goal as a bar, and when
 * the current count fills less than a tenth of it, a second bar zoomed in to a round range
 * just beyond the current count, joined to the first by the wedge it magnifies.
 */
export function goalProgress(
  current: number,
  target: number,
  options: GoalProgressOptions,
): string {
  const { lang, labels } = options;
  const fmt = (n: number) => formatNumber(lang, n, { decimals: 0 });
  const zoom = current / target < 0.1 ? Math.min(zoomMaximum(current), target) : null;
  const width = WIDTH;
  const parts: string[] = [];

  const bar = (y: number, maximum: number, label: string): number => {
    parts.push(text(0, y, label, { baseline: 'hanging' }));
    const top = y + LINE;
    parts.push(
      el('rect', { x: 0, y: top, width, height: BAR, style: `fill:${COLOR.grid}` }),
      el('rect', {
        x: 0,
        y: top,
        width: Math.min(current / maximum, 1) * width,
        height: BAR,
        class: 'progress',
        style: `fill:${COLOR.primary}`,
      }),
      el('line', {
        x1: 0,
        x2: 0,
        y1: top - 4,
        y2: top + BAR + 4,
        style: `stroke:${COLOR.text}`,
      }),
      el('line', {
        x1: width - 0.5,
        x2: width - 0.5,
        y1: top - 4,
        y2: top + BAR + 4,
        style: `stroke:${COLOR.text}`,
      }),
    );
    return top + BAR;
  };

  let bottom = bar(0, target, labels.whole);
  if (zoom !== null) {
    const wedgeTop = bottom;
    const zoomTop = bottom + 34;
    const end = (zoom / target) * width;
    // The wedge: from the magnified stretch of the whole bar out to the full zoomed bar.
    parts.push(
      el('path', {
        d: `M0 ${wedgeTop} L${Math.max(end, 1)} ${wedgeTop} L${width} ${zoomTop + LINE - 2} L0 ${zoomTop + LINE - 2}Z`,
        class: 'wedge',
        style: `fill:${COLOR.grid};fill-opacity:0.5;stroke:${COLOR.muted}`,
        'stroke-dasharray': '3 2',
      }),
    );
    bottom = bar(zoomTop, zoom, labels.zoom(fmt(zoom)));
    const x = (current / zoom) * width;
    const label = labels.now(fmt(current));
    const anchor = x > width * 0.45 ? 'end' : 'start';
    parts.push(
      el('line', {
        x1: x,
        x2: x,
        y1: bottom - BAR,
        y2: bottom + 8,
        'stroke-width': 2,
        style: `stroke:${COLOR.text}`,
      }),
      text(anchor === 'end' ? x - 4 : x + 4, bottom + 6, label, {
        baseline: 'hanging',
        weight: 'bold',
        ...(anchor === 'end' ? { anchor } : {}),
      }),
    );
    bottom += 6 + LINE;
  } else {
    const x = Math.min(current / target, 1) * width;
    const label = labels.now(fmt(current));
    const anchor = x > width * 0.45 ? 'end' : 'start';
    parts.push(
      text(anchor === 'end' ? x - 4 : x + 4, bottom + 6, label, {
        baseline: 'hanging',
        weight: 'bold',
        ...(anchor === 'end' ? { anchor } : {}),
      }),
    );
    bottom += 6 + LINE;
  }
  return svgDocument('goal', options, bottom + 4, parts.join(''));
}
