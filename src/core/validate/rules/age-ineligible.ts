import { AGE_BANDS, participants } from '../../schemas/index.ts';
import { columnsOf } from '../columns-of.ts';
import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import { at, type Rule } from './rule.ts';

const PA = columnsOf(participants);

/** A mentee whose age band is not among the programme's eligible ones (a warning). */
export function ageIneligible(at: Position, eligible: readonly string[]): Problem {
  const bands = eligible.join(', ');
  return makeProblem(
    'warning',
    'age-ineligible',
    at,
    `This mentee's age band is not one the programme accepts (${bands}, from eligible_mentee_age_bands in programmes.csv): check the age band or the cohort.`,
    `Bu mentinin yaş aralığı programın kabul ettikleri arasında değil (${bands}; programmes.csv içindeki eligible_mentee_age_bands): yaş aralığını ya da dönemi kontrol edin.`,
  );
}

function bandsOf(mask: number): string[] {
  return AGE_BANDS.filter((_, i) => mask & (1 << i));
}

/** `age-ineligible`: a mentee outside her cohort's programme's eligible age bands. */
export const ageIneligibleRule: Rule = {
  name: 'age-ineligible',
  row: ({ table }) => {
    if (table.name !== participants.name) return undefined;
    return (row) => {
      const { values, refs, state } = row;
      const cohort = refs[PA.cohort_id] as number;
      if (values[PA.role] !== 'mentee' || cohort < 0) return true;
      const mask = state.programmeAgeMask.get(state.cohortProgramme.get(cohort));
      const band = values[PA.age_band];
      if (mask === -1 || typeof band !== 'string') return true;
      const bit = 1 << AGE_BANDS.indexOf(band as (typeof AGE_BANDS)[number]);
      if (!(mask & bit)) row.report(ageIneligible(at(row, 'age_band'), bandsOf(mask)));
      return true;
    };
  },
};
