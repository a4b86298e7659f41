import type { z } from 'zod';
import type { TABLES, TableName } from '../schemas/index.ts';

/** The typed row of every table, as its zod schema outputs it. */
export type TableRows = {
  [T in (typeof TABLES)[number] as T['name']]: z.output<T['schema']>;
};

/**
 * Receives, in file order (the order of `TABLES`), every row that passed the row-level checks,
 * with typed values: dates as `YYYY-MM-DD`, ints as numbers, booleans, codes as `string[]`, and
 * blanks (or absent optional columns) as `undefined`. Lets the statistics pass share the
 * validation's single streaming read.
 * @example const sink: RowSink = { row(table, row) { if (table === 'matches') count++; } };
 */
export interface RowSink {
  row<T extends TableName>(table: T, row: TableRows[T], rowNumber: number): void;
}
