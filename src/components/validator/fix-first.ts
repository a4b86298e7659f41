import { PROBLEM_CODES, type ProblemCode, type Severity } from '../../core/validate/problem.ts';
import type { ReportJson } from './report-json.ts';

/** One line of the "what to fix first" list. */
export interface FixFirstItem {
  code: ProblemCode;
  severity: Severity;
  /** Every problem of the code, including those not listed. */
  count: number;
}

/**
 * The report's codes: those of a table that makes others fail first (a missing key column, a
 * file that is not CSV), then errors before warnings, then the most frequent first (ties in the
 * contract's order of codes); foreign-key problems that only follow from such a table are not
 * counted. Fixing the top line removes the most that blocks publication.
 * @example fixFirst(report) // [{ code: 'foreign-key', severity: 'error', count: 120 }, …]
 */
export function fixFirst(report: ReportJson, limit = 5): FixFirstItem[] {
  const severity = new Map<ProblemCode, Severity>();
  for (const p of report.problems) {
    if (severity.get(p.code) !== 'error') severity.set(p.code, p.severity);
  }
  const { consequences } = report.marked;
  const causes = new Set<ProblemCode>(consequences.map((c) => c.code));
  const following = consequences.flatMap((c) => c.references).reduce((sum, r) => sum + r.count, 0);
  const items: FixFirstItem[] = [];
  for (const [code, total] of Object.entries(report.counts) as [ProblemCode, number][]) {
    const count = code === 'foreign-key' ? total - following : total;
    if (count > 0) items.push({ code, severity: severity.get(code) ?? 'error', count });
  }
  const rank = (s: Severity) => (s === 'error' ? 0 : 1);
  const first = (code: ProblemCode) => (causes.has(code) ? 0 : 1);
  items.sort(
    (a, b) =>
      first(a.code) - first(b.code) ||
      rank(a.severity) - rank(b.severity) ||
      b.count - a.count ||
      PROBLEM_CODES.indexOf(a.code) - PROBLEM_CODES.indexOf(b.code),
  );
  return items.slice(0, limit);
}
