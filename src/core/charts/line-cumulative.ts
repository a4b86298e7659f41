import { line, max, scaleBand } from 'd3';
import { formatNumber } from '../format/number.ts';
import { axisWidth, baseline, xTicks, yGrid } from './axis.ts';
import { hatchedRect, hatchPattern } from './hatch.ts';
import { legend } from './legend.ts';
import { LINE, WIDTH } from './layout.ts';
import { monthTicks } from './month-ticks.ts';
import type { ChartOptions } from './options.ts';
import { el, svgDocument, text } from './svg.ts';
import { countScale } from './ticks.ts';
import { COLOR } from './theme.ts';

/** One month of `relationships-by-month.csv`; null where blank (e.g. months still to come). */
export interface MonthRow {
  /** `YYYY-MM`; rows are consecutive months in order. */
  month: string;
  /** New relationships; null when blank or suppressed. */
  new: number | null;
  /** The month's `new` is suppressed (`<10`): drawn as a hatched stub, not left empty. */
  new_suppressed?: boolean;
  /** Relationships so far; null breaks the line. */
  cumulative: number | null;
  /** Where the cumulative total should be to reach the goal on time. */
  target_path: number | null;
}

export interface LineCumulativeOptions extends ChartOptions {
  /** Legend and panel texts in the page's language. */
  labels: { cumulative: string; target: string; new: string };
  /**
   * Draw the path to the goal too (default false). The scale then includes it: with a goal far
   * beyond the data, the relationships flatten to the baseline, so dashboards show the goal in
   * its own chart (goal-progress.ts) and keep this one scaled to the data.
   */
  showTarget?: boolean;
}

const TOP_PLOT = 230;
const BOTTOM_PLOT = 90;
const STUB = 6;

/**
 * Relationships over time in two panels sharing the month axis: the cumulative total (solid
 * line) against the path to the goal (dashed), and below, new relationships per month (bars,
 * hatched where suppressed). Two panels instead of two y axes, whose scales readers conflate.
 */
export function lineCumulative(rows: MonthRow[], options: LineCumulativeOptions): string {
  const { lang, labels } = options;
  const fmt = (n: number): string => formatNumber(lang, n, { decimals: 0 });
  const drawTarget = options.showTarget === true && rows.some((row) => row.target_path !== null);
  // The legend lists only what is drawn.
  const key = legend(
    options.id,
    [
      { label: labels.cumulative, swatch: 'line' },
      ...(drawTarget ? [{ label: labels.target, swatch: 'dashed' as const }] : []),
    ],
    0,
  );

  const top = key.height + LINE / 2 + 8;
  const topBottom = top + TOP_PLOT;
  const totalMax =
    max(rows, (row) => Math.max(row.cumulative ?? 0, drawTarget ? (row.target_path ?? 0) : 0)) ?? 0;
  const upper = countScale(totalMax, [topBottom, top], 4);
  const panelTitle = topBottom + LINE;
  const lowTop = panelTitle + LINE + 8;
  const lowBottom = lowTop + BOTTOM_PLOT;
  const lower = countScale(max(rows, (row) => row.new) ?? 0, [lowBottom, lowTop], 2);

  const upperTicks = upper.ticks.map((value) => ({ value, label: fmt(value) }));
  const lowerTicks = lower.ticks.map((value) => ({ value, label: fmt(value) }));
  const left = axisWidth([...upperTicks, ...lowerTicks].map((tick) => tick.label));
  const x = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([left, WIDTH - 8])
    .padding(0.2);
  const centre = (i: number): number => (x(i) ?? 0) + x.bandwidth() / 2;

  const path = (field: 'cumulative' | 'target_path'): string =>
    line<MonthRow>()
      .defined((row) => row[field] !== null)
      .x((_, i) => centre(i))
      .y((row) => upper.scale(row[field] ?? 0))
      .digits(1)(rows) ?? '';
  const cumulativePath = path('cumulative');
  const targetPath = drawTarget ? path('target_path') : '';
  // A single month draws no line segment: mark it with a dot instead.
  const lonePoints = rows.flatMap((row, i) =>
    row.cumulative !== null && rows[i - 1]?.cumulative == null && rows[i + 1]?.cumulative == null
      ? [
          el('circle', {
            cx: centre(i),
            cy: upper.scale(row.cumulative),
            r: 4,
            style: `fill:${COLOR.primary}`,
          }),
        ]
      : [],
  );

  const bars = rows.map((row, i) => {
    const x0 = x(i) ?? 0;
    if (row.new_suppressed)
      return hatchedRect(options.id, x0, lowBottom - STUB, x.bandwidth(), STUB);
    if (row.new === null) return '';
    const y = Math.min(lower.scale(row.new), lowBottom - (row.new > 0 ? 1 : 0));
    return el('rect', {
      x: x0,
      y,
      width: x.bandwidth(),
      height: lowBottom - y,
      style: `fill:${COLOR.secondary}`,
    });
  });

  const ticks = monthTicks(
    rows.map((row) => row.month),
    lang,
    x.step(),
  ).map(({ index, label }) => ({ x: centre(index), label }));

  const body =
    key.markup +
    yGrid(upper.scale, upperTicks, left, WIDTH) +
    baseline(left, WIDTH, topBottom) +
    (targetPath
      ? el('path', {
          d: targetPath,
          fill: 'none',
          'stroke-width': 2,
          'stroke-dasharray': '6 4',
          class: 'target',
          style: `stroke:${COLOR.text}`,
        })
      : '') +
    (cumulativePath
      ? el('path', {
          d: cumulativePath,
          fill: 'none',
          'stroke-width': 3,
          class: 'cumulative',
          style: `stroke:${COLOR.primary}`,
        })
      : '') +
    lonePoints.join('') +
    text(0, panelTitle, labels.new, { baseline: 'hanging' }) +
    yGrid(lower.scale, lowerTicks, left, WIDTH) +
    `<g class="bars">${bars.join('')}</g>` +
    baseline(left, WIDTH, lowBottom) +
    xTicks(ticks, lowBottom);
  return svgDocument('cumulative', options, lowBottom + LINE + 14, body, hatchPattern(options.id));
}
