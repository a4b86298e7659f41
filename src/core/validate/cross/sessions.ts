import { sessions } from '../../schemas/index.ts';
import { columnsOf } from '../columns-of.ts';
import { outOfPeriod } from '../rules/out-of-period.ts';
import { otherCohort } from '../rules/role-mismatch.ts';
import type { CrossCheck } from './context.ts';

const C = columnsOf(sessions);

/** `out-of-period` (held outside the cohort's dates), a pair's session in another cohort. */
export const sessionChecks: CrossCheck = ({ file, row, values, refs, self, state, report }) => {
  const cohort = refs[C.cohort_id] as number;
  const match = refs[C.match_id] as number;
  if (self >= 0) state.sessionCohort.set(self, cohort);
  if (cohort < 0) return;
  if (
    match >= 0 &&
    state.matchCohort.get(match) !== -1 &&
    state.matchCohort.get(match) !== cohort
  ) {
    report(otherCohort({ file, row, column: 'match_id' }, 'match'));
  }
  const held = values[C.held_on];
  const start = state.cohortStart[cohort];
  const end = state.cohortEnd[cohort];
  if (typeof held !== 'string' || start === undefined || end === undefined) return;
  if (held < start || held > end) report(outOfPeriod({ file, row, column: 'held_on' }));
};
