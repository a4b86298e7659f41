/**
 * Empty CSV templates for coordinators, one per table, from the schemas.
 *
 * They start with a UTF-8 byte-order mark: Excel then opens and saves them as UTF-8, so
 * Turkish letters typed into them survive (the contract reads UTF-8 with or without BOM).
 * Lines end in CRLF, as spreadsheet programs on Windows write them.
 */
import { csvDialect, csvLine } from '../csv/write.ts';
import { metaOf } from '../schemas/index.ts';

/** The parts of a contract table a template needs, whatever its columns. */
export interface TemplateTable {
  columnNames: readonly string[];
  columns: Readonly<Record<string, unknown>>;
}

export const BOM = '\uFEFF';

export interface TemplateOptions {
  /** `;` suits Excel with Turkish regional settings, whose list separator is `;`. */
  delimiter?: ',' | ';';
  /** Add one example row after the header. */
  example?: boolean;
}

/** The templates' dialects: CRLF, quoted only for the delimiter in use; examples are kept as written. */
const DIALECTS = { ',': csvDialect({ delimiter: ',' }), ';': csvDialect({ delimiter: ';' }) };

/**
 * A table's CSV template: the header row, and an example row when asked.
 * @example templateCsv(topics) // '\uFEFFtopic_id,label_en,label_tr\r\n'
 */
export function templateCsv(table: TemplateTable, options: TemplateOptions = {}): string {
  const dialect = DIALECTS[options.delimiter ?? ','];
  let text = BOM + csvLine(table.columnNames, dialect);
  if (options.example) {
    const cells = table.columnNames.map(
      (name) => metaOf(table.columns[name] as Parameters<typeof metaOf>[0]).example,
    );
    text += csvLine(cells, dialect);
  }
  return text;
}
