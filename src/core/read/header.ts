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

function unquote(name: string): string {
  return name.replace(/^\s*"|"\s*$/g, '');
}

const DATA_WORD = /^(?:true|false|yes|no|evet|hayır)$/i;

/**
 * Why a file's first line is no header for its table, or `undefined` when it is one: `tabs` when
 * splitting it by tabs finds more known columns than `delimiter` does (a "Text (Tab delimited)"
 * export), `looks-like-data` when it names no known column and most fields read as values (digits,
 * an `@`, true/false: the header row is missing), `unknown` when it names no known column at all.
 * @example headerTrouble('p-1,hs-1,mentee', ',', known) // 'looks-like-data'
 */
export function headerTrouble(
  line: string,
  delimiter: Delimiter,
  known: ReadonlySet<string>,
): 'tabs' | 'looks-like-data' | 'unknown' | undefined {
  const found = matches(line, delimiter, known);
  if (line.includes('\t')) {
    let tabbed = 0;
    for (const name of line.split('\t')) if (known.has(foldHeader(unquote(name)))) tabbed++;
    if (tabbed > found) return 'tabs';
  }
  if (found > 0) return undefined;
  const fields = line
    .split(delimiter)
    .map((field) => unquote(field).trim())
    .filter((field) => field !== '');
  const values = fields.filter((field) => /[0-9@]/.test(field) || DATA_WORD.test(field)).length;
  return fields.length > 0 && values * 2 >= fields.length ? 'looks-like-data' : 'unknown';
}
