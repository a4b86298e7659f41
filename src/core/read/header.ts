/** Delimiters the contract allows. */
export type Delimiter = ',' | ';';

/** Line endings the reader understands. */
export type Newline = '\n' | '\r\n' | '\r';

/**
 * Folds a header name for matching: trimmed, lower-cased, and with Turkish dotted/dotless `i`
 * folded to ASCII `i`, so `ID`, `İD`, `Id` and `ıd` all become `id` (headers are ASCII in the
 * contract, but a Turkish keyboard or tr-TR upper-casing can put `İ` or `ı` in them).
 * @example foldHeader(' Participant_İD ') // 'participant_id'
 */
export function foldHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\u0307/g, '')
    .replace(/ı/g, 'i');
}

/** The first line of a text (up to the first CR or LF), with its line ending. */
export function firstLine(text: string): { line: string; newline: Newline } {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr !== -1 && (lf === -1 || cr < lf)) {
    return { line: text.slice(0, cr), newline: text[cr + 1] === '\n' ? '\r\n' : '\r' };
  }
  return { line: lf === -1 ? text : text.slice(0, lf), newline: '\n' };
}

function matches(line: string, delimiter: Delimiter, known: ReadonlySet<string>): number {
  let count = 0;
  for (const name of line.split(delimiter)) {
    if (known.has(foldHeader(name.replace(/^\s*"|"\s*$/g, '')))) count++;
  }
  return count;
}

/**
 * Picks `,` or `;` by which one splits the header into more known column names; papaparse's own
 * guess can pick `,` inside the decimal commas of a `;` file. Ties go to the one with more fields.
 * @example detectDelimiter('participant_id;cohort_id', new Set(['participant_id', 'cohort_id'])) // ';'
 */
export function detectDelimiter(headerLine: string, known: ReadonlySet<string>): Delimiter {
  const comma = matches(headerLine, ',', known);
  const semicolon = matches(headerLine, ';', known);
  if (comma !== semicolon) return comma > semicolon ? ',' : ';';
  return headerLine.split(';').length > headerLine.split(',').length ? ';' : ',';
}
