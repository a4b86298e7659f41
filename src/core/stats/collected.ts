import type { Programme, School, Theme } from '../schemas/index.ts';

/** Participant flags (bits of `Collected.participantFlags`). */
export const MATCHED = 1;
export const ATTENDED = 2;
export const HAS_ATTENDANCE_ROW = 4;

export const ROLE_MENTOR = 0;
export const ROLE_MENTEE = 1;
export const STATUS_CODES = { active: 0, completed: 1, withdrawn: 2 } as const;
export const SESSION_KIND_CODES = { kickoff: 0, regular: 1, check_in: 2, closing: 3 } as const;
export const WAVE_PRE = 0;
export const WAVE_POST = 1;

/** One distinct (cohort, group_no, theme) of the workshop findings, with its screened notes. */
export interface Finding {
  cohort: number;
  theme: number;
  notes: { en?: string; tr?: string }[];
}

/**
 * Everything the streaming pass keeps: interned indexes and typed arrays, one slot per
 * cohort, participant, match or session — never the rows themselves. Index −1 means the
 * referenced row was unknown (invalid data, which stops the build anyway).
 */
export interface Collected {
  programmes: Programme[];
  schools: School[];
  themes: Theme[];

  cohortIds: string[];
  cohortProgramme: Int32Array;
  cohortSchool: Int32Array;
  cohortStaff: Float64Array;
  /** Start and end dates (`YYYY-MM-DD`) of each cohort. */
  cohortStart: string[];
  cohortEnd: string[];
  cohortSessions: Int32Array;
  cohortMinutes: Float64Array;
  /** Attendance rows of the cohort's mentees, and those with attended = true. */
  cohortAttendanceRows: Int32Array;
  cohortAttendanceTrue: Int32Array;

  participantCohort: Int32Array;
  participantRole: Uint8Array;
  participantStatus: Uint8Array;
  participantKickoff: Uint8Array;
  participantFlags: Uint8Array;

  matchCohort: Int32Array;
  matchMonth: Int32Array;
  matchMeetings: Int32Array;

  sessionCohort: Int32Array;
  sessionKind: Uint8Array;
  /** held_on as YYYYMMDD. */
  sessionDay: Int32Array;
  sessionIds: string[];
  /** Mentees of the session's cohort with an attendance row, and those who attended. */
  sessionEnrolled: Int32Array;
  sessionAttended: Int32Array;

  constructs: string[];
  /** Items per construct, over every programme's questionnaire. */
  constructItems: number[];
  /** Each survey_items row's construct, and the programme ids of its programme_id (blank: all). */
  itemConstruct: number[];
  itemProgrammes: (readonly string[] | undefined)[];
  /** Largest scale_max − scale_min of the construct's items (the largest possible change). */
  constructRange: number[];
  /** Σ (reverse-coded) values at [(participant × constructs + construct) × 2 + wave]. */
  scoreSums: Int32Array;
  /** Answered items at the same index. */
  scoreCounts: Uint16Array;

  findings: Finding[];
  /** Latest event date seen (registered_on, matched_on, ended_on, held_on, answered_on). */
  latestDate: string | undefined;
}
