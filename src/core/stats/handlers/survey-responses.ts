import { columnsOf, surveyResponses as table } from '../../schemas/index.ts';
import { WAVE_POST, WAVE_PRE } from '../collected.ts';
import type { TableHandler } from '../collector-state.ts';
import { find, seeDate } from '../row-input.ts';

const SR = columnsOf(table);

/**
 * survey_responses.csv: Σ (reverse-coded) answers and answered items per participant, construct
 * and wave (pre/post). The parallel pass runs this in a worker (see `survey-protocol.ts`).
 */
export const surveyResponses: TableHandler = (s, v) => {
  seeDate(s, v[SR.answered_on]);
  // Only pre and post enter the paired comparison; blanks are skipped items.
  const wave = v[SR.wave];
  const answer = v[SR.value];
  if (wave === 'mid' || typeof answer !== 'number') return;
  const item = find(s, s.itemIndex, v, SR.item_id);
  const person = find(s, s.participantIndex, v, SR.participant_id);
  if (item < 0 || person < 0) return;
  const min = s.itemMin[item] as number;
  const max = s.itemMax[item] as number;
  if (answer < min || answer > max) return;
  const value = s.itemReverse[item] ? min + max - answer : answer;
  const slot =
    (person * s.constructs.length + (s.itemConstruct[item] as number)) * 2 +
    (wave === 'pre' ? WAVE_PRE : WAVE_POST);
  s.scoreSums[slot]! += value;
  s.scoreCounts[slot]!++;
};
