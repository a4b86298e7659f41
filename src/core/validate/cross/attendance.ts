import { attendance } from '../../schemas/index.ts';
import { columnsOf } from '../columns-of.ts';
import { duplicateKey } from '../rules/duplicate-key.ts';
import { otherCohort } from '../rules/role-mismatch.ts';
import type { CrossCheck } from './context.ts';

const C = columnsOf(attendance);

/** `duplicate-key` on (session, participant) and a participant outside the session's cohort. */
export const attendanceChecks: CrossCheck = ({ file, row, values, refs, state, report }) => {
  const session = refs[C.session_id] as number;
  const participant = refs[C.participant_id] as number;
  if (participant >= 0 && values[C.attended] === true)
    state.completedUnattended.set(participant, -1);
  if (session < 0 || participant < 0) return;
  const participants = state.ids.get('participants')?.size ?? 0;
  if (state.attendanceKeys && !state.attendanceKeys.add(session * participants + participant)) {
    report(duplicateKey({ file, row, column: 'participant_id' }, attendance.primaryKey));
    return;
  }
  const cohort = state.sessionCohort.get(session);
  if (cohort >= 0 && state.participantCohort.get(participant) !== cohort) {
    report(otherCohort({ file, row, column: 'participant_id' }, 'participant'));
  }
};
