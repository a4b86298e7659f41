import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * Whether a text cell would run as a formula when opened in a spreadsheet: it starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return. A plain signed number (`-5`, `+3,5`) is
 * data, not a formula, so it passes. Whitespace before the sign counts: spreadsheets trim it.
 * @example isFormulaLike('=HYPERLINK("…")') // true
 */
export function isFormulaLike(cell: string): boolean {
  const first = cell.charCodeAt(0);
  // Quick exit: most cells start with a letter or digit.
  if (first > 64 || (first >= 48 && first <= 57)) return false;
  if (first === 9 || first === 13) return true;
  const text = cell.trimStart();
  const c = text[0];
  if (c !== '=' && c !== '+' && c !== '-' && c !== '@') return false;
  return !PLAIN_NUMBER.test(text.trimEnd());
}

/** A text cell that a spreadsheet would run as a formula. */
export function formulaInjection(at: Position): Problem {
  return makeProblem(
    'error',
    'formula-injection',
    at,
    'This cell starts with =, +, -, @ or a tab, so a spreadsheet would run it as a formula: remove that first character or rephrase.',
    'Bu hücre =, +, -, @ ya da sekme karakteriyle başlıyor; bir hesap tablosu onu formül olarak çalıştırır: ilk karakteri kaldırın ya da yeniden yazın.',
  );
}
