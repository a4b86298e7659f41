/**
 * Columns of the published download tables: one declaration per column gives the CSV header,
 * the cell (through `get`) and the Data Package field, so the three cannot drift apart.
 */
import { csvCell } from '../csv/write.ts';
import type { Count } from '../disclosure/cells.ts';
import type { Bilingual } from '../format/lang.ts';
import { DOWNLOAD_CSV } from './csv.ts';
import { formatBool, formatCount, formatDecimal } from './format.ts';

// Re-exported for the modules that take column types from here (the one type is in core/format).
export type { Bilingual };

/** How a column is written: text is neutralised; counts may be `<k` or blank. */
export type FieldKind = 'text' | 'count' | 'integer' | 'number' | 'boolean' | 'month';

/** The value `get` must return for each kind (the compiler checks every column). */
export interface KindValue {
  text: string;
  count: Count;
  integer: number;
  number: number | { below: number } | null;
  boolean: boolean;
  month: string;
}

/** What the Data Package describes of a column. */
export interface FieldDef {
  name: string;
  kind: FieldKind;
  title: Bilingual;
  description: Bilingual;
}

export interface Column<Row, K extends FieldKind = FieldKind> extends FieldDef {
  kind: K;
  get(row: Row): KindValue[K];
}

/** A column of any kind, with `get` typed by its kind. */
export type AnyColumn<Row> = { [K in FieldKind]: Column<Row, K> }[FieldKind];

/** The CSV cell of a column for one row. */
export function cell<Row>(column: AnyColumn<Row>, row: Row): string {
  switch (column.kind) {
    case 'text':
      return csvCell(column.get(row), DOWNLOAD_CSV);
    case 'count':
      return formatCount(column.get(row));
    case 'number':
      return formatDecimal(column.get(row));
    case 'boolean':
      return formatBool(column.get(row));
    case 'integer':
    case 'month':
      return String(column.get(row));
  }
}

const COUNT_NOTE: Bilingual = {
  en: ' `<k` (e.g. `<10`): fewer than k people; blank: withheld so that another cell cannot be worked out.',
  tr: ' `<k` (ör. `<10`): k kişiden az; boş: başka bir hücre hesaplanamasın diye yayımlanmadı.',
};
const STAT_NOTE: Bilingual = {
  en: ' Rounded to 2 decimals; blank when computed from fewer than k people or withheld by the reconstruction check.',
  tr: ' 2 ondalığa yuvarlanmıştır; k kişiden az kişiden hesaplandığında ya da yeniden oluşturma denetimi nedeniyle yayımlanmadığında boştur.',
};

/** Title and description: the description defaults to the title. */
type Text = [en: string, tr: string, descriptionEn?: string, descriptionTr?: string];

/**
 * Column builders for one row type.
 * @example const c = columnsOf<Row>(); c.count('mentees', ['Mentees', 'Menti'], (r) => r.mentees)
 */
export function columnsOf<Row>() {
  function make<K extends FieldKind>(
    kind: K,
    name: string,
    [en, tr, dEn = en, dTr = tr]: Text,
    get: (row: Row) => KindValue[K],
  ): Column<Row, K> {
    return { name, kind, title: { en, tr }, description: { en: dEn, tr: dTr }, get };
  }
  return {
    text: (name: string, text: Text, get: (row: Row) => string) => make('text', name, text, get),
    month: (name: string, text: Text, get: (row: Row) => string) => make('month', name, text, get),
    integer: (name: string, text: Text, get: (row: Row) => number) =>
      make('integer', name, text, get),
    number: (name: string, text: Text, get: (row: Row) => KindValue['number']) =>
      make('number', name, text, get),
    boolean: (name: string, text: Text, get: (row: Row) => boolean) =>
      make('boolean', name, text, get),
    /** A count of people, with the `<k` / blank note in its description. */
    count: (name: string, [en, tr]: [string, string], get: (row: Row) => Count) =>
      make('count', name, [en, tr, en + COUNT_NOTE.en, tr + COUNT_NOTE.tr], get),
    /** A statistic from people, with the rounding / blank note in its description. */
    stat: (name: string, [en, tr]: [string, string], get: (row: Row) => number | null) =>
      make('number', name, [en, tr, en + STAT_NOTE.en, tr + STAT_NOTE.tr], get),
  };
}
