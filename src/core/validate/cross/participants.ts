import { AGE_BANDS, participants } from '../../schemas/index.ts';
import type { TableRows } from '../sink.ts';
import { columnsOf } from '../columns-of.ts';
import { ageIneligible } from '../rules/age-ineligible.ts';
import type { CrossCheck } from './context.ts';

const C = columnsOf(participants);

function bandsOf(mask: number): string[] {
  return AGE_BANDS.filter((_, i) => mask & (1 << i));
}

/**
 * `age-ineligible` (a mentee outside the programme's age bands); remembers cohort, programme and
 * role, and completed mentees without the kickoff (for `completed-without-attendance`).
 */
export const participantChecks: CrossCheck = ({ file, row, values, refs, self, state, report }) => {
  const cohort = refs[C.cohort_id] as number;
  const role = values[C.role] as TableRows['participants']['role'] | object;
  if (self >= 0) {
    state.participantCohort.set(self, cohort);
    state.participantProgramme.set(self, state.cohortProgramme.get(cohort));
    if (role === 'mentor' || role === 'mentee')
      state.participantRole.set(self, role === 'mentor' ? 0 : 1);
  }
  if (role === 'mentee' && self >= 0) {
    state.participantEnd = Math.max(state.participantEnd, self + 1);
    if (values[C.status] === 'completed' && values[C.attended_kickoff] !== true) {
      state.completedUnattended.set(self, row);
    }
  }
  if (role !== 'mentee' || cohort < 0) return;
  const mask = state.programmeAgeMask.get(state.cohortProgramme.get(cohort));
  const band = values[C.age_band];
  if (mask === -1 || typeof band !== 'string') return;
  const bit = 1 << AGE_BANDS.indexOf(band as (typeof AGE_BANDS)[number]);
  if (!(mask & bit)) report(ageIneligible({ file, row, column: 'age_band' }, bandsOf(mask)));
};
