import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

// The predicate lives with the CSV writer, which neutralises what this rule reports.
export { isFormulaLike } from '../../csv/formula.ts';

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
