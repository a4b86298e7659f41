import type { ReportJson } from './report-json.ts';

/** The report's summary line: errors and warnings (counted ones included), files and rows. */
export interface ReportTotals {
  errors: number;
  warnings: number;
  files: number;
  rows: number;
}

/**
 * Totals of a report. Problems counted but not kept take the severity of the first kept one
 * of the same code, as the CLI's text report counts them.
 * @example reportTotals(report) // { errors: 2, warnings: 1, files: 12, rows: 4031 }
 */
export function reportTotals(report: ReportJson): ReportTotals {
  let errors = 0;
  let warnings = 0;
  const shown = new Map<string, { count: number; warning: boolean }>();
  for (const p of report.problems) {
    if (p.severity === 'error') errors++;
    else warnings++;
    const seen = shown.get(p.code);
    if (seen) seen.count++;
    else shown.set(p.code, { count: 1, warning: p.severity === 'warning' });
  }
  for (const [code, total] of Object.entries(report.counts)) {
    const seen = shown.get(code);
    const rest = (total ?? 0) - (seen?.count ?? 0);
    if (rest <= 0) continue;
    if (seen?.warning) warnings += rest;
    else errors += rest;
  }
  const rows = report.files.reduce((sum, file) => sum + file.rows, 0);
  return { errors, warnings, files: report.files.length, rows };
}
