/**
 * The shapes of a dataset plan (see `plan.ts`): schools, and cohorts of either format with their
 * dates, sizes, seeds and where their rows start in each file.
 */
import type { SchoolType } from './scales.ts';

export interface SchoolPlan {
  id: string;
  nameTr: string;
  nameEn: string;
  province: string;
  district: string;
  type: SchoolType;
  isPilot: boolean;
  joinedOn: number;
}

/** Where a cohort's rows start in each file's global numbering. */
export interface Offsets {
  participant: number;
  match: number;
  session: number;
  finding: number;
}

interface CohortBase {
  index: number;
  id: string;
  programmeId: string;
  /** First and last day (day numbers). */
  start: number;
  end: number;
  plannedSessions: number;
  staffTrained?: number;
  /** The export date: nothing after it has happened yet. */
  asOf: number;
  seed: number;
  offsets: Offsets;
}

export interface GroupCohortPlan extends CohortBase {
  format: 'group';
  school: number;
  mentees: number;
  /** Days of the planned weekly sessions; those up to `asOf` were held. */
  sessionDays: readonly number[];
  held: number;
  minutes: number;
}

export interface PairCohortPlan extends CohortBase {
  format: 'one_to_one';
  /** Mentors registered, and as many mentees. */
  perRole: number;
  /** Of each role, how many came to the kickoff (and were matched there). */
  matchedPerRole: number;
  kickoffSessions: number;
  checkIns: readonly { day: number; mode: 'in_person' | 'online'; minutes: number }[];
  /** Days when meetings could not happen as planned (the 6 February 2023 earthquake). */
  disruption?: { from: number; to: number };
  /** Day of the evaluation survey. */
  postSurveyOn: number;
}

export type CohortPlan = GroupCohortPlan | PairCohortPlan;

export interface DatasetPlan {
  seed: number;
  asOf: number;
  schools: readonly SchoolPlan[];
  cohorts: readonly CohortPlan[];
}
