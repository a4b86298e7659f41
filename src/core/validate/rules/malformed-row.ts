import { makeProblem } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

/** A row with a different number of fields than the header. */
export function wrongFieldCount(
  file: string,
  row: number,
  fields: number,
  expected: number,
): Problem {
  return makeProblem(
    'error',
    'malformed-row',
    { file, row, column: null },
    `This row has ${fields} fields but the header has ${expected}: look for a stray delimiter or a missing quote.`,
    `Bu satırda ${fields} alan var, başlıkta ${expected}: fazladan bir ayırıcı ya da eksik bir tırnak işareti arayın.`,
  );
}

/** A row with broken quoting; when unterminated, the rest of the file could not be read. */
export function brokenQuotes(file: string, row: number, unterminated: boolean): Problem {
  return unterminated
    ? makeProblem(
        'error',
        'malformed-row',
        { file, row, column: null },
        'A quoted field starting in this row is never closed, so the rest of the file could not be read: close the quote (") or remove it.',
        'Bu satırda açılan bir tırnak (") hiç kapanmıyor, bu yüzden dosyanın geri kalanı okunamadı: tırnağı kapatın ya da kaldırın.',
      )
    : makeProblem(
        'error',
        'malformed-row',
        { file, row, column: null },
        'A quote (") in this row is misplaced: a quoted field must end with " followed by the delimiter or the end of the line; write a quote inside a field as "".',
        'Bu satırdaki bir tırnak (") yanlış yerde: tırnaklı bir alan " ve ardından ayırıcı ya da satır sonuyla bitmeli; alan içindeki tırnağı "" olarak yazın.',
      );
}

/** Whether every field of a record is blank (the row is skipped, as a blank line is). */
export function isBlankRecord(record: readonly string[]): boolean {
  for (let i = 0; i < record.length; i++) {
    const field = record[i] as string;
    // A field starting with a printable ASCII character is not blank (no `trim` needed).
    const first = field.length > 0 ? field.charCodeAt(0) : 0;
    if ((first > 32 && first < 127) || field.trim() !== '') return false;
  }
  return true;
}

/**
 * Whether a record has another number of fields than the header (`wrongFieldCount`). Extra
 * trailing blank fields are not a problem: spreadsheets write them after a stray delimiter.
 */
export function hasWrongFieldCount(record: readonly string[], width: number): boolean {
  if (record.length === width) return false;
  return record.length < width || !isBlankRecord(record.slice(width));
}
