import type { Bilingual } from '../format/lang.ts';
import { cell, type AnyColumn, type FieldDef } from './columns.ts';

/** Where a table's rows come from: the whole dataset, or one programme (path `{programme}`). */
export type TableScope = 'dataset' | 'programme';

/** A published table: the descriptor's metadata, its fields and how to write its cells. */
export interface TableDef<Source> {
  /** Stable key of the table. */
  key: string;
  /** Path under `downloads/`; `{programme}` stands for the programme_id. */
  path: string;
  title: Bilingual;
  description: Bilingual;
  fields: readonly FieldDef[];
  /** The formatted cells, one array per row, in `fields` order. */
  cells(source: Source): string[][];
}

/**
 * A table from its columns: the row type is checked against every column's `get` here and
 * then hidden, so tables of different rows can share one list.
 */
export function table<Source, Row, Key extends string>(def: {
  key: Key;
  path: string;
  title: Bilingual;
  description: Bilingual;
  rows: (source: Source) => readonly Row[];
  columns: readonly AnyColumn<Row>[];
}): TableDef<Source> & { key: Key } {
  return {
    key: def.key,
    path: def.path,
    title: def.title,
    description: def.description,
    fields: def.columns.map(({ name, kind, title, description }) => ({
      name,
      kind,
      title,
      description,
    })),
    cells: (source) => def.rows(source).map((row) => def.columns.map((c) => cell(c, row))),
  };
}
