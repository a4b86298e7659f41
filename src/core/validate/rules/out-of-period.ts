import { sessions } from '../../schemas/index.ts';
import { columnsOf } from '../columns-of.ts';
import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import { at, type Rule } from './rule.ts';

const SE = columnsOf(sessions);

/** A session held outside its cohort's start and end dates (a warning). */
export function outOfPeriod(at: Position): Problem {
  return makeProblem(
    'warning',
    'out-of-period',
    at,
    `${at.column} is outside the cohort's start_date–end_date in cohorts.csv: check the date, or widen the cohort's dates.`,
    `${at.column}, cohorts.csv dosyasındaki dönemin start_date–end_date aralığının dışında: tarihi kontrol edin ya da dönemin tarihlerini genişletin.`,
  );
}

/** `out-of-period`: a session held outside its cohort's dates. */
export const outOfPeriodRule: Rule = {
  name: 'out-of-period',
  row: ({ table }) => {
    if (table.name !== sessions.name) return undefined;
    return (row) => {
      const cohort = row.refs[SE.cohort_id] as number;
      const held = row.values[SE.held_on];
      if (cohort < 0 || typeof held !== 'string') return true;
      const start = row.state.cohortStart[cohort];
      const end = row.state.cohortEnd[cohort];
      if (start === undefined || end === undefined) return true;
      if (held < start || held > end) row.report(outOfPeriod(at(row, 'held_on')));
      return true;
    };
  },
};
