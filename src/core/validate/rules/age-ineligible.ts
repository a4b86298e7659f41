import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

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
