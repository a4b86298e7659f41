/**
 * Disclosure-controlled statistics: the only numbers the site and the downloads may show.
 * JSON-serialisable; holds no participant, match or session id and no raw answer (programme,
 * school and theme ids and names are public).
 */
import type { ThemeRow } from '../stats/types.ts';
import type { Count, PValue } from './cells.ts';

export type { Count, PValue, ThemeRow };

export interface PublishedReach {
  relationships: Count;
  mentees: Count;
  mentors: Count;
  staffTrained: Count;
  schools: number;
  cohorts: number;
  sessions: number;
  mentoringHours: number;
}

export const FUNNEL_STAGES = [
  'registered',
  'matched',
  'attended',
  'completed',
  'withdrawn',
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface PublishedMeetings {
  distribution: { meetings: number; pairs: Count }[];
  /** Null when any distribution cell is suppressed (it would give away Σ meetings). */
  mean: number | null;
  median: number | null;
}

/** Change within the group between pre and post (not a programme effect). */
export interface PublishedOutcome {
  construct: string;
  nPre: Count;
  nPost: Count;
  n: Count;
  meanPre: number | null;
  meanPost: number | null;
  meanChange: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  cohensDz: number | null;
  /** 2 significant digits, `{ below: 0.001 }` under 0.001. */
  wilcoxonP: PValue | null;
  /** Shares of n (fractions in [0, 1]). */
  improved: number | null;
  same: number | null;
  declined: number | null;
  /**
   * Why the reconstruction check withheld CI, dz, p and shares (null: it did not): fewer than
   * k distributions fit the figures ('few'), they all agree on a withheld share ('share') or
   * on people at an extreme change ('extreme'), or the bounded search gave up ('cap').
   */
  withheld: 'few' | 'share' | 'extreme' | 'cap' | null;
}

export interface PublishedMonth {
  month: string;
  new: Count;
  cumulative: Count;
  targetPath: number | null;
}

export interface PublishedGoal {
  target: number;
  targetDate: string | null;
  current: Count;
  monthsLeft: number | null;
  pacePerMonth: number | null;
}

/** A programme's cohorts that started in one calendar year. */
export interface PublishedYear {
  year: number;
  cohorts: number;
  mentees: Count;
  relationships: Count;
  sessions: number;
  mentoringHours: number;
  /** Completed ÷ registered mentees of the year's cohorts; null unless both are published. */
  completionRate: number | null;
}

/** A programme's mentees and relationships at the schools of one province. */
export interface PublishedProvince {
  province: string;
  schools: number;
  mentees: Count;
  relationships: Count;
}

export interface PublishedProgramme {
  programmeId: string;
  nameEn: string;
  nameTr: string;
  organisation: string;
  format: 'group' | 'one_to_one';
  reach: PublishedReach;
  funnel: Record<FunnelStage, Count>;
  /** One-to-one programmes only. */
  meetingsPerPair: PublishedMeetings | null;
  outcomes: PublishedOutcome[];
  /** As collected, but notes (screened) only for themes raised by at least k groups. */
  themes: ThemeRow[];
  relationshipsByMonth: PublishedMonth[];
  goal: PublishedGoal | null;
  years: PublishedYear[];
  provinces: PublishedProvince[];
  /**
   * The registered figures' published values by figure key (src/core/figures/registry.ts),
   * each written and read only by its own figure module.
   */
  figures: Record<string, unknown>;
}

export interface PublishedSchool {
  schoolId: string;
  nameTr: string;
  nameEn: string;
  province: string;
  schoolType: string;
  isPilot: boolean;
  cohorts: number;
  mentees: Count;
  relationships: Count;
  sessions: number;
  /** attended = true ÷ attendance rows of the school's mentees; null under k such mentees. */
  attendanceRate: number | null;
  /** Start and end dates of the school's cohorts, oldest first (dates only, no people). */
  cohortPeriods: { start: string; end: string }[];
  outcomes: PublishedOutcome[];
}

/** What the pages import and the downloads are written from. */
export interface DatasetStats {
  k: number;
  asOf: string | null;
  asOfSource: 'dataset' | 'latest-date-in-data' | 'none';
  constructs: string[];
  programmes: PublishedProgramme[];
  schools: PublishedSchool[];
}
