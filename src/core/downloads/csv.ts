import { csvDialect, csvRecord } from '../csv/write.ts';

/**
 * The downloads' dialect: `,`, CRLF (RFC 4180, the Frictionless default dialect), text cells made
 * safe for spreadsheets. A text cell that starts like a formula (`=`, `+`, `-`, `@`, a tab, also
 * after Unicode white space: see core/csv/formula.ts) gets a leading `'`, which stops evaluation;
 * a plain signed number or a signed id (`-5`, `-1-1`) keeps its value, written as a quoted text
 * cell, so a published id still matches its source. Number cells are written as formatted
 * (`-0.56` stays a number).
 * @example csvCell('=1+1', DOWNLOAD_CSV) // "'=1+1"
 * @example csvCell('-1-1', DOWNLOAD_CSV) // '"-1-1"'
 * @example csvCell('a, "b"', DOWNLOAD_CSV) // '"a, ""b"""'
 */
export const DOWNLOAD_CSV = csvDialect({ formulas: 'apostrophe-keep-signed' });

/**
 * A download's CSV document: the header and rows of cells already written (text through
 * `csvCell(…, DOWNLOAD_CSV)`), every line ending in CRLF.
 * @example csvDocument(['id', 'n'], [['a', '1']]) // 'id,n\r\na,1\r\n'
 */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  return [header, ...rows].map((cells) => csvRecord(cells, DOWNLOAD_CSV)).join('');
}
