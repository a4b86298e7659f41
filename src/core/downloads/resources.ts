/**
 * The published download tables: the contract's paths and exact columns, with bilingual
 * titles and descriptions for the Frictionless Data Package. Each table is declared once
 * (src/core/downloads/*-tables.ts): its columns give the header, the cells and the descriptor.
 */
import type { DatasetStats, PublishedProgramme } from '../disclosure/published-types.ts';
import { PROGRAMMES_TABLE, SCHOOLS_TABLE } from './dataset-tables.ts';
import { PROGRAMME_TABLES } from './programme-tables.ts';
import type { TableDef } from './table.ts';

export type { Bilingual } from '../format/lang.ts';
export type { FieldDef, FieldKind } from './columns.ts';
export type { TableDef } from './table.ts';

/** Tables written once for the dataset, before and after the per-programme ones. */
export const DATASET_TABLES_FIRST: readonly TableDef<DatasetStats>[] = [PROGRAMMES_TABLE];
export const DATASET_TABLES_LAST: readonly TableDef<DatasetStats>[] = [SCHOOLS_TABLE];
export { PROGRAMME_TABLES };

/** Every table, whatever its scope. */
export type ResourceDef = TableDef<DatasetStats> | TableDef<PublishedProgramme>;
export const RESOURCES: readonly ResourceDef[] = [
  ...DATASET_TABLES_FIRST,
  ...PROGRAMME_TABLES,
  ...DATASET_TABLES_LAST,
];

/** The key of every published table. */
export type TableKey =
  (typeof PROGRAMME_TABLES)[number]['key'] | typeof PROGRAMMES_TABLE.key | typeof SCHOOLS_TABLE.key;

/** The definition of a table by key. */
export function resource(key: TableKey): ResourceDef {
  const found = RESOURCES.find((r) => r.key === key);
  if (!found) throw new Error(`unknown download table ${key}`);
  return found;
}
