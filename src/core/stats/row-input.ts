/**
 * How a handler reads the row being handled, whichever way it came: as a typed object (`row`)
 * or in the validator's indexed form (`indexedRow`, ids already interned). Both give the cells
 * as a values array in contract column order; ids are looked up by string or by index.
 */
import { TABLES, type CellValue, type TableName } from '../schemas/index.ts';
import type { CollectorState, IdLookup } from './collector-state.ts';

const COLUMN_NAMES = new Map<TableName, readonly string[]>(
  TABLES.map((t) => [t.name, t.columnNames]),
);

/**
 * A table's typed row as a values array in contract column order.
 * @example valuesOf('topics', { topic_id: 'T1', label_en: 'Goals', label_tr: 'Hedefler' }) // ['T1', 'Goals', 'Hedefler']
 */
export function valuesOf(table: TableName, row: object): CellValue[] {
  const names = COLUMN_NAMES.get(table) as readonly string[];
  return names.map((name) => (row as Record<string, CellValue>)[name]);
}

/** A typed row object from a values array (for the few rows the collector keeps whole). */
function rowOf<T>(table: TableName, values: readonly CellValue[]): T {
  const names = COLUMN_NAMES.get(table) as readonly string[];
  const row: Record<string, CellValue> = {};
  names.forEach((name, i) => {
    row[name] = values[i];
  });
  return row as T;
}

/** The current row as an object, to keep whole (the caller's own object when it gave one). */
export function whole<T>(s: CollectorState, table: TableName, v: readonly CellValue[]): T {
  return (s.currentRow as T | undefined) ?? rowOf<T>(table, v);
}

/** Keeps the latest event date seen. */
export function seeDate(s: CollectorState, date: CellValue): void {
  if (typeof date === 'string' && (s.latestDate === undefined || date > s.latestDate))
    s.latestDate = date;
}

/** Registers the current row's own id as row `index` of its table. */
export function intern(
  s: CollectorState,
  ids: IdLookup | undefined,
  id: CellValue,
  index: number,
): void {
  if (!ids) return;
  if (s.current) {
    if (s.current.key >= 0) ids.byIndex.set(s.current.key, index);
  } else ids.byId.set(id as string, index);
}

/** The row index a foreign-key cell of the current row refers to, or -1. */
export function find(
  s: CollectorState,
  ids: IdLookup | undefined,
  values: readonly CellValue[],
  column: number,
): number {
  if (!ids) return -1;
  if (s.current) return ids.byIndex.get(s.current.refs[column] as number);
  const id = values[column];
  return typeof id === 'string' ? (ids.byId.get(id) ?? -1) : -1;
}
