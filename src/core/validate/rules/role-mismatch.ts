import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

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
