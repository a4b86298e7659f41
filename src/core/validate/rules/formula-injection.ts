import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import { at, type RowContext, type Rule } from './rule.ts';

// The predicate lives with the CSV writer, which neutralises what this rule reports.
import { isFormulaLike } from '../../csv/formula.ts';
export { isFormulaLike };

/** A text cell that a spreadsheet would run as a formula. */
export function formulaInjection(at: Position): Problem {
  return makeProblem(
    'error',
    'formula-injection',
    at,
    'This cell starts with =, +, -, @ or a tab (even after spaces), so a spreadsheet would run it as a formula: remove that character or rephrase.',
    'Bu hücre =, +, -, @ ya da sekme karakteriyle başlıyor (önünde boşluk olsa bile); bir hesap tablosu onu formül olarak çalıştırır: bu karakteri kaldırın ya da yeniden yazın.',
  );
}

/**
 * `formula-injection` in text columns and in columns the contract lacks (blank cells aside). The
 * raw cell is tested: leading white space does not hide a formula from a spreadsheet.
 */
export const formulaRule: Rule = {
  name: 'formula-injection',
  cell: ({ name, index, meta }) => {
    if (meta && meta.kind !== 'text') return undefined;
    const flag = (row: RowContext): boolean => {
      row.report(formulaInjection(at(row, name)));
      return false;
    };
    if (!meta) return (raw, row) => !isFormulaLike(raw) || flag(row);
    return (raw, row) => typeof row.values[index] !== 'string' || !isFormulaLike(raw) || flag(row);
  },
};
