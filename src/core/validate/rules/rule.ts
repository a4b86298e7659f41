import type { ColumnMeta, Table, TableName } from '../../schemas/index.ts';
import type { CellResult } from '../cell-check.ts';
import type { IdIndex } from '../keys/id-index.ts';
import type { Problem } from '../problem.ts';
import type { DatasetState } from '../state.ts';

/**
 * One row as the rules see it. The table pass keeps one per file and updates it in place for
 * each row (24 million rows at national scale: no object per row or per cell).
 */
export interface RowContext {
  readonly file: string;
  /** The row a spreadsheet shows (header = 1). */
  row: number;
  /** Typed cell values in contract column order (a `CellFailure` where a cell failed). */
  readonly values: CellResult[];
  /** Interned index of each single foreign-key column's target row (-1: blank, failed or unknown). */
  readonly refs: Int32Array;
  /** Interned index of this row's own key (-1: none, invalid or repeated). */
  self: number;
  readonly state: DatasetState;
  report(problem: Problem): void;
}

/** One table's file, as the rules are planned for it (once, when its header has been read). */
export interface FilePlan {
  table: Table;
  state: DatasetState;
  /** The table's own interned ids (single-key tables), shared with the pass and later files. */
  ownIds: IdIndex | undefined;
  /** Notes that a foreign-key column has values while its target file is absent. */
  onReferenceToAbsent(target: TableName, column: string): void;
  /** The file's estimated number of rows, once its first batch is read (0 until then, or unknown). */
  rowsExpected(): number;
}

/** A column of the file as the cell rules are planned for it. */
export interface ColumnSpec {
  /** The contract's column name, or the header as echoed for a column the contract lacks. */
  name: string;
  /** Position in contract order (`values[index]`); -1 for a column the contract lacks. */
  index: number;
  /** The column's contract metadata; `undefined` for a column the contract lacks. */
  meta: ColumnMeta | undefined;
}

/**
 * Checks one cell, given as read. Returns false when the cell failed: the later rules skip it and
 * the row is not passed on to the sink (for a column the contract lacks, only the former).
 */
export type CellStep = (raw: string, row: RowContext) => boolean;

/** Checks one row once its cells are checked; false skips the row's later row rules. */
export type RowStep = (row: RowContext) => boolean;

/**
 * A validation rule: its check, planned once per file for the columns or tables it applies to,
 * and (in the same file) its message. `RULES` lists them in the order they run on each row.
 * @example const rule: Rule = { name: 'no-question-marks', cell: ({ meta }) => (meta ? (raw) => raw !== '?' : undefined) };
 */
export interface Rule {
  /** The rule's file name (for tests and traces). */
  readonly name: string;
  /** The rule's check of one column's cells; `undefined` where it does not apply. */
  cell?(column: ColumnSpec, file: FilePlan): CellStep | undefined;
  /** The rule's check of each row of a table; `undefined` where it does not apply. */
  row?(file: FilePlan): RowStep | undefined;
  /**
   * Whether the rule can fire at all in a batch of text. Where it cannot, its cell steps are left
   * out for that batch (a fast path: the steps themselves stay exact on any cell). `plain`: the
   * text holds only printable ASCII, tabs and line endings (the reader knows it from decoding).
   */
  inBatch?(text: string, plain: boolean): boolean;
}

/** Where a rule reports: the row's file and row, and a column. */
export function at(row: RowContext, column: string): { file: string; row: number; column: string } {
  return { file: row.file, row: row.row, column };
}
