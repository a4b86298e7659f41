import type { ValidationReport } from '../../core/validate/engine.ts';
import { withConsequences } from '../../core/validate/report-consequences.ts';
import type { ReportJson } from './report-json.ts';

/**
 * What the worker posts to the page: the report's positions and codes, with consequences
 * marked here (in the worker, which has the schemas) so the page's script stays small.
 */
export function reportForPage(report: ValidationReport): ReportJson {
  const { ok, problems, counts, tally, files } = report;
  return { ok, problems, counts, tally, files, marked: withConsequences(report) };
}
