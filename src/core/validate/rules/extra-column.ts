import { makeProblem } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

/** A header names a column the contract does not have: it is ignored. */
export function extraColumn(file: string, column: string): Problem {
  return makeProblem(
    'warning',
    'extra-column',
    { file, row: 1, column },
    'This column is not part of the data contract and is ignored: check its spelling, or remove it.',
    'Bu sütun veri sözleşmesinde yok ve dikkate alınmıyor: adını kontrol edin ya da sütunu kaldırın.',
  );
}

/** A column appears twice in the header: only the first one is read. */
export function duplicateColumn(file: string, column: string): Problem {
  return makeProblem(
    'warning',
    'extra-column',
    { file, row: 1, column },
    'This column appears twice in the header; only the first is read: remove the copy.',
    'Bu sütun başlıkta iki kez var; yalnızca ilki okunuyor: kopyayı kaldırın.',
  );
}
