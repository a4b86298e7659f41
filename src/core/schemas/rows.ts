/**
 * Rows as the schemas type them, handed from the validation pass to whoever consumes it (the
 * statistics). Neutral ground: both sides import these, so neither imports the other's internals.
 */
import type { z } from 'zod';
import type { TABLES, TableName } from './tables.ts';

/**
 * A valid cell's typed value: dates as `YYYY-MM-DD`, ints as numbers, booleans, codes as
 * `string[]`, and blanks (or absent optional columns) as `undefined`.
 */
export type CellValue = string | number | boolean | string[] | undefined;

/** The typed row of every table, as its zod schema outputs it. */
export type TableRows = {
  [T in (typeof TABLES)[number] as T['name']]: z.output<T['schema']>;
};

/**
 * Receives, in file order (the order of `TABLES`), every row that passed the row-level checks,
 * with typed values (see `CellValue`). Lets the statistics pass share the validation's single
 * streaming read.
 * @example const sink: RowSink = { row(table, row) { if (table === 'matches') count++; } };
 */
export interface RowSink {
  row<T extends TableName>(table: T, row: TableRows[T], rowNumber: number): void;
}

/**
 * One row as the validator holds it, valid only during the call (the arrays are reused for the
 * next row): no object is built, and ids come already interned.
 */
export interface IndexedRow {
  /** Typed cell values in contract column order, as `RowSink.row` would get them by name. */
  readonly values: readonly CellValue[];
  /**
   * The validator's interned index of each single foreign-key column's target row
   * (-1: blank, unknown, or its file absent). Indexes count each table's distinct ids in file order.
   */
  readonly refs: Int32Array;
  /**
   * The validator's index of the row's own key (single-key tables): its new index, or the earlier
   * row's when the key repeats (so a later row can replace it, as `Map.set` would); -1 otherwise.
   */
  readonly key: number;
}

/**
 * A sink that can take rows in the validator's own form instead of typed objects. The engine
 * calls `indexedRow` instead of `row` when it is present, for exactly the same rows in the same
 * order; the statistics collector uses it to skip building an object and re-interning ids.
 * @example if (isIndexedSink(sink)) sink.indexedRow('attendance', { values, refs, key: -1 }, 2);
 */
export interface IndexedRowSink extends RowSink {
  indexedRow(table: TableName, row: IndexedRow, rowNumber: number): void;
}

/**
 * Whether a sink takes indexed rows.
 * @example isIndexedSink({ row() {} }) // false
 */
export function isIndexedSink(sink: RowSink): sink is IndexedRowSink {
  return typeof (sink as Partial<IndexedRowSink>).indexedRow === 'function';
}
