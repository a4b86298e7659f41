import { max, min, scaleLinear } from 'd3';
import { formatNumber } from '../format/number.ts';
import { baseline, placeLabel, xTicks } from './axis.ts';
import { LINE, textWidth, WIDTH, wrapText } from './layout.ts';
import type { ChartOptions } from './options.ts';
import { el, svgDocument, text } from './svg.ts';
import { COLOR } from './theme.ts';

/** One construct of `outcomes.csv`: mean change and its 95 % CI, null when not published. */
export interface OutcomeRow {
  /** Construct name in the page's language. */
  label: string;
  /** Paired respondents as shown (`245`, `<10`). */
  n: string;
  mean_change: number | null;
  ci_low: number | null;
  ci_high: number | null;
  /** Why the CI is not shown, when not for fewer than k people (the reconstruction check). */
  note?: string;
}

export interface DotWhiskerOptions extends ChartOptions {
  /** Title of the change axis, e.g. "Mean change (scale points)". */
  xLabel: string;
  /** Shown instead of a dot, e.g. "not published (n < 10)". */
  notPublished: string;
  /** Decimals of the axis labels (default 1). */
  decimals?: number;
}

const ROW_BODY = 26;
const GAP = 16;

/**
 * Mean change per construct as a dot with its 95 % confidence interval as whiskers, against a
 * dashed zero line; each row is labelled above, with `n = …` at its right. Rows without
 * published statistics say so in words instead of showing a dot.
 */
export function dotWhisker(rows: OutcomeRow[], options: DotWhiskerOptions): string {
  const { lang } = options;
  const published = rows.filter(isPublished);
  const low = min(published, (row) => row.ci_low) ?? -1;
  const high = max(published, (row) => row.ci_high) ?? 1;
  const reach = Math.max(Math.abs(low), Math.abs(high), 0.1);
  // Symmetric around zero so declines and gains look alike.
  const x = scaleLinear()
    .domain([-reach, reach])
    .range([8, WIDTH - 8])
    .nice(4);
  const zero = x(0);

  let y = 0;
  const marks = rows.map((row) => {
    const nText = `n = ${row.n}`;
    const nWidth = textWidth(nText);
    const lines = wrapText(row.label, WIDTH - nWidth - 16);
    const head =
      text(0, y, lines, { baseline: 'hanging', weight: 'bold' }) +
      text(WIDTH, y, nText, { anchor: 'end', baseline: 'hanging' });
    const middle = y + lines.length * LINE + 4 + ROW_BODY / 2;
    // The zero reference runs through the row bodies only, never through the labels.
    const zeroLine = el('line', {
      x1: zero,
      x2: zero,
      y1: middle - ROW_BODY / 2 - 4,
      y2: middle + ROW_BODY / 2 + 4,
      'stroke-dasharray': '4 4',
      class: 'zero',
      style: `stroke:${COLOR.muted}`,
    });
    y = middle + ROW_BODY / 2 + GAP;
    if (!isPublished(row)) {
      const note = row.note ?? options.notPublished;
      const place = zero + 10 + textWidth(note) <= WIDTH ? zero + 10 : 0;
      return `<g class="row">${head}${zeroLine}${text(place, middle, note, { baseline: 'middle', italic: true })}</g>`;
    }
    const whisker =
      el('line', {
        x1: x(row.ci_low),
        x2: x(row.ci_high),
        y1: middle,
        y2: middle,
        'stroke-width': 2.5,
        style: `stroke:${COLOR.text}`,
      }) +
      [row.ci_low, row.ci_high]
        .map((v) =>
          el('line', {
            x1: x(v),
            x2: x(v),
            y1: middle - 8,
            y2: middle + 8,
            'stroke-width': 2.5,
            style: `stroke:${COLOR.text}`,
          }),
        )
        .join('');
    const dot = el('circle', {
      cx: x(row.mean_change),
      cy: middle,
      r: 7,
      style: `fill:${COLOR.primary};stroke:${COLOR.text}`,
      'stroke-width': 1.5,
    });
    return `<g class="row">${head}${zeroLine}${whisker}${dot}</g>`;
  });

  const plotBottom = Math.max(y - GAP + 4, 1);
  const decimals = options.decimals ?? 1;
  const ticks = x.ticks(4).map((value) => ({
    x: x(value),
    label: formatNumber(lang, value, { decimals, sign: true }),
  }));
  const xTitle = placeLabel(WIDTH / 2, textWidth(options.xLabel));
  const body =
    marks.join('') +
    baseline(0, WIDTH, plotBottom) +
    xTicks(ticks, plotBottom) +
    text(xTitle.x, plotBottom + LINE + 12, options.xLabel, {
      anchor: xTitle.anchor,
      baseline: 'hanging',
    });
  return svgDocument('dot-whisker', options, plotBottom + LINE * 2 + 16, body);
}

type PublishedRow = OutcomeRow & { mean_change: number; ci_low: number; ci_high: number };

function isPublished(row: OutcomeRow): row is PublishedRow {
  return row.mean_change !== null && row.ci_low !== null && row.ci_high !== null;
}
