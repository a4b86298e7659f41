import type { Problem } from '../problem.ts';
import { completedWithoutAttendance } from '../rules/completed-without-attendance.ts';
import type { DatasetState } from '../state.ts';

/** After every file: completed mentees still without an attended session or kickoff. */
export function completedWithoutAttendanceProblems(state: DatasetState): Problem[] {
  // Without attendance.csv nothing can be said about sessions.
  if (!state.present.has('attendance')) return [];
  const problems: Problem[] = [];
  for (let p = 0; p < state.participantEnd; p++) {
    const row = state.completedUnattended.get(p);
    if (row > 0) {
      problems.push(
        completedWithoutAttendance({ file: 'participants.csv', row, column: 'status' }),
      );
    }
  }
  return problems;
}
