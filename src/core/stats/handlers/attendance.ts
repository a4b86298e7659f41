import { attendance as table, columnsOf } from '../../schemas/index.ts';
import { ATTENDED, HAS_ATTENDANCE_ROW, ROLE_MENTEE } from '../collected.ts';
import type { TableHandler } from '../collector-state.ts';
import { find } from '../row-input.ts';

const AT = columnsOf(table);

/** attendance.csv (mentees only): flags, and rows per cohort and per session for retention. */
export const attendance: TableHandler = (s, v) => {
  const session = find(s, s.sessionIndex, v, AT.session_id);
  const person = find(s, s.participantIndex, v, AT.participant_id);
  if (person < 0 || s.roleOf[person] !== ROLE_MENTEE) return;
  const attended = v[AT.attended] === true;
  s.participantFlags[person]! |= HAS_ATTENDANCE_ROW | (attended ? ATTENDED : 0);
  const cohort = s.cohortOfParticipant[person] as number;
  if (cohort >= 0) {
    s.cohortAttendanceRows[cohort]!++;
    if (attended) s.cohortAttendanceTrue[cohort]!++;
  }
  // Retention counts the cohort's own mentees only.
  if (session >= 0 && s.cohortOfSession[session] === cohort) {
    s.sessionEnrolled[session]!++;
    if (attended) s.sessionAttended[session]!++;
  }
};
