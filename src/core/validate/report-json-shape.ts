import type { ValidationReport } from './engine.ts';
import type { ReportConsequences } from './report-consequences.ts';

/**
 * The JSON report (`npm run validate -- --json`, and the browser validator's download) from a
 * report and its marked consequences. Kept apart from `report-consequences.ts`, which needs the
 * schemas (and so zod): the validator page assembles the JSON from what its worker marked.
 */
export function reportJsonShape(
  report: Pick<ValidationReport, 'ok' | 'counts' | 'files'>,
  marked: ReportConsequences,
) {
  const { problems, countsByFile, consequences } = marked;
  const { ok, counts, files } = report;
  return { ok, problems, counts, countsByFile, consequences, files };
}
