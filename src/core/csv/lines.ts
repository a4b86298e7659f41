/** Writing CSV the way the contract reads it: `,`-separated, `"`-quoted when needed, LF. */

const NEEDS_QUOTES = /[",\r\n;]/;

/**
 * One cell, quoted when it holds a delimiter (`,` or `;`), a quote or a line break.
 * @example csvCell('Kariyer, iş ve yaşam') // '"Kariyer, iş ve yaşam"'
 */
export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * One CSV line with its LF ending.
 * @example csvLine(['a', 'b c', '']) // 'a,b c,\n'
 */
export function csvLine(cells: readonly string[], delimiter: ',' | ';' = ','): string {
  return `${cells.map(csvCell).join(delimiter)}\n`;
}

/**
 * Groups lines into chunks of about `size` characters, so writers make few large writes.
 * @example [...chunked(['a\n', 'b\n'], 3)] // ['a\nb\n']
 */
export function* chunked(lines: Iterable<string>, size = 1 << 16): Generator<string> {
  let buffer = '';
  for (const line of lines) {
    buffer += line;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer.length > 0) yield buffer;
}
