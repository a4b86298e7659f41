import { makeProblem, type Position } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

/** A session held outside its cohort's start and end dates (a warning). */
export function outOfPeriod(at: Position): Problem {
  return makeProblem(
    'warning',
    'out-of-period',
    at,
    `${at.column} is outside the cohort's start_date–end_date in cohorts.csv: check the date, or widen the cohort's dates.`,
    `${at.column}, cohorts.csv dosyasındaki dönemin start_date–end_date aralığının dışında: tarihi kontrol edin ya da dönemin tarihlerini genişletin.`,
  );
}
