import { makeProblem } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

/** A required column is not in the header. */
export function missingColumn(file: string, column: string): Problem {
  return makeProblem(
    'error',
    'missing-column',
    { file, row: 1, column },
    `The header has no ${column} column: add it (names are as in the template; case does not matter).`,
    `Başlık satırında ${column} sütunu yok: ekleyin (adlar şablondaki gibidir; büyük/küçük harf fark etmez).`,
  );
}
