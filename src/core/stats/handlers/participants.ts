import { columnsOf, participants as table, type Participant } from '../../schemas/index.ts';
import { ROLE_MENTEE, ROLE_MENTOR, STATUS_CODES } from '../collected.ts';
import type { TableHandler } from '../collector-state.ts';
import { find, intern, seeDate } from '../row-input.ts';

const PA = columnsOf(table);

/** participants.csv: one slot per participant (cohort, role, status, kickoff). */
export const participants: TableHandler = (s, v) => {
  intern(s, s.participantIndex, v[PA.participant_id], s.participantCohort.length);
  s.participantCohort.push(find(s, s.cohortIndex, v, PA.cohort_id));
  s.participantRole.push(v[PA.role] === 'mentee' ? ROLE_MENTEE : ROLE_MENTOR);
  s.participantStatus.push(STATUS_CODES[v[PA.status] as Participant['status']]);
  s.participantKickoff.push(v[PA.attended_kickoff] === true ? 1 : 0);
  seeDate(s, v[PA.registered_on]);
};
