import type { Tally } from './collector.ts';
import type { ValidationReport } from './engine.ts';
import type { Problem, ProblemCode } from './problem.ts';
import { reportJsonShape } from './report-json-shape.ts';
import {
  causeOf,
  causesOf,
  compareFiles,
  type Cause,
  type Consequence,
  type ConsequenceOf,
} from './report-order.ts';

/** A problem as the JSON report writes it: marked when it only follows from another. */
export type MarkedProblem = Problem & { consequenceOf?: ConsequenceOf };

/** What the JSON report adds about causes and their consequences. */
export interface ReportConsequences {
  /** Every problem kept, foreign-key problems into a failed file marked `consequenceOf`. */
  problems: MarkedProblem[];
  /** Every problem counted per file and code (kept or not), files as the data flows. */
  countsByFile: Record<string, Partial<Record<ProblemCode, number>>>;
  /** Per cause: the foreign-key problems (counted, kept or not) that follow from it. */
  consequences: (ConsequenceOf & { references: Consequence[] })[];
}

/**
 * Marks the consequences of a report: a table whose key column is missing (or that could not be
 * read) makes every reference to it a `foreign-key` problem that only follows from that cause.
 * @example withConsequences(report).consequences[0] // { file: 'participants.csv', code: 'missing-column', column: 'participant_id', references: [{ target: 'participants.csv', file: 'matches.csv', column: 'mentor_id', count: 2838 }] }
 */
export function withConsequences(
  report: Pick<ValidationReport, 'problems' | 'tally'>,
): ReportConsequences {
  const causes = causesOf(report.problems);
  const mark = (cause: Cause): ConsequenceOf => ({
    file: cause.file,
    code: cause.code,
    column: cause.column,
  });
  const problems = report.problems.map((p): MarkedProblem => {
    const cause = causeOf(p, causes);
    return cause ? { ...p, consequenceOf: mark(cause) } : p;
  });
  const countsByFile: ReportConsequences['countsByFile'] = {};
  const byCause = new Map<string, Consequence[]>();
  for (const t of [...report.tally].sort((a, b) => compareFiles(a.file, b.file))) {
    const codes = (countsByFile[t.file] ??= {});
    codes[t.code] = (codes[t.code] ?? 0) + t.count;
    const cause = causeOf(t, causes);
    if (cause && t.column !== null) {
      const list = byCause.get(cause.file) ?? [];
      list.push({ target: cause.file, file: t.file, column: t.column, count: t.count });
      byCause.set(cause.file, list);
    }
  }
  const consequences = [...causes.values()]
    .sort((a, b) => compareFiles(a.file, b.file))
    .map((cause) => ({ ...mark(cause), references: byCause.get(cause.file) ?? [] }));
  return { problems, countsByFile, consequences };
}

/** The tally of one file, per code: count and whether any is an error. */
export function codesOf(
  tally: readonly Tally[],
  file: string,
): { code: ProblemCode; count: number; errors: number }[] {
  const byCode = new Map<ProblemCode, { code: ProblemCode; count: number; errors: number }>();
  for (const t of tally) {
    if (t.file !== file) continue;
    const entry = byCode.get(t.code) ?? { code: t.code, count: 0, errors: 0 };
    entry.count += t.count;
    entry.errors += t.errors;
    byCode.set(t.code, entry);
  }
  return [...byCode.values()];
}

/** The report as `npm run validate -- --json` writes it (and the browser validator downloads). */
export function reportJsonObject(
  report: Pick<ValidationReport, 'ok' | 'problems' | 'counts' | 'files' | 'tally'>,
) {
  return reportJsonShape(report, withConsequences(report));
}
