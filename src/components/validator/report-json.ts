import type { ValidationReport } from '../../core/validate/engine.ts';
import { reportJsonObject } from '../../core/validate/report-consequences.ts';

/** The report as the worker hands it to the page (what `npm run validate -- --json` prints from). */
export type ReportJson = Pick<ValidationReport, 'ok' | 'problems' | 'counts' | 'files' | 'tally'>;

/**
 * The JSON text of a report, byte for byte as the CLI's `--json` writes it, for the download.
 * @example reportJsonText(report) // '{\n  "ok": true,\n  "problems": [],\n …'
 */
export function reportJsonText(report: ReportJson): string {
  return `${JSON.stringify(reportJsonObject(report), null, 2)}\n`;
}
