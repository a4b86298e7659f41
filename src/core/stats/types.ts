/**
 * Raw (not yet disclosure-controlled) statistics. Internal only: publish them through
 * `publishStats` in src/core/disclosure, never directly.
 */
import type { PairedChange } from './paired-change.ts';

export interface Reach {
  /** Match rows. */
  relationships: number;
  /** Participant rows with role `mentee`. */
  mentees: number;
  /** Participant rows with role `mentor`. */
  mentors: number;
  /** Distinct `school_id` of the cohorts. */
  schools: number;
  cohorts: number;
  /** Session rows. */
  sessions: number;
  /** Σ duration_minutes ÷ 60. */
  mentoringHours: number;
  /** Σ staff_trained of the cohorts. */
  staffTrained: number;
}

/** Mentees at each stage; every stage counts mentee rows. */
export interface Funnel {
  registered: number;
  /** In at least one match. */
  matched: number;
  /** At least one attendance row with attended = true, or attended_kickoff. */
  attended: number;
  completed: number;
  withdrawn: number;
}

export interface MeetingsPerPair {
  /** `pairs[m]`: relationships with exactly m sessions whose match_id is the pair (0 … max). */
  pairs: number[];
  mean: number | undefined;
  median: number | undefined;
}

/** Changes as whole grid steps: `counts[i]` people changed by `steps[i]` steps (ascending). */
export interface ChangeHistogram {
  steps: Int32Array;
  counts: Int32Array;
}

/** One construct's paired pre/post change in a unit (programme or school). */
export interface ConstructOutcome extends PairedChange {
  construct: string;
  /** The grid the row's changes live on (for the disclosure reconstruction check). */
  grid: { step: number; range: number };
  /**
   * The true distribution of changes on the grid (never published): the reconstruction check
   * starts its witnesses from it.
   */
  histogram: ChangeHistogram;
  nPre: number;
  nPost: number;
}

export interface ThemeRow {
  themeId: string;
  kind: 'challenge' | 'recommendation';
  labelEn: string;
  labelTr: string;
  /** Distinct workshop groups (cohort + group_no) that raised the theme. */
  groups: number;
  notes: { en?: string; tr?: string }[];
}

/** Attendance rows of the unit's mentees (the base of a school's attendance rate). */
export interface AttendanceTotals {
  rows: number;
  attended: number;
  /** Distinct mentees with at least one attendance row. */
  people: number;
}

export interface UnitStats {
  reach: Reach;
  funnel: Funnel;
  /** Over the matches of one-to-one programmes' cohorts; `undefined` when there are none. */
  meetingsPerPair: MeetingsPerPair | undefined;
  /**
   * The registered figures' raw values by figure key (src/core/figures/registry.ts), each
   * written and read only by its own figure module; none unless the build asked for them.
   */
  figures: Record<string, unknown>;
  outcomes: ConstructOutcome[];
  themes: ThemeRow[];
  attendance: AttendanceTotals;
}

/** New and cumulative relationships in one calendar month, with the path to the goal. */
export interface RelationshipMonth {
  month: string;
  new: number;
  cumulative: number;
  /** Cumulative relationships on a straight line to the target; `undefined` without one. */
  targetPath: number | undefined;
}

export interface Goal {
  target: number;
  targetDate: string | undefined;
  current: number;
  /** Calendar months from the as-of month to the target month. */
  monthsLeft: number | undefined;
  /** (target − current) ÷ monthsLeft; `undefined` when no month is left or no date is known. */
  pacePerMonth: number | undefined;
}

/** A programme's cohorts that started in one calendar year. */
export interface YearStats {
  year: number;
  reach: Reach;
  funnel: Funnel;
}

/** A programme's cohorts at the schools of one province. */
export interface ProvinceStats {
  /** The official name (see src/core/geo/provinces.ts), else the name as written. */
  province: string;
  mentees: number;
  relationships: number;
  /** Indexes into `RawStats.schools` of the province's schools in the programme. */
  schools: number[];
}

export interface ProgrammeStats extends UnitStats {
  programmeId: string;
  nameEn: string;
  nameTr: string;
  organisation: string;
  format: 'group' | 'one_to_one';
  relationshipsByMonth: RelationshipMonth[];
  goal: Goal | undefined;
  /** By calendar year of the cohorts' start_date, oldest first. */
  years: YearStats[];
  /** By province of the cohorts' schools (none without schools). */
  provinces: ProvinceStats[];
}

export interface SchoolStats extends UnitStats {
  /** The school's cohorts in time: start and end dates, oldest first. */
  cohortPeriods: CohortPeriod[];
  schoolId: string;
  nameTr: string;
  nameEn: string;
  province: string;
  schoolType: string;
  isPilot: boolean;
}

export interface CohortPeriod {
  start: string;
  end: string;
}

export interface CohortStats extends UnitStats {
  cohortId: string;
  programmeId: string;
  schoolId: string | undefined;
}

export interface RawStats {
  /** The as-of date used (dataset.json's, else the latest date in the data). */
  asOf: string | undefined;
  asOfSource: 'dataset' | 'latest-date-in-data' | 'none';
  constructs: string[];
  programmes: ProgrammeStats[];
  schools: SchoolStats[];
  cohorts: CohortStats[];
}
