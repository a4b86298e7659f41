import { attendance, participants } from '../../schemas/index.ts';
import { columnsOf } from '../columns-of.ts';
import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import type { DatasetState } from '../state.ts';
import type { Rule } from './rule.ts';

const PA = columnsOf(participants);
const AT = columnsOf(attendance);

/**
 * A mentee marked `completed` who attended no session and not the kickoff (a warning): the
 * funnel counts her as completed but not as attended, so attended can fall below completed.
 */
export function completedWithoutAttendance(at: Position): Problem {
  return makeProblem(
    'warning',
    'completed-without-attendance',
    at,
    'This mentee is marked completed but has no attended session (attendance.csv) and did not attend the kickoff: check the status or the attendance records. The statistics count her as completed but not as attended.',
    'Bu menti tamamladı olarak işaretli, ancak katıldığı bir oturum (attendance.csv) yok ve açılış toplantısına da katılmamış: durumu ya da katılım kayıtlarını kontrol edin. İstatistiklerde tamamlayan olarak sayılır, katılan olarak sayılmaz.',
  );
}

/**
 * Remembers each completed mentee without the kickoff (her row) and forgets her at her first
 * attended session; `completedWithoutAttendanceProblems` reports the rest after every file.
 */
export const completedWithoutAttendanceRule: Rule = {
  name: 'completed-without-attendance',
  row: ({ table }) => {
    if (table.name === participants.name)
      return ({ values, self, row, state }) => {
        if (values[PA.role] !== 'mentee' || self < 0) return true;
        state.participantEnd = Math.max(state.participantEnd, self + 1);
        if (values[PA.status] === 'completed' && values[PA.attended_kickoff] !== true)
          state.completedUnattended.set(self, row);
        return true;
      };
    if (table.name === attendance.name)
      return ({ values, refs, state }) => {
        const participant = refs[AT.participant_id] as number;
        if (participant >= 0 && values[AT.attended] === true)
          state.completedUnattended.set(participant, -1);
        return true;
      };
    return undefined;
  },
};

/** After every file: completed mentees still without an attended session or kickoff. */
export function completedWithoutAttendanceProblems(state: DatasetState): Problem[] {
  // Without attendance.csv nothing can be said about sessions.
  if (!state.present.has(attendance.name)) return [];
  const problems: Problem[] = [];
  for (let p = 0; p < state.participantEnd; p++) {
    const row = state.completedUnattended.get(p);
    if (row > 0)
      problems.push(completedWithoutAttendance({ file: participants.file, row, column: 'status' }));
  }
  return problems;
}
