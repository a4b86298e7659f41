import { cohorts, matches, type Table } from '../../schemas/index.ts';
import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import { at, type Rule } from './rule.ts';

/** An end date before its start (cohort end_date < start_date, match ended_on < matched_on). */
export function dateOrder(at: Position, start: string): Problem {
  return makeProblem(
    'error',
    'date-order',
    at,
    `${at.column} is before ${start}: an end cannot come before its start; check both dates.`,
    `${at.column}, ${start} tarihinden önce: bitiş başlangıçtan önce olamaz; iki tarihi de kontrol edin.`,
  );
}

/** Two date columns of a table that must come in order (column names checked by the compiler). */
function period<S extends Table['columns']>(
  table: Table<S>,
  start: keyof S & string,
  end: keyof S & string,
) {
  return { table: table as unknown as Table, start, end };
}

/** The contract's start and end dates. */
const PERIODS = [
  period(cohorts, 'start_date', 'end_date'),
  period(matches, 'matched_on', 'ended_on'),
];

/** `date-order`: an end date before its start date in the same row. */
export const dateOrderRule: Rule = {
  name: 'date-order',
  row: ({ table }) => {
    const period = PERIODS.find((p) => p.table.name === table.name);
    if (!period) return undefined;
    const start = table.columnNames.indexOf(period.start);
    const end = table.columnNames.indexOf(period.end);
    return (row) => {
      const from = row.values[start];
      const to = row.values[end];
      if (typeof from === 'string' && typeof to === 'string' && to < from)
        row.report(dateOrder(at(row, period.end), period.start));
      return true;
    };
  },
};
