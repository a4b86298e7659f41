import { columnsOf, sessions as table, type Session } from '../../schemas/index.ts';
import { SESSION_KIND_CODES } from '../collected.ts';
import type { TableHandler } from '../collector-state.ts';
import { find, intern, seeDate } from '../row-input.ts';

const SE = columnsOf(table);

/** sessions.csv: one slot per session; counts sessions and minutes per cohort, meetings per match. */
export const sessions: TableHandler = (s, v) => {
  const cohort = find(s, s.cohortIndex, v, SE.cohort_id);
  const id = v[SE.session_id] as string;
  intern(s, s.sessionIndex, id, s.sessionCohort.length);
  s.sessionIds.push(id);
  s.sessionCohort.push(cohort);
  s.sessionKind.push(SESSION_KIND_CODES[v[SE.kind] as Session['kind']]);
  s.sessionDay.push(Number((v[SE.held_on] as string).replaceAll('-', '')));
  if (cohort >= 0) {
    s.cohortSessions[cohort]!++;
    s.cohortMinutes[cohort]! += v[SE.duration_minutes] as number;
  }
  const match = find(s, s.matchIndex, v, SE.match_id);
  if (match >= 0) s.matchMeetings[match]!++;
  seeDate(s, v[SE.held_on]);
};
