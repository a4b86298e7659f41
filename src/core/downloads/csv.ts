/** Characters that make a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe for spreadsheets: a leading `'` stops formula evaluation, then the cell
 * is quoted per RFC 4180 when it holds a comma, a quote or a line break.
 * @example csvText('=1+1') // "'=1+1"
 * @example csvText('a, "b"') // '"a, ""b"""'
 */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A CSV document: header and rows joined with `,`, every line ending in CRLF (RFC 4180,
 * the Frictionless default dialect). Cells must already be formatted.
 */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  return [header, ...rows].map((cells) => `${cells.join(',')}\r\n`).join('');
}
