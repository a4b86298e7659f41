import { columnsOf, matches as table } from '../../schemas/index.ts';
import { MATCHED } from '../collected.ts';
import type { TableHandler } from '../collector-state.ts';
import { monthIndex } from '../months.ts';
import { find, intern, seeDate } from '../row-input.ts';

const MA = columnsOf(table);

/** matches.csv: one slot per match (cohort, month matched); flags the mentee as matched. */
export const matches: TableHandler = (s, v) => {
  intern(s, s.matchIndex, v[MA.match_id], s.matchCohort.length);
  s.matchCohort.push(find(s, s.cohortIndex, v, MA.cohort_id));
  s.matchMonth.push(monthIndex(v[MA.matched_on] as string));
  const mentee = find(s, s.participantIndex, v, MA.mentee_id);
  if (mentee >= 0) s.participantFlags[mentee]! |= MATCHED;
  seeDate(s, v[MA.matched_on]);
  seeDate(s, v[MA.ended_on]);
};
