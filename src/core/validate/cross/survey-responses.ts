import { surveyResponses, WAVES } from '../../schemas/index.ts';
import { columnsOf } from '../columns-of.ts';
import { duplicateKey } from '../rules/duplicate-key.ts';
import { otherQuestionnaire } from '../rules/role-mismatch.ts';
import { outsideScale } from '../rules/survey-scale.ts';
import type { CrossCheck } from './context.ts';

const C = columnsOf(surveyResponses);

/**
 * `duplicate-key` on (participant, wave, item), `range-error` outside the item's scale, and
 * `role-mismatch` for an item that the participant's programme does not ask.
 */
export const surveyResponseChecks: CrossCheck = ({ file, row, values, refs, state, report }) => {
  const participant = refs[C.participant_id] as number;
  const item = refs[C.item_id] as number;
  const wave = WAVES.indexOf(values[C.wave] as (typeof WAVES)[number]);
  if (item >= 0) {
    const value = values[C.value];
    const min = state.itemMin[item];
    const max = state.itemMax[item];
    if (
      typeof value === 'number' &&
      min !== undefined &&
      max !== undefined &&
      (value < min || value > max)
    ) {
      report(outsideScale({ file, row, column: 'value' }, min, max));
    }
  }
  if (participant < 0 || item < 0 || wave < 0 || !state.responseKeys) return;
  const items = state.ids.get('survey_items')?.size ?? 0;
  if (!state.responseKeys.add((participant * WAVES.length + wave) * items + item)) {
    report(duplicateKey({ file, row, column: 'item_id' }, surveyResponses.primaryKey));
    return;
  }
  const asked = state.itemProgrammes[item];
  const programme = state.participantProgramme.get(participant);
  // An unknown programme (a cohort or programme error reported before) is not checked again.
  if (asked && programme >= 0 && !asked.includes(programme)) {
    report(otherQuestionnaire({ file, row, column: 'item_id' }));
  }
};
