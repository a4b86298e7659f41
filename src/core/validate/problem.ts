import type { Bilingual } from '../format/lang.ts';

/**
 * Every code a problem can carry: the contract's list, plus `completed-without-attendance`
 * (issue 18: a status that contradicts attendance).
 */
export const PROBLEM_CODES = [
  'missing-file',
  'missing-column',
  'extra-column',
  'type-error',
  'enum-error',
  'range-error',
  'blank-required',
  'duplicate-key',
  'foreign-key',
  'role-mismatch',
  'date-order',
  'out-of-period',
  'age-ineligible',
  'long-label',
  'completed-without-attendance',
  'personal-data',
  'formula-injection',
  'encoding-error',
  'malformed-row',
  'empty-file',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type Severity = 'error' | 'warning';

/** A message in both languages of the portal. */
export type { Bilingual };

/**
 * One problem found in a dataset. `row` is the row a spreadsheet shows (header = 1), `null` for
 * the file as a whole; `column` is the contract's column name (or the header as written for an
 * unknown column), `null` when the problem is not about one column. Messages never quote a cell.
 */
export interface Problem {
  severity: Severity;
  code: ProblemCode;
  file: string;
  row: number | null;
  column: string | null;
  message: Bilingual;
}
