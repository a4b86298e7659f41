import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import { at, type Rule } from './rule.ts';

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

/**
 * `duplicate-key` on a single-column primary key: interns the row's id (`self`, which the later
 * rules and the sink use) or reports that an earlier row has it.
 */
export const duplicateKeyRule: Rule = {
  name: 'duplicate-key',
  row: ({ table, ownIds }) => {
    const [name, ...rest] = table.primaryKey;
    if (!ownIds || name === undefined || rest.length > 0) return undefined;
    const index = table.columnNames.indexOf(name);
    return (row) => {
      const key = row.values[index];
      if (typeof key !== 'string') return true;
      row.self = ownIds.add(key);
      if (row.self < 0) row.report(duplicateKey(at(row, name), table.primaryKey));
      return true;
    };
  },
};
