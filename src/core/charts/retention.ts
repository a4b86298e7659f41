import { line, scaleLinear } from 'd3';
import { formatNumber } from '../format/number.ts';
import { formatPercent } from '../format/percent.ts';
import { axisWidth, baseline, placeLabel, yGrid } from './axis.ts';
import { LINE, textWidth, WIDTH } from './layout.ts';
import type { ChartOptions } from './options.ts';
import { el, svgDocument, text } from './svg.ts';
import { COLOR } from './theme.ts';

/** One row of `retention.csv`; `rate` is null when not published (enrolled < k). */
export interface RetentionRow {
  session_number: number;
  rate: number | null;
}

export interface RetentionOptions extends ChartOptions {
  /** Title of the session axis, e.g. "Session". */
  xLabel: string;
  /** Title of the rate axis, e.g. "Attended". */
  yLabel: string;
}

const PLOT_HEIGHT = 240;
const RATE_TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * Attendance rate by session number on a fixed 0–100 % scale: a line with a point per session,
 * broken where a rate is not published, and the last published rate written at its point.
 */
export function retention(rows: RetentionRow[], options: RetentionOptions): string {
  const { lang } = options;
  for (const row of rows) {
    if (row.rate !== null && !(row.rate >= 0 && row.rate <= 1)) {
      throw new RangeError('Retention rates must be fractions in [0, 1]');
    }
  }
  const top = LINE * 2 + 8;
  const bottom = top + PLOT_HEIGHT;
  const y = scaleLinear().domain([0, 1]).range([bottom, top]);
  const yTicks = RATE_TICKS.map((value) => ({ value, label: formatPercent(lang, value) }));
  const left = axisWidth(yTicks.map((tick) => tick.label));
  const sessions = rows.map((row) => row.session_number);
  const first = Math.min(...sessions, 1);
  const last = Math.max(...sessions, first + 1);
  const x = scaleLinear()
    .domain([first, last])
    .range([left + 16, WIDTH - 16]);

  const points = rows.filter(
    (row): row is { session_number: number; rate: number } => row.rate !== null,
  );
  const path =
    line<RetentionRow>()
      .defined((row) => row.rate !== null)
      .x((row) => x(row.session_number))
      .y((row) => y(row.rate ?? 0))
      .digits(1)(rows) ?? '';
  const dots = points.map((row) =>
    el('circle', {
      cx: x(row.session_number),
      cy: y(row.rate),
      r: 5,
      style: `fill:${COLOR.primary}`,
    }),
  );
  const lastPoint = points[points.length - 1];
  const lastLabel = lastPoint
    ? text(
        x(lastPoint.session_number),
        y(lastPoint.rate) - 12,
        formatPercent(lang, lastPoint.rate),
        {
          anchor: 'end',
          weight: 'bold',
        },
      )
    : '';

  const xLabels = sessionTicks(first, last, (x(last) - x(first)) / Math.max(last - first, 1)).map(
    (session) => {
      const label = formatNumber(lang, session);
      const place = placeLabel(x(session), textWidth(label));
      return text(place.x, bottom + 6, label, { anchor: place.anchor, baseline: 'hanging' });
    },
  );
  const xTitle = placeLabel((left + WIDTH) / 2, textWidth(options.xLabel));
  const body =
    text(0, LINE / 2, options.yLabel, { baseline: 'middle' }) +
    yGrid(y, yTicks, left, WIDTH) +
    baseline(left, WIDTH, bottom) +
    el('path', { d: path, fill: 'none', 'stroke-width': 3, style: `stroke:${COLOR.primary}` }) +
    dots.join('') +
    lastLabel +
    xLabels.join('') +
    text(xTitle.x, bottom + LINE + 10, options.xLabel, {
      anchor: xTitle.anchor,
      baseline: 'hanging',
    });
  return svgDocument('retention', options, bottom + LINE * 2 + 14, body);
}

/** Session numbers to label: every one when there is room, else every 2nd, 5th, 10th, … */
function sessionTicks(first: number, last: number, spacing: number): number[] {
  const widest = textWidth(String(last)) + 16;
  const step = [1, 2, 5, 10, 20, 50].find((s) => s * spacing >= widest) ?? 100;
  const ticks: number[] = [];
  for (let s = Math.ceil(first / step) * step; s <= last; s += step) ticks.push(s);
  if (ticks[0] !== first && (ticks[0] ?? Infinity) - first >= step / 2) ticks.unshift(first);
  return ticks;
}
