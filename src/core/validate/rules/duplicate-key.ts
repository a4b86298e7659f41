import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

/** A primary key already used by an earlier row of the same file. */
export function duplicateKey(at: Position, key: readonly string[]): Problem {
  const columns = key.join(' + ');
  return makeProblem(
    'error',
    'duplicate-key',
    at,
    `An earlier row already has the same ${columns}: each row needs its own; remove the repeated row or correct it.`,
    `Daha önceki bir satırda aynı ${columns} zaten var: her satırın kendine ait bir değeri olmalı; tekrar eden satırı silin ya da düzeltin.`,
  );
}
