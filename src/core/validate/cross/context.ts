import type { CellResult } from '../cell-check.ts';
import type { Problem } from '../problem.ts';
import type { DatasetState } from '../state.ts';

/** One row as the cross-file checks see it. */
export interface RowContext {
  file: string;
  row: number;
  /** Typed cell values in contract column order (a `CellFailure` where a cell failed). */
  values: CellResult[];
  /** Interned index of each foreign-key column's target row (-1: blank, failed or unknown). */
  refs: Int32Array;
  /** Interned index of this row's own key (-1: none, invalid or duplicate). */
  self: number;
  state: DatasetState;
  report(problem: Problem): void;
}

/** A table's checks that involve other rows or files, run after the cell checks of each row. */
export type CrossCheck = (ctx: RowContext) => void;
