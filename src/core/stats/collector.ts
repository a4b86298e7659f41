import { TABLES, type TableName } from '../schemas/index.ts';
import type {
  Attendance,
  Cohort,
  Match,
  Participant,
  Programme,
  School,
  Session,
  SurveyItem,
  SurveyResponse,
  Theme,
  Topic,
  WorkshopFinding,
} from '../schemas/index.ts';
import { assertK } from '../disclosure/k.ts';
import { publishStats } from '../disclosure/publish.ts';
import type { DatasetStats } from '../disclosure/published-types.ts';
import { aggregate } from './aggregate.ts';
import {
  ATTENDED,
  HAS_ATTENDANCE_ROW,
  MATCHED,
  ROLE_MENTEE,
  ROLE_MENTOR,
  SESSION_KIND_CODES,
  STATUS_CODES,
  WAVE_POST,
  WAVE_PRE,
  type Collected,
  type Finding,
} from './collected.ts';
import { Column } from './column.ts';
import { monthIndex } from './months.ts';
import type { RawStats } from './types.ts';

/** The typed row of each table, as the validation engine hands it over. */
export interface RowOf {
  programmes: Programme;
  schools: School;
  cohorts: Cohort;
  participants: Participant;
  topics: Topic;
  matches: Match;
  sessions: Session;
  attendance: Attendance;
  survey_items: SurveyItem;
  survey_responses: SurveyResponse;
  themes: Theme;
  workshop_findings: WorkshopFinding;
}

/** Receives the rows that passed row-level checks, table by table in `TABLES` order. */
export interface RowSink {
  row<T extends TableName>(table: T, row: RowOf[T], rowNumber: number): void;
}

export interface StatsCollector extends RowSink {
  /**
   * Disclosure-controlled statistics for the pages and the downloads.
   * `asOf` is dataset.json's `as_of` (never the clock); k the threshold (≥ 5).
   * @throws DisclosureError for k below 5.
   */
  finish(options: { asOf?: string; k: number }): DatasetStats;
  /**
   * Raw statistics (not disclosure-controlled): internal, for tests and `publishStats`.
   * `cohorts: false` skips the cohort level (about a third of the work nationally).
   */
  finishRaw(options?: { asOf?: string; cohorts?: boolean }): RawStats;
}

const TABLE_ORDER = new Map<string, number>(TABLES.map((t, i) => [t.name, i]));
const ORDER = (name: TableName) => TABLE_ORDER.get(name) as number;

/**
 * Collects every statistic in one streaming pass. Ids are interned to integer indexes and
 * each id map is dropped once no later table can reference it (matches after sessions,
 * sessions after attendance, participants after survey responses), so memory stays bounded
 * by typed arrays of one slot per participant, match and session.
 * @example
 * const stats = createStatsCollector();
 * for (const [table, row, n] of rows) stats.row(table, row, n);
 * const raw = stats.finishRaw({ asOf: '2024-06-30' });
 */
export function createStatsCollector(): StatsCollector {
  const programmes: Programme[] = [];
  const programmeIndex = new Map<string, number>();
  const schools: School[] = [];
  const schoolIndex = new Map<string, number>();
  const themes: Theme[] = [];
  const themeIndex = new Map<string, number>();

  const cohortIds: string[] = [];
  const cohortIndex = new Map<string, number>();
  const cohortProgramme = new Column(Int32Array, 256);
  const cohortSchool = new Column(Int32Array, 256);
  const cohortStaff = new Column(Float64Array, 256);

  let participantIndex: Map<string, number> | undefined = new Map();
  const participantCohort = new Column(Int32Array);
  const participantRole = new Column(Uint8Array);
  const participantStatus = new Column(Uint8Array);
  const participantKickoff = new Column(Uint8Array);

  let matchIndex: Map<string, number> | undefined = new Map();
  const matchCohort = new Column(Int32Array);
  const matchMonth = new Column(Int32Array);

  let sessionIndex: Map<string, number> | undefined = new Map();
  const sessionCohort = new Column(Int32Array);
  const sessionKind = new Column(Uint8Array);
  const sessionDay = new Column(Int32Array);
  const sessionIds: string[] = [];

  // Views of complete tables, taken once (a view per row would allocate millions of them).
  let roleOf = new Uint8Array(0);
  let cohortOfParticipant = new Int32Array(0);
  let cohortOfSession = new Int32Array(0);
  // Arrays sized when the referencing table starts (the referenced one is complete by then).
  let participantFlags = new Uint8Array(0);
  let matchMeetings = new Int32Array(0);
  let cohortSessions = new Int32Array(0);
  let cohortMinutes = new Float64Array(0);
  let cohortAttendanceRows = new Int32Array(0);
  let cohortAttendanceTrue = new Int32Array(0);
  let sessionEnrolled = new Int32Array(0);
  let sessionAttended = new Int32Array(0);

  const items = new Map<
    string,
    { construct: number; min: number; max: number; reverse: boolean }
  >();
  const constructs: string[] = [];
  const constructIndex = new Map<string, number>();
  const constructItems: number[] = [];
  let scoreSums = new Int32Array(0);
  let scoreCounts = new Uint16Array(0);

  const findingIndex = new Map<string, number>();
  const findings: Finding[] = [];
  let latestDate: string | undefined;
  let stage = -1;

  const seeDate = (date: string | undefined) => {
    if (date !== undefined && (latestDate === undefined || date > latestDate)) latestDate = date;
  };
  const lookup = (map: Map<string, number> | undefined, id: string | undefined) =>
    id === undefined ? -1 : (map?.get(id) ?? -1);

  /** Runs once when the first row of a later table arrives. */
  const enter = (next: number) => {
    const crossing = (name: TableName) => stage < ORDER(name) && next >= ORDER(name);
    if (crossing('matches')) {
      participantFlags = new Uint8Array(participantCohort.length);
      roleOf = participantRole.view();
      cohortOfParticipant = participantCohort.view();
    }
    if (crossing('sessions')) {
      matchMeetings = new Int32Array(matchCohort.length);
      cohortSessions = new Int32Array(cohortIds.length);
      cohortMinutes = new Float64Array(cohortIds.length);
    }
    if (crossing('attendance')) {
      matchIndex = undefined;
      cohortOfSession = sessionCohort.view();
      sessionEnrolled = new Int32Array(sessionCohort.length);
      sessionAttended = new Int32Array(sessionCohort.length);
      cohortAttendanceRows = new Int32Array(cohortIds.length);
      cohortAttendanceTrue = new Int32Array(cohortIds.length);
    }
    if (crossing('survey_items')) sessionIndex = undefined;
    if (crossing('survey_responses')) {
      const size = participantCohort.length * constructs.length * 2;
      scoreSums = new Int32Array(size);
      scoreCounts = new Uint16Array(size);
    }
    if (crossing('themes')) participantIndex = undefined;
    stage = next;
  };

  const handlers: { [T in TableName]: (row: RowOf[T]) => void } = {
    programmes(row) {
      programmeIndex.set(row.programme_id, programmes.length);
      programmes.push(row);
    },
    schools(row) {
      schoolIndex.set(row.school_id, schools.length);
      schools.push(row);
    },
    cohorts(row) {
      cohortIndex.set(row.cohort_id, cohortIds.length);
      cohortIds.push(row.cohort_id);
      cohortProgramme.push(lookup(programmeIndex, row.programme_id));
      cohortSchool.push(lookup(schoolIndex, row.school_id));
      cohortStaff.push(row.staff_trained ?? 0);
    },
    participants(row) {
      participantIndex?.set(row.participant_id, participantCohort.length);
      participantCohort.push(lookup(cohortIndex, row.cohort_id));
      participantRole.push(row.role === 'mentee' ? ROLE_MENTEE : ROLE_MENTOR);
      participantStatus.push(STATUS_CODES[row.status]);
      participantKickoff.push(row.attended_kickoff === true ? 1 : 0);
      seeDate(row.registered_on);
    },
    topics() {},
    matches(row) {
      matchIndex?.set(row.match_id, matchCohort.length);
      matchCohort.push(lookup(cohortIndex, row.cohort_id));
      matchMonth.push(monthIndex(row.matched_on));
      const mentee = lookup(participantIndex, row.mentee_id);
      if (mentee >= 0) participantFlags[mentee]! |= MATCHED;
      seeDate(row.matched_on);
      seeDate(row.ended_on);
    },
    sessions(row) {
      const cohort = lookup(cohortIndex, row.cohort_id);
      sessionIndex?.set(row.session_id, sessionCohort.length);
      sessionIds.push(row.session_id);
      sessionCohort.push(cohort);
      sessionKind.push(SESSION_KIND_CODES[row.kind]);
      sessionDay.push(Number(row.held_on.replaceAll('-', '')));
      if (cohort >= 0) {
        cohortSessions[cohort]!++;
        cohortMinutes[cohort]! += row.duration_minutes;
      }
      const match = lookup(matchIndex, row.match_id);
      if (match >= 0) matchMeetings[match]!++;
      seeDate(row.held_on);
    },
    attendance(row) {
      const session = lookup(sessionIndex, row.session_id);
      const person = lookup(participantIndex, row.participant_id);
      if (person < 0 || roleOf[person] !== ROLE_MENTEE) return;
      participantFlags[person]! |= HAS_ATTENDANCE_ROW | (row.attended ? ATTENDED : 0);
      const cohort = cohortOfParticipant[person] as number;
      if (cohort >= 0) {
        cohortAttendanceRows[cohort]!++;
        if (row.attended) cohortAttendanceTrue[cohort]!++;
      }
      // Retention counts the cohort's own mentees only.
      if (session >= 0 && cohortOfSession[session] === cohort) {
        sessionEnrolled[session]!++;
        if (row.attended) sessionAttended[session]!++;
      }
    },
    survey_items(row) {
      let construct = constructIndex.get(row.construct);
      if (construct === undefined) {
        construct = constructs.length;
        constructIndex.set(row.construct, construct);
        constructs.push(row.construct);
        constructItems.push(0);
      }
      constructItems[construct]!++;
      items.set(row.item_id, {
        construct,
        min: row.scale_min,
        max: row.scale_max,
        reverse: row.reverse_coded,
      });
    },
    survey_responses(row) {
      seeDate(row.answered_on);
      // Only pre and post enter the paired comparison; blanks are skipped items.
      if (row.wave === 'mid' || row.value === undefined) return;
      const item = items.get(row.item_id);
      const person = lookup(participantIndex, row.participant_id);
      if (item === undefined || person < 0) return;
      if (row.value < item.min || row.value > item.max) return;
      const value = item.reverse ? item.min + item.max - row.value : row.value;
      const slot =
        (person * constructs.length + item.construct) * 2 +
        (row.wave === 'pre' ? WAVE_PRE : WAVE_POST);
      scoreSums[slot]! += value;
      scoreCounts[slot]!++;
    },
    themes(row) {
      themeIndex.set(row.theme_id, themes.length);
      themes.push(row);
    },
    workshop_findings(row) {
      seeDate(row.held_on);
      const cohort = lookup(cohortIndex, row.cohort_id);
      const theme = lookup(themeIndex, row.theme_id);
      if (cohort < 0 || theme < 0) return;
      const key = `${cohort}|${row.group_no}|${theme}`;
      let at = findingIndex.get(key);
      if (at === undefined) {
        at = findings.length;
        findingIndex.set(key, at);
        findings.push({ cohort, theme, notes: [] });
      }
      if (row.note_en !== undefined || row.note_tr !== undefined) {
        findings[at]!.notes.push({
          ...(row.note_en !== undefined ? { en: row.note_en } : {}),
          ...(row.note_tr !== undefined ? { tr: row.note_tr } : {}),
        });
      }
    },
  };

  const collected = (): Collected => {
    enter(TABLES.length);
    return {
      programmes,
      schools,
      themes,
      cohortIds,
      cohortProgramme: cohortProgramme.view(),
      cohortSchool: cohortSchool.view(),
      cohortStaff: cohortStaff.view(),
      cohortSessions: ensure(cohortSessions, cohortIds.length),
      cohortMinutes: ensure(cohortMinutes, cohortIds.length),
      cohortAttendanceRows: ensure(cohortAttendanceRows, cohortIds.length),
      cohortAttendanceTrue: ensure(cohortAttendanceTrue, cohortIds.length),
      participantCohort: participantCohort.view(),
      participantRole: participantRole.view(),
      participantStatus: participantStatus.view(),
      participantKickoff: participantKickoff.view(),
      participantFlags: ensure(participantFlags, participantCohort.length),
      matchCohort: matchCohort.view(),
      matchMonth: matchMonth.view(),
      matchMeetings: ensure(matchMeetings, matchCohort.length),
      sessionCohort: sessionCohort.view(),
      sessionKind: sessionKind.view(),
      sessionDay: sessionDay.view(),
      sessionIds,
      sessionEnrolled: ensure(sessionEnrolled, sessionCohort.length),
      sessionAttended: ensure(sessionAttended, sessionCohort.length),
      constructs,
      constructItems,
      scoreSums,
      scoreCounts,
      findings,
      latestDate,
    };
  };

  return {
    row(table, row) {
      const order = ORDER(table);
      if (order < stage) throw new Error(`statistics: ${table} rows arrived after a later table`);
      if (order > stage) enter(order);
      (handlers[table] as (row: RowOf[typeof table]) => void)(row);
    },
    finish(options) {
      const k = assertK(options.k);
      return publishStats(aggregate(collected(), options.asOf, { cohorts: false }), k);
    },
    finishRaw(options = {}) {
      return aggregate(collected(), options.asOf, options);
    },
  };
}

/** A typed array of the given length: the one filled while streaming, or zeros if none was. */
function ensure<T extends Int32Array | Uint8Array | Float64Array>(array: T, length: number): T {
  if (array.length === length) return array;
  const Ctor = array.constructor as new (size: number) => T;
  return new Ctor(length);
}
