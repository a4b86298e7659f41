import type { ValidationReport } from '../../core/validate/engine.ts';
import type { ReportConsequences } from '../../core/validate/report-consequences.ts';
import { reportJsonShape } from '../../core/validate/report-json-shape.ts';

/**
 * The report as the worker hands it to the page (what `npm run validate -- --json` prints from),
 * with its consequences already marked by the worker (see `report-for-page.ts`): marking needs
 * the schemas, which would put zod into the page's script.
 */
export type ReportJson = Pick<
  ValidationReport,
  'ok' | 'problems' | 'counts' | 'files' | 'tally'
> & {
  marked: ReportConsequences;
};

/**
 * The JSON text of a report, byte for byte as the CLI's `--json` writes it, for the download.
 * @example reportJsonText(report) // '{\n  "ok": true,\n  "problems": [],\n …'
 */
export function reportJsonText(report: ReportJson): string {
  return `${JSON.stringify(reportJsonShape(report, report.marked), null, 2)}\n`;
}
