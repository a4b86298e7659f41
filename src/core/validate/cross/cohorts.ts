import { cohorts } from '../../schemas/index.ts';
import { columnsOf } from '../columns-of.ts';
import { dateOrder } from '../rules/date-order.ts';
import type { CrossCheck } from './context.ts';

const C = columnsOf(cohorts);

/** `date-order` (end before start); remembers each cohort's programme and dates. */
export const cohortChecks: CrossCheck = ({ file, row, values, refs, self, state, report }) => {
  const start = values[C.start_date];
  const end = values[C.end_date];
  const dated = typeof start === 'string' && typeof end === 'string';
  if (dated && end < start) report(dateOrder({ file, row, column: 'end_date' }, 'start_date'));
  if (self < 0) return;
  state.cohortProgramme.set(self, refs[C.programme_id] as number);
  if (dated) {
    state.cohortStart[self] = start;
    state.cohortEnd[self] = end;
  }
};
