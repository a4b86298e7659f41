/**
 * Formula screening, shared by the validator (a cell that would run is an error) and the download
 * writer (a cell that would run is neutralised), so the two can never disagree.
 *
 * A spreadsheet runs a cell as a formula when it starts with `=`, `+`, `-` or `@` (OWASP's list),
 * and trims leading white space first: Unicode's (no-break space U+00A0, U+2000–U+200A, U+3000,
 * the BOM U+FEFF…) as well as the invisible zero-width characters. A leading tab or carriage
 * return is screened as such.
 */

/** Leading characters a spreadsheet skips: JavaScript's white space (`\s`, which includes
 * U+00A0, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000 and U+FEFF) plus the
 * zero-width space, joiners, word joiner and Mongolian vowel separator. */
const LEADING_BLANK = /^[\s\u200B-\u200D\u2060\u180E]+/u;

const FORMULA_SIGNS = new Set(['=', '+', '-', '@']);

/** A plain signed number, as people write them: `-5`, `+3,5`, `-1.25`. */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/** A contract id that starts with a sign (ids are `A-Z a-z 0-9 _ -`): `-1-1`, `-abc`. */
const SIGNED_ID = /^-[A-Za-z0-9_-]{1,39}$/;

/**
 * Whether a spreadsheet would read the cell as a formula: its first character after leading
 * white space is `=`, `+`, `-` or `@`, or it starts with a tab or a carriage return.
 * @example startsLikeFormula('\u00A0=HYPERLINK("…")') // true
 * @example startsLikeFormula('Kariyer') // false
 */
export function startsLikeFormula(cell: string): boolean {
  const first = cell.charCodeAt(0);
  // Quick exit: most cells start with an ASCII letter or digit.
  if ((first >= 48 && first <= 57) || (first >= 65 && first <= 126)) return false;
  if (first === 9 || first === 13) return true;
  const text = cell.replace(LEADING_BLANK, '');
  return FORMULA_SIGNS.has(text[0] ?? '');
}

/**
 * Whether a cell that starts like a formula is only a number or an id: a plain signed number
 * (`-5`, `+3,5`) or a signed contract id (`-1-1`), written with nothing before the sign. Such a
 * cell is data: the validator accepts it and downloads keep its value (quoted as text).
 * @example isSignedValue('-1-1') // true
 * @example isSignedValue('-1+cmd') // false
 */
export function isSignedValue(cell: string): boolean {
  return PLAIN_NUMBER.test(cell) || SIGNED_ID.test(cell);
}

/**
 * Whether a text cell would run as a formula: it starts like one and is not a plain signed
 * number. Surrounding white space is ignored for the number check (`" -5 "` is a number).
 * @example isFormulaLike('\u3000@SUM(A1)') // true
 * @example isFormulaLike('-5') // false
 */
export function isFormulaLike(cell: string): boolean {
  if (!startsLikeFormula(cell)) return false;
  return !PLAIN_NUMBER.test(cell.replace(LEADING_BLANK, '').trimEnd());
}
