import { surveyResponses } from '../../schemas/index.ts';
import { columnsOf } from '../columns-of.ts';
import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import { at, type Rule } from './rule.ts';

const SR = columnsOf(surveyResponses);

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

/**
 * `role-mismatch` for an answer to an item the participant's programme does not ask. An unknown
 * programme (a cohort or programme error reported before) is not checked again.
 */
export const otherQuestionnaireRule: Rule = {
  name: 'other-questionnaire',
  row: ({ table }) => {
    if (table.name !== surveyResponses.name) return undefined;
    return (row) => {
      const participant = row.refs[SR.participant_id] as number;
      const item = row.refs[SR.item_id] as number;
      if (participant < 0 || item < 0) return true;
      const asked = row.state.itemProgrammes[item];
      const programme = row.state.participantProgramme.get(participant);
      if (asked && programme >= 0 && !asked.includes(programme))
        row.report(otherQuestionnaire(at(row, 'item_id')));
      return true;
    };
  },
};
