import {
  AGE_BANDS,
  cohorts,
  matches,
  participants,
  programmes,
  sessions,
  surveyItems,
} from '../schemas/index.ts';
import { columnsOf } from './columns-of.ts';
import type { RowContext, Rule } from './rules/rule.ts';
import type { DatasetState } from './state.ts';

const PR = columnsOf(programmes);
const CO = columnsOf(cohorts);
const PA = columnsOf(participants);
const MA = columnsOf(matches);
const SE = columnsOf(sessions);
const SI = columnsOf(surveyItems);

/**
 * The programme indexes of a programme_id cell; `undefined` for a blank cell (every programme)
 * and for one that names an unknown programme: that is a foreign-key error already, and
 * checking answers against a half-known list would bury it under consequences.
 */
function programmesOf(cell: unknown, state: DatasetState): readonly number[] | undefined {
  if (!Array.isArray(cell)) return undefined;
  const index = state.ids.get(programmes.name);
  if (!index) return undefined;
  const found = (cell as string[]).map((code) => index.get(code));
  return found.includes(-1) ? undefined : found;
}

type Memo = (row: RowContext) => void;

/** What each table's rows leave for the rules of later files, by interned row index. */
const MEMOS: readonly [string, Memo][] = [
  [
    programmes.name,
    ({ values, self, state }) => {
      const bands = values[PR.eligible_mentee_age_bands];
      if (self < 0 || !Array.isArray(bands)) return;
      let mask = 0;
      for (const band of bands) mask |= 1 << AGE_BANDS.indexOf(band as (typeof AGE_BANDS)[number]);
      state.programmeAgeMask.set(self, mask);
    },
  ],
  [
    cohorts.name,
    ({ values, refs, self, state }) => {
      if (self < 0) return;
      state.cohortProgramme.set(self, refs[CO.programme_id] as number);
      const start = values[CO.start_date];
      const end = values[CO.end_date];
      if (typeof start !== 'string' || typeof end !== 'string') return;
      state.cohortStart[self] = start;
      state.cohortEnd[self] = end;
    },
  ],
  [
    participants.name,
    ({ values, refs, self, state }) => {
      if (self < 0) return;
      const cohort = refs[PA.cohort_id] as number;
      const role = values[PA.role];
      state.participantCohort.set(self, cohort);
      state.participantProgramme.set(self, state.cohortProgramme.get(cohort));
      if (role === 'mentor' || role === 'mentee')
        state.participantRole.set(self, role === 'mentor' ? 0 : 1);
    },
  ],
  [
    matches.name,
    ({ refs, self, state }) => {
      if (self >= 0) state.matchCohort.set(self, refs[MA.cohort_id] as number);
    },
  ],
  [
    sessions.name,
    ({ refs, self, state }) => {
      if (self >= 0) state.sessionCohort.set(self, refs[SE.cohort_id] as number);
    },
  ],
  [
    surveyItems.name,
    ({ values, self, state }) => {
      if (self >= 0) state.itemProgrammes[self] = programmesOf(values[SI.programme_id], state);
    },
  ],
];

/**
 * Not a check: records, after a row's key is interned, the few attributes later files are
 * checked against (a cohort's programme and dates, a participant's cohort and role …) in the
 * typed columns of `DatasetState`. Listed among the rules so that it runs in its place.
 */
export const rememberRule: Rule = {
  name: 'remember',
  row: ({ table }) => {
    const memo = MEMOS.find(([name]) => name === table.name)?.[1];
    if (!memo) return undefined;
    return (row) => {
      memo(row);
      return true;
    };
  },
};
