import { matches } from '../../schemas/index.ts';
import { columnsOf } from '../columns-of.ts';
import { dateOrder } from '../rules/date-order.ts';
import { otherCohort, wrongRole } from '../rules/role-mismatch.ts';
import type { CrossCheck, RowContext } from './context.ts';

const C = columnsOf(matches);

function checkMember(ctx: RowContext, column: 'mentor_id' | 'mentee_id', role: 0 | 1): void {
  const participant = ctx.refs[C[column]] as number;
  const cohort = ctx.refs[C.cohort_id] as number;
  if (participant < 0) return;
  const at = { file: ctx.file, row: ctx.row, column };
  const actual = ctx.state.participantRole.get(participant);
  if (actual !== -1 && actual !== role) ctx.report(wrongRole(at, role === 0 ? 'mentor' : 'mentee'));
  else if (cohort >= 0 && ctx.state.participantCohort.get(participant) !== cohort) {
    ctx.report(otherCohort(at, 'participant'));
  }
}

/** `role-mismatch` (wrong role, or a pair across cohorts) and `date-order` (ended before matched). */
export const matchChecks: CrossCheck = (ctx) => {
  checkMember(ctx, 'mentor_id', 0);
  checkMember(ctx, 'mentee_id', 1);
  const matched = ctx.values[C.matched_on];
  const ended = ctx.values[C.ended_on];
  if (typeof matched === 'string' && typeof ended === 'string' && ended < matched) {
    ctx.report(dateOrder({ file: ctx.file, row: ctx.row, column: 'ended_on' }, 'matched_on'));
  }
  if (ctx.self >= 0) ctx.state.matchCohort.set(ctx.self, ctx.refs[C.cohort_id] as number);
};
