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

/**
 * An answer to an item that the respondent's programme does not ask (survey_items.csv
 * programme_id). `role-mismatch`, not `foreign-key`: the item exists, but belongs to another
 * programme's questionnaire, as an attendance row can name a participant of another cohort.
 */
export function otherQuestionnaire(at: Position): Problem {
  return makeProblem(
    'error',
    'role-mismatch',
    at,
    `${at.column} refers to an item of another programme's questionnaire: its programme_id in survey_items.csv does not list this participant's programme. Add the programme to the item's programme_id, or remove this answer.`,
    `${at.column}, başka bir programın anketine ait bir maddeye işaret ediyor: survey_items.csv dosyasında maddenin programme_id sütunu bu katılımcının programını içermiyor. Programı maddenin programme_id sütununa ekleyin ya da bu yanıtı silin.`,
  );
}
