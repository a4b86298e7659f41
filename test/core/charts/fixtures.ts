/**
 * Reads the published-download CSV fixtures (the contract's formats: `<10` where suppressed,
 * blank where not published) and turns them into chart inputs, as a page would.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Lang } from '../../../src/core/format/lang.ts';
import { formatNumber } from '../../../src/core/format/number.ts';
import type { BarRow } from '../../../src/core/charts/bar-horizontal.ts';
import type { HistogramBin } from '../../../src/core/charts/histogram.ts';
import type { MonthRow } from '../../../src/core/charts/line-cumulative.ts';
import type { RetentionRow } from '../../../src/core/charts/retention.ts';
import type { OutcomeRow } from '../../../src/core/charts/dot-whisker.ts';

export function readCsv(name: string): Record<string, string>[] {
  const source = readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(source, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${name}: ${parsed.errors[0]?.message}`);
  return parsed.data;
}

/** A count cell: a number, or null for `<10` and blanks. */
export function count(cell: string | undefined): number | null {
  return cell === undefined || cell === '' || cell === '<10' ? null : Number(cell);
}

/** A count as shown: `<10` stays, numbers get the language's grouping. */
export function display(lang: Lang, cell: string | undefined): string {
  const value = count(cell);
  return value === null ? (cell ?? '') : formatNumber(lang, value);
}

export function monthRows(): MonthRow[] {
  return readCsv('relationships-by-month.csv').map((row) => ({
    month: row.month ?? '',
    new: count(row.new),
    new_suppressed: row.new === '<10',
    cumulative: count(row.cumulative),
    target_path: count(row.target_path),
  }));
}

export function funnelBars(lang: Lang): BarRow[] {
  return readCsv('funnel.csv').map((row) => ({
    label: row.stage ?? '',
    value: count(row.mentees),
    display: display(lang, row.mentees),
  }));
}

export function themeBars(lang: Lang): BarRow[] {
  return readCsv('themes.csv').map((row) => ({
    label: (lang === 'tr' ? row.label_tr : row.label_en) ?? '',
    value: count(row.groups),
    display: display(lang, row.groups),
  }));
}

export function meetingBins(lang: Lang): HistogramBin[] {
  return readCsv('meetings-per-pair.csv').map((row) => ({
    label: row.meetings ?? '',
    value: count(row.pairs),
    display: display(lang, row.pairs),
  }));
}

export function retentionRows(): RetentionRow[] {
  return readCsv('retention.csv').map((row) => ({
    session_number: Number(row.session_number),
    rate: row.rate ? Number(row.rate) : null,
  }));
}

export function outcomeRows(lang: Lang): OutcomeRow[] {
  const stat = (cell: string | undefined): number | null => (cell ? Number(cell) : null);
  return readCsv('outcomes.csv').map((row) => ({
    label: row.construct ?? '',
    n: display(lang, row.n),
    mean_change: stat(row.mean_change),
    ci_low: stat(row.ci_low),
    ci_high: stat(row.ci_high),
  }));
}
