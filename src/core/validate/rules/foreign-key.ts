import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

/** A reference to a row that does not exist in the referenced file. */
export function foreignKey(at: Position, targetFile: string): Problem {
  return makeProblem(
    'error',
    'foreign-key',
    at,
    `${at.column} refers to a row that is not in ${targetFile}: correct the id, or add the missing row to ${targetFile}.`,
    `${at.column}, ${targetFile} dosyasında bulunmayan bir satıra işaret ediyor: kimliği düzeltin ya da eksik satırı ${targetFile} dosyasına ekleyin.`,
  );
}
