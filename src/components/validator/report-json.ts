import type { ValidationReport } from '../../core/validate/engine.ts';

/** The report as `npm run validate -- --json` prints it. */
export type ReportJson = Pick<ValidationReport, 'ok' | 'problems' | 'counts' | 'files'>;

/**
 * The JSON text of a report, byte for byte as the CLI's `--json` writes it, for the download.
 * @example reportJsonText(report) // '{\n  "ok": true,\n  "problems": [],\n …'
 */
export function reportJsonText(report: ReportJson): string {
  const { ok, problems, counts, files } = report;
  return `${JSON.stringify({ ok, problems, counts, files }, null, 2)}\n`;
}
