import { TABLES } from '../schemas/tables.ts';
import type { Problem, ProblemCode } from './problem.ts';

/**
 * Files in the order the data flows: `dataset.json`, then the tables as the contract lists them
 * (programmes, schools, cohorts, participants, matches, sessions, attendance, survey_items,
 * survey_responses, topics, themes, workshop_findings); anything else after them, by name.
 */
export const FILE_ORDER: readonly string[] = ['dataset.json', ...TABLES.map((t) => t.file)];

/** Compares two file names by `FILE_ORDER`. */
export function compareFiles(a: string, b: string): number {
  if (a === b) return 0;
  const i = FILE_ORDER.indexOf(a);
  const j = FILE_ORDER.indexOf(b);
  if (i !== j) return (i === -1 ? Infinity : i) - (j === -1 ? Infinity : j);
  return a < b ? -1 : 1;
}

/** Why a table's rows cannot be looked up: its key column is missing, or it could not be read. */
export type CauseKind = 'header' | 'not-read';

/** A problem that stops a table's rows from being looked up by the files that refer to it. */
export interface Cause {
  file: string;
  code: ProblemCode;
  row: number | null;
  column: string | null;
  kind: CauseKind;
}

/** What `markConsequences` adds to a foreign-key problem into a table that itself failed. */
export interface ConsequenceOf {
  file: string;
  code: ProblemCode;
  column: string | null;
}

/** The foreign-key problems of one file and column that only follow from a cause. */
export interface Consequence {
  /** The file whose rows could not be looked up. */
  target: string;
  file: string;
  column: string;
  count: number;
}

const TABLE_BY_FILE = new Map(TABLES.map((t) => [t.file, t]));
const FILE_BY_TABLE = new Map<string, string>(TABLES.map((t) => [t.name, t.file]));

/** The file a foreign-key column of a file points at, or `undefined`. */
export function targetOf(file: string, column: string | null): string | undefined {
  const key = TABLE_BY_FILE.get(file)?.foreignKeys.find((fk) => fk.column === column);
  return key ? FILE_BY_TABLE.get(key.table) : undefined;
}

/**
 * The problems that make a table's ids unusable to the files after it, one per file: its key
 * column is missing from the header (or there is no header), or the file is not CSV text
 * (a workbook, UTF-16, tabs). Every foreign-key problem into such a file is a consequence.
 */
export function causesOf(problems: readonly Problem[]): Map<string, Cause> {
  const causes = new Map<string, Cause>();
  for (const p of problems) {
    if (causes.has(p.file)) continue;
    const table = TABLE_BY_FILE.get(p.file);
    if (!table) continue;
    const header =
      p.code === 'missing-column' &&
      p.row === 1 &&
      (p.column === null || (table.primaryKey as readonly string[]).includes(p.column));
    const notRead =
      (p.code === 'encoding-error' && p.row === null) ||
      (p.code === 'malformed-row' && p.row === 1 && p.column === null);
    if (header || notRead)
      causes.set(p.file, {
        file: p.file,
        code: p.code,
        row: p.row,
        column: p.column,
        kind: header ? 'header' : 'not-read',
      });
  }
  return causes;
}

/** The cause a problem follows from, when it is a foreign-key problem into a failed file. */
export function causeOf(
  problem: Pick<Problem, 'code' | 'file' | 'column'>,
  causes: ReadonlyMap<string, Cause>,
): Cause | undefined {
  if (problem.code !== 'foreign-key') return undefined;
  const target = targetOf(problem.file, problem.column);
  return target === undefined ? undefined : causes.get(target);
}
