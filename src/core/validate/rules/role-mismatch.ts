import { attendance, matches, sessions } from '../../schemas/index.ts';
import { columnsOf } from '../columns-of.ts';
import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import { at, type RowContext, type RowStep, type Rule } from './rule.ts';

const MA = columnsOf(matches);
const SE = columnsOf(sessions);
const AT = columnsOf(attendance);

/** A match's mentor_id names a mentee, or its mentee_id a mentor. */
export function wrongRole(at: Position, expected: 'mentor' | 'mentee'): Problem {
  const tr = expected === 'mentor' ? 'mentor' : 'menti';
  return makeProblem(
    'error',
    'role-mismatch',
    at,
    `${at.column} must be a participant with role ${expected}, but participants.csv gives another role: swap the ids or correct the role.`,
    `${at.column} rolü ${tr} olan bir katılımcı olmalı, ancak participants.csv başka bir rol gösteriyor: iki kimliğin yerini değiştirin ya da rolü düzeltin.`,
  );
}

/** A row links a participant or match of one cohort to another cohort. */
export function otherCohort(at: Position, what: 'participant' | 'match'): Problem {
  return what === 'participant'
    ? makeProblem(
        'error',
        'role-mismatch',
        at,
        `${at.column} is a participant of another cohort: both must belong to this row's cohort.`,
        `${at.column} başka bir dönemin katılımcısı: ikisi de bu satırın dönemine ait olmalı.`,
      )
    : makeProblem(
        'error',
        'role-mismatch',
        at,
        `${at.column} is a match of another cohort: a pair's session must be in the pair's cohort.`,
        `${at.column} başka bir dönemin eşleşmesi: bir eşleşmenin oturumu o eşleşmenin döneminde olmalı.`,
      );
}

/** A match's member: a participant of the given role and of the match's cohort. */
function checkMember(row: RowContext, column: 'mentor_id' | 'mentee_id', role: 0 | 1): void {
  const participant = row.refs[MA[column]] as number;
  const cohort = row.refs[MA.cohort_id] as number;
  if (participant < 0) return;
  const actual = row.state.participantRole.get(participant);
  if (actual !== -1 && actual !== role)
    row.report(wrongRole(at(row, column), role === 0 ? 'mentor' : 'mentee'));
  else if (cohort >= 0 && row.state.participantCohort.get(participant) !== cohort)
    row.report(otherCohort(at(row, column), 'participant'));
}

const STEPS: Record<string, RowStep> = {
  [matches.name]: (row) => {
    checkMember(row, 'mentor_id', 0);
    checkMember(row, 'mentee_id', 1);
    return true;
  },
  // A pair's session in another cohort.
  [sessions.name]: (row) => {
    const cohort = row.refs[SE.cohort_id] as number;
    const match = row.refs[SE.match_id] as number;
    if (cohort < 0 || match < 0) return true;
    const of = row.state.matchCohort.get(match);
    if (of !== -1 && of !== cohort) row.report(otherCohort(at(row, 'match_id'), 'match'));
    return true;
  },
  // A participant outside the session's cohort.
  [attendance.name]: (row) => {
    const session = row.refs[AT.session_id] as number;
    const participant = row.refs[AT.participant_id] as number;
    if (session < 0 || participant < 0) return true;
    const cohort = row.state.sessionCohort.get(session);
    if (cohort >= 0 && row.state.participantCohort.get(participant) !== cohort)
      row.report(otherCohort(at(row, 'participant_id'), 'participant'));
    return true;
  },
};

/** `role-mismatch` in matches (a member's role or cohort), sessions and attendance (cohorts). */
export const roleMismatchRule: Rule = {
  name: 'role-mismatch',
  row: ({ table }) => STEPS[table.name],
};
