import { isSignedValue, startsLikeFormula } from '../csv/formula.ts';

/**
 * A text cell made safe for spreadsheets, then quoted per RFC 4180 when it holds a comma, a
 * quote or a line break. A cell that starts like a formula (`=`, `+`, `-`, `@`, a tab, also after
 * Unicode white space: see core/csv/formula.ts) gets a leading `'`, which stops evaluation; a
 * plain signed number or a signed id (`-5`, `-1-1`) keeps its value, written as a quoted text
 * cell, so a published id still matches its source.
 * @example csvText('=1+1') // "'=1+1"
 * @example csvText('\u00A0=1+1') // "'\u00A0=1+1"
 * @example csvText('-1-1') // '"-1-1"'
 * @example csvText('a, "b"') // '"a, ""b"""'
 */
export function csvText(value: string): string {
  if (startsLikeFormula(value) && isSignedValue(value)) return `"${value}"`;
  const safe = startsLikeFormula(value) ? `'${value}` : value;
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
