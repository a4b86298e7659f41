/**
 * Formatting of published (disclosure-controlled) values for pages, in the page's language.
 * `<k` for counts under k; `–` for withheld cells and unpublished statistics.
 */
import type { Count, PValue } from '../../core/disclosure/index.ts';
import { formatDate, formatNumber, formatPercent } from '../../core/format/index.ts';
import { fill, isUiKey, t, type Lang } from '../../i18n/index.ts';
import type { ChartFigureLabels } from '../charts/types.ts';

export const WITHHELD = '–';

/** A count as shown: `1.234`, `<10`, or `–` when withheld. */
export function showCount(lang: Lang, cell: Count): string {
  if (typeof cell === 'number') return formatNumber(lang, cell);
  if (cell === null) return WITHHELD;
  return `<${cell.below}`;
}

/** The number behind a count, or null when it is not published. */
export function countValue(cell: Count): number | null {
  return typeof cell === 'number' ? cell : null;
}

/** Whether any of the counts is shown as `<k` or withheld. */
export function anySuppressed(cells: readonly Count[]): boolean {
  return cells.some((cell) => typeof cell !== 'number');
}

/** A statistic with fixed decimals, or `–` when not published. */
export function showStat(lang: Lang, value: number | null, decimals = 2, sign = false): string {
  return value === null ? WITHHELD : formatNumber(lang, value, { decimals, sign });
}

/**
 * A p-value as published: 2 significant digits (`0,14`, `0,0047`), `<0,001` / `<0.001` under
 * 0.001, `–` when not published. Never `0,0000`.
 */
export function showP(lang: Lang, value: PValue | null): string {
  if (value === null) return WITHHELD;
  if (typeof value === 'object') return `<${formatNumber(lang, value.below, { decimals: 3 })}`;
  // Decimals that show exactly 2 significant digits (0.14 → 2, 0.0047 → 4, 1 → 1).
  const decimals = value === 0 ? 3 : Math.max(1, 1 - Math.floor(Math.log10(value)));
  return formatNumber(lang, value, { decimals });
}

/** A share (fraction in [0, 1]) as a percentage, or `–`. */
export function showShare(lang: Lang, value: number | null): string {
  return value === null ? WITHHELD : formatPercent(lang, value);
}

/** A readable name of a survey construct (the dictionary's, else the id in words). */
export function constructLabel(lang: Lang, construct: string): string {
  const key = `construct.${construct}`;
  return isUiKey(key) ? t(lang)(key) : construct.replace(/_/g, ' ');
}

/** The fixed strings of every chart figure. */
export function chartLabels(lang: Lang, k: number): ChartFigureLabels {
  const ui = t(lang);
  return {
    showTable: ui('chart.showTable'),
    suppressedNote: fill(ui('chart.suppressedNote'), { k }),
    download: ui('chart.download'),
    methodology: ui('chart.methodology'),
  };
}

/** "Data as of 31.12.2024" in the page's language. */
export function asOfLine(lang: Lang, asOf: string | null): string {
  const ui = t(lang);
  return asOf ? fill(ui('impact.asOf'), { date: formatDate(lang, asOf) }) : ui('impact.noAsOf');
}

/** The basis line of a chart: n and the date of the data. */
export function basisLine(lang: Lang, n: Count, asOf: string | null): string {
  return fill(t(lang)('chart.basis'), { n: showCount(lang, n), asOf: asOfLine(lang, asOf) });
}
