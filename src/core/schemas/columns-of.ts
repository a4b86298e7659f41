import type { Table } from './table.ts';

/**
 * Maps each column name of a table to its position in contract order.
 * @example columnsOf(topics).label_en // 1
 */
export function columnsOf<S extends Table['columns']>(
  table: Table<S>,
): Record<keyof S & string, number> {
  return Object.fromEntries(table.columnNames.map((name, i) => [name, i])) as Record<
    keyof S & string,
    number
  >;
}
