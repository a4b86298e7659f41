import type { Problem, ProblemCode, Severity } from './problem.ts';

/** Where a problem is: file, spreadsheet row (header = 1, `null` for the file) and column. */
export interface Position {
  file: string;
  row: number | null;
  column: string | null;
}

/** Builds a problem at a position; `en` and `tr` tell the coordinator what to fix. */
export function makeProblem(
  severity: Severity,
  code: ProblemCode,
  at: Position,
  en: string,
  tr: string,
): Problem {
  return { severity, code, file: at.file, row: at.row, column: at.column, message: { en, tr } };
}
