/**
 * The dataset plan: schools and cohorts with their sizes, dates and id offsets. It is small
 * (one object per cohort), so it is built in memory; each cohort's rows are then derived on
 * demand from the cohort's own seed, which lets every CSV file stream independently.
 */
import { dayOf, isoOf } from './days.ts';
import { pairCohortContent } from './pair-cohort.ts';
import { planGroupCohorts, planPairCohorts } from './plan-cohorts.ts';
import { planSchools } from './plan-schools.ts';
import type {
  CohortPlan,
  DatasetPlan,
  GroupCohortPlan,
  Offsets,
  PairCohortPlan,
  SchoolPlan,
} from './plan-types.ts';
import { mixSeed } from './random.ts';
import type { ScaleConfig } from './scales.ts';

/**
 * Plans a dataset: schools, and cohorts sorted by start date with their id offsets.
 * @example planDataset(SCALES.small, 2023).cohorts.length // 15
 */
export function planDataset(config: ScaleConfig, seed: number): DatasetPlan {
  const asOf = dayOf(config.asOf);
  const schools = planSchools(config, seed);
  const drafts = [
    ...planPairCohorts(config, seed, asOf),
    ...planGroupCohorts(config, seed, schools.length, asOf),
  ].sort((a, b) => a.start - b.start);

  const offsets: Offsets = { participant: 0, match: 0, session: 0, finding: 0 };
  const perYear = new Map<string, number>();
  let groups = 0;
  const cohorts = drafts.map((draft, index): CohortPlan => {
    const cohortSeed = mixSeed(seed, index, 0xc0);
    if (draft.format === 'group') {
      const school = schools[draft.school] as SchoolPlan;
      school.joinedOn = Math.min(school.joinedOn, draft.start - 14 - (cohortSeed % 45));
      const cohort: GroupCohortPlan = {
        ...draft,
        index,
        id: `hs-${String(++groups).padStart(5, '0')}`,
        seed: cohortSeed,
        offsets: { ...offsets },
      };
      offsets.participant += 1 + draft.mentees;
      offsets.match += draft.mentees;
      offsets.session += draft.held;
      return cohort;
    }
    const year = isoOf(draft.start).slice(0, 4);
    const nth = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, nth);
    const cohort: PairCohortPlan = {
      ...draft,
      index,
      id: `ses-${year}-${String(nth).padStart(2, '0')}`,
      seed: cohortSeed,
      offsets: { ...offsets },
    };
    const content = pairCohortContent(cohort);
    offsets.participant += content.people.length;
    offsets.match += content.matches.length;
    offsets.session += content.sessions.length;
    offsets.finding += content.findings.length;
    return cohort;
  });
  return { seed, asOf, schools, cohorts };
}
