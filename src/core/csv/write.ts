/**
 * The one CSV writer. What differs between the files the project writes is a dialect: the
 * delimiter, the line ending, which cells are quoted, and what happens to text a spreadsheet
 * would run as a formula. Each writer names its dialect next to the file it writes (the contract's
 * `CONTRACT_CSV` here, the templates', the data dictionary's, the downloads').
 */
import { isSignedValue, startsLikeFormula } from './formula.ts';

/**
 * Text that starts like a formula: `keep` writes it as it is (data for the contract's reader);
 * `apostrophe` puts a `'` before it, which stops evaluation; `apostrophe-keep-signed` does too,
 * except for a plain signed number or id (`-5`, `-1-1`), written as a quoted text cell so it keeps
 * its value and still matches its source.
 */
export type FormulaRule = 'keep' | 'apostrophe' | 'apostrophe-keep-signed';

export interface CsvOptions {
  /** `;` suits Excel with Turkish regional settings, whose list separator is `;`. Default `,`. */
  delimiter?: ',' | ';';
  /** Default CRLF (RFC 4180, the Frictionless default, what spreadsheets on Windows write). */
  lineEnd?: '\n' | '\r\n';
  /** Also quote cells holding the other delimiter, so a reader that sniffs `,` or `;` is not misled. */
  quoteBothDelimiters?: boolean;
  /** Default `keep`. */
  formulas?: FormulaRule;
}

/** A dialect: the options resolved, with the test for cells that need quotes. */
export interface CsvDialect {
  readonly delimiter: ',' | ';';
  readonly lineEnd: '\n' | '\r\n';
  readonly formulas: FormulaRule;
  readonly needsQuotes: RegExp;
}

/**
 * A dialect from options.
 * @example csvDialect({ delimiter: ';' }).needsQuotes.test('a;b') // true
 */
export function csvDialect(options: CsvOptions = {}): CsvDialect {
  const delimiter = options.delimiter ?? ',';
  const quoted = options.quoteBothDelimiters ? ',;' : delimiter;
  return {
    delimiter,
    lineEnd: options.lineEnd ?? '\r\n',
    formulas: options.formulas ?? 'keep',
    needsQuotes: new RegExp(`["\\r\\n${quoted}]`),
  };
}

/** How the contract reads data: `,`-separated, LF, quoted when a cell holds `,` or `;`. */
export const CONTRACT_CSV = csvDialect({ lineEnd: '\n', quoteBothDelimiters: true });

/**
 * One cell in a dialect (the contract's by default): formula-like text handled by the dialect's rule, then quoted per
 * RFC 4180 (inner quotes doubled) when it needs quotes.
 * @example csvCell('Kariyer, iş ve yaşam', CONTRACT_CSV) // '"Kariyer, iş ve yaşam"'
 * @example csvCell('=1+1', csvDialect({ formulas: 'apostrophe' })) // "'=1+1"
 * @example csvCell('-1-1', csvDialect({ formulas: 'apostrophe-keep-signed' })) // '"-1-1"'
 */
export function csvCell(value: string, dialect: CsvDialect = CONTRACT_CSV): string {
  const formula = dialect.formulas !== 'keep' && startsLikeFormula(value);
  if (formula && dialect.formulas === 'apostrophe-keep-signed' && isSignedValue(value)) {
    return `"${value}"`;
  }
  const safe = formula ? `'${value}` : value;
  return dialect.needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * One record of cells already written with `csvCell` (or that never need quotes, such as
 * formatted numbers), with its line ending.
 * @example csvRecord(['a', '"b,c"'], CONTRACT_CSV) // 'a,"b,c"\n'
 */
export function csvRecord(cells: readonly string[], dialect: CsvDialect): string {
  return `${cells.join(dialect.delimiter)}${dialect.lineEnd}`;
}

/**
 * One line of text cells in a dialect (the contract's by default), with its line ending.
 * @example csvLine(['a', 'b c', '']) // 'a,b c,\n'
 */
export function csvLine(cells: readonly string[], dialect: CsvDialect = CONTRACT_CSV): string {
  return csvRecord(
    cells.map((cell) => csvCell(cell, dialect)),
    dialect,
  );
}
