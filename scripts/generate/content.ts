import { groupCohortContent } from './group-cohort.ts';
import type { CohortContent } from './model.ts';
import { pairCohortContent } from './pair-cohort.ts';
import type { CohortPlan } from './plan-types.ts';

/** The rows of any cohort, whatever its format. */
export function cohortContent(cohort: CohortPlan): CohortContent {
  return cohort.format === 'group' ? groupCohortContent(cohort) : pairCohortContent(cohort);
}
