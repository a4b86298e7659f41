/**
 * The data dictionary as typed, bilingual data, derived from the contract's zod schemas:
 * pages render it, and the CSV and Markdown downloads are written from it.
 */
import type { Bilingual } from '../format/lang.ts';
import { metaOf, TABLES, type ColumnKind, type Presence } from '../schemas/index.ts';
import { KIND_LABELS, presenceText, rangeText } from './labels.ts';

export interface DictionaryColumn {
  name: string;
  kind: ColumnKind;
  /** The type in words. */
  type: Bilingual;
  required: boolean;
  /** Allowed values of an enum column. */
  values?: readonly string[];
  min?: number;
  max?: number;
  /** The bounds in words ('' when unbounded). */
  range: Bilingual;
  /** The table this column points to (a foreign key). */
  references?: { table: string; file: string };
  /** Free text, screened for personal data. */
  freeText: boolean;
  description: Bilingual;
  example: string;
}

export interface DictionaryTable {
  name: string;
  file: string;
  presence: Presence;
  presenceText: Bilingual;
  description: Bilingual;
  primaryKey: readonly string[];
  columns: DictionaryColumn[];
}

/**
 * Every table and column of the contract, in contract order.
 * @example buildDataDictionary()[0].columns[0].name // 'programme_id'
 */
export function buildDataDictionary(): DictionaryTable[] {
  return TABLES.map((table) => ({
    name: table.name,
    file: table.file,
    presence: table.presence,
    presenceText: presenceText(table.presence),
    description: table.description,
    primaryKey: table.primaryKey,
    columns: table.columnNames.map((name): DictionaryColumn => {
      const meta = metaOf(
        (table.columns as Record<string, Parameters<typeof metaOf>[0]>)[name] as Parameters<
          typeof metaOf
        >[0],
      );
      const fk = table.foreignKeys.find((k) => k.column === name);
      return {
        name,
        kind: meta.kind,
        type: KIND_LABELS[meta.kind],
        required: !meta.optional,
        ...(meta.values ? { values: meta.values } : {}),
        ...(meta.min !== undefined ? { min: meta.min } : {}),
        ...(meta.max !== undefined ? { max: meta.max } : {}),
        range: { en: rangeText(meta.min, meta.max, 'en'), tr: rangeText(meta.min, meta.max, 'tr') },
        ...(fk ? { references: { table: fk.table, file: `${fk.table}.csv` } } : {}),
        freeText: meta.freeText === true,
        description: meta.description,
        example: meta.example,
      };
    }),
  }));
}
