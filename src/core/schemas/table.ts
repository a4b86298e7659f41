import { z } from 'zod';
import type { Bilingual } from '../format/lang.ts';

/** When a file must be present in a dataset folder. */
export type Presence =
  | { kind: 'required' }
  | { kind: 'optional' }
  /** Required when another table uses it (e.g. `schools.csv` when a cohort names a school). */
  | { kind: 'when-referenced'; by: { table: string; column: string } };

export interface ForeignKey {
  column: string;
  table: string;
  /** Column of the referenced table (its primary key when omitted). */
  references?: string;
}

export interface TableDefinition<S extends z.ZodRawShape, N extends string = string> {
  /** Table name, kept as a literal type so `TableName` is a union of the contract's names. */
  name: N;
  presence: Presence;
  description: Bilingual;
  primaryKey: readonly (keyof S & string)[];
  foreignKeys: readonly ForeignKey[];
  columns: S;
}

export interface Table<
  S extends z.ZodRawShape = z.ZodRawShape,
  N extends string = string,
> extends TableDefinition<S, N> {
  /** The CSV file name inside a dataset folder. */
  file: string;
  /** Column names in contract order: the header of the CSV template. */
  columnNames: (keyof S & string)[];
  /** Validates one row of raw cells keyed by column name. */
  schema: z.ZodObject<S>;
}

export function defineTable<S extends z.ZodRawShape, const N extends string>(
  definition: TableDefinition<S, N>,
): Table<S, N> {
  return {
    ...definition,
    file: `${definition.name}.csv`,
    columnNames: Object.keys(definition.columns) as (keyof S & string)[],
    schema: z.object(definition.columns),
  };
}
