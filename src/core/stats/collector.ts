import {
  attendance as attendanceTable,
  cohorts as cohortsTable,
  matches as matchesTable,
  participants as participantsTable,
  programmes as programmesTable,
  schools as schoolsTable,
  sessions as sessionsTable,
  surveyItems as surveyItemsTable,
  surveyResponses as surveyResponsesTable,
  TABLES,
  themes as themesTable,
  workshopFindings as findingsTable,
  type TableName,
} from '../schemas/index.ts';
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
import { Translation } from './translation.ts';
import type { RawStats } from './types.ts';
import type { UnitDerivation } from './unit-figure.ts';
import type { CellResult } from '../validate/cell-check.ts';
import { columnsOf } from '../validate/columns-of.ts';
import type { IndexedRow } from '../validate/sink.ts';

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

/**
 * What a collector fed in another thread needs to score survey responses as this one would: the
 * participants' rows by the validator's index, and how many there are.
 */
export interface SurveySeed {
  participants: Int32Array<ArrayBuffer>;
  participantCount: number;
}

/** The survey part of the statistics, accumulated elsewhere (see `absorbSurvey`). */
export interface SurveyScores {
  scoreSums: Int32Array<ArrayBuffer>;
  scoreCounts: Uint16Array<ArrayBuffer>;
  latestDate: string | undefined;
}

export interface StatsCollector extends RowSink {
  /**
   * The same rows as `row`, in the validator's form (see `IndexedRowSink`): the engine calls this
   * instead of `row`, so ids are not interned twice and no row object is built. Feed a collector
   * one way or the other, not both.
   */
  indexedRow(table: TableName, row: IndexedRow, rowNumber: number): void;
  /**
   * Parallel survey pass, step 1 (main thread, once the participants were fed by `indexedRow`):
   * what a collector in a worker thread needs to score survey responses.
   */
  surveySeed(): SurveySeed;
  /**
   * Step 2 (worker): prepares a fresh collector to take `survey_items` and `survey_responses`
   * indexed rows only, against the main collector's participants.
   */
  seedSurvey(seed: SurveySeed): void;
  /** Step 3 (worker, after the survey rows): the accumulated scores and latest answer date. */
  surveyScores(): SurveyScores;
  /**
   * Step 4 (main thread, in place of the `survey_responses` rows): takes the worker's scores as
   * if those rows had been fed here.
   */
  absorbSurvey(scores: SurveyScores): void;
  /**
   * Disclosure-controlled statistics without the registered figures (the validator's preview);
   * the build uses `publishDataset` (src/core/figures), which adds them.
   * `asOf` is dataset.json's `as_of` (never the clock); k the threshold (≥ 5).
   * @throws DisclosureError for k below 5.
   */
  finish(options: { asOf?: string; k: number }): DatasetStats;
  /**
   * Raw statistics (not disclosure-controlled): internal, for tests and `publishStats`.
   * `cohorts: false` skips the cohort level (about a third of the work nationally);
   * `figures` are the registered figures' derivations (src/core/figures/registry.ts).
   */
  finishRaw(options?: {
    asOf?: string;
    cohorts?: boolean;
    figures?: readonly UnitDerivation[];
  }): RawStats;
}

const TABLE_ORDER = new Map<string, number>(TABLES.map((t, i) => [t.name, i]));
const ORDER = (name: TableName) => TABLE_ORDER.get(name) as number;
const TABLE_BY_NAME = new Map(TABLES.map((t) => [t.name as TableName, t]));

// Column positions in contract order: the handlers read cells by position.
const PG = columnsOf(programmesTable);
const SC = columnsOf(schoolsTable);
const CO = columnsOf(cohortsTable);
const PA = columnsOf(participantsTable);
const MA = columnsOf(matchesTable);
const SE = columnsOf(sessionsTable);
const AT = columnsOf(attendanceTable);
const SI = columnsOf(surveyItemsTable);
const SR = columnsOf(surveyResponsesTable);
const TH = columnsOf(themesTable);
const WF = columnsOf(findingsTable);

/** A table's typed row as a values array in contract column order. */
function valuesOf(table: TableName, row: object): CellResult[] {
  const names = (TABLE_BY_NAME.get(table) as (typeof TABLES)[number]).columnNames;
  return names.map((name) => (row as Record<string, CellResult>)[name]);
}

/** A typed row object from a values array (for the few rows the collector keeps whole). */
function rowOf<T>(table: TableName, values: readonly CellResult[]): T {
  const names = (TABLE_BY_NAME.get(table) as (typeof TABLES)[number]).columnNames;
  const row: Record<string, CellResult> = {};
  names.forEach((name, i) => {
    row[name] = values[i];
  });
  return row as T;
}

/** An id index by string (rows fed by `row`) and by validator index (fed by `indexedRow`). */
interface IdLookup {
  byId: Map<string, number>;
  byIndex: Translation;
}
const idLookup = (): IdLookup => ({ byId: new Map(), byIndex: new Translation() });

/**
 * Collects every statistic in one streaming pass. Ids are interned to integer indexes and
 * each id map is dropped once no later table can reference it (matches after sessions,
 * sessions after attendance, participants after survey responses), so memory stays bounded
 * by typed arrays of one slot per participant, match and session. Rows come either as typed
 * objects (`row`) or, from the validator, as values with ids already interned (`indexedRow`);
 * both feed the same handlers, which read cells by column position.
 * @example
 * const stats = createStatsCollector();
 * for (const [table, row, n] of rows) stats.row(table, row, n);
 * const raw = stats.finishRaw({ asOf: '2024-06-30' });
 */
export function createStatsCollector(): StatsCollector {
  const programmes: Programme[] = [];
  const programmeIndex = idLookup();
  const schools: School[] = [];
  const schoolIndex = idLookup();
  const themes: Theme[] = [];
  const themeIndex = idLookup();

  const cohortIds: string[] = [];
  const cohortIndex = idLookup();
  const cohortProgramme = new Column(Int32Array, 256);
  const cohortSchool = new Column(Int32Array, 256);
  const cohortStaff = new Column(Float64Array, 256);
  const cohortStart: string[] = [];
  const cohortEnd: string[] = [];

  let participantIndex: IdLookup | undefined = idLookup();
  const participantCohort = new Column(Int32Array);
  const participantRole = new Column(Uint8Array);
  const participantStatus = new Column(Uint8Array);
  const participantKickoff = new Column(Uint8Array);

  let matchIndex: IdLookup | undefined = idLookup();
  const matchCohort = new Column(Int32Array);
  const matchMonth = new Column(Int32Array);

  let sessionIndex: IdLookup | undefined = idLookup();
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

  const itemIndex = idLookup();
  const itemConstruct: number[] = [];
  const itemMin: number[] = [];
  const itemMax: number[] = [];
  const itemReverse: boolean[] = [];
  const itemProgrammes: (string[] | undefined)[] = [];
  const constructs: string[] = [];
  const constructIndex = new Map<string, number>();
  const constructItems: number[] = [];
  const constructRange: number[] = [];
  let scoreSums = new Int32Array(0);
  let scoreCounts = new Uint16Array(0);

  const findingIndex = new Map<string, number>();
  const findings: Finding[] = [];
  let latestDate: string | undefined;
  let stage = -1;

  // Participants known only through a seed (a collector scoring survey responses in a worker).
  let seededParticipants: number | undefined;

  // The indexed row being handled, if it came through `indexedRow`; else the typed row object.
  let current: IndexedRow | undefined;
  let currentRow: object | undefined;
  /** The current row as an object, to keep whole (the caller's own object when it gave one). */
  const whole = <T>(table: TableName, v: readonly CellResult[]): T =>
    (currentRow as T | undefined) ?? rowOf<T>(table, v);

  const seeDate = (date: CellResult) => {
    if (typeof date === 'string' && (latestDate === undefined || date > latestDate))
      latestDate = date;
  };
  /** Registers the current row's own id as row `index` of its table. */
  const intern = (ids: IdLookup | undefined, id: CellResult, index: number) => {
    if (!ids) return;
    if (current) {
      if (current.key >= 0) ids.byIndex.set(current.key, index);
    } else ids.byId.set(id as string, index);
  };
  /** The row index a foreign-key cell of the current row refers to, or -1. */
  const find = (ids: IdLookup | undefined, values: readonly CellResult[], column: number) => {
    if (!ids) return -1;
    if (current) return ids.byIndex.get(current.refs[column] as number);
    const id = values[column];
    return typeof id === 'string' ? (ids.byId.get(id) ?? -1) : -1;
  };

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
      const size = (seededParticipants ?? participantCohort.length) * constructs.length * 2;
      scoreSums = new Int32Array(size);
      scoreCounts = new Uint16Array(size);
    }
    if (crossing('themes')) participantIndex = undefined;
    stage = next;
  };

  const handlers: { [T in TableName]: (v: readonly CellResult[]) => void } = {
    programmes(v) {
      intern(programmeIndex, v[PG.programme_id], programmes.length);
      programmes.push(whole<Programme>('programmes', v));
    },
    schools(v) {
      intern(schoolIndex, v[SC.school_id], schools.length);
      schools.push(whole<School>('schools', v));
    },
    cohorts(v) {
      intern(cohortIndex, v[CO.cohort_id], cohortIds.length);
      cohortIds.push(v[CO.cohort_id] as string);
      cohortProgramme.push(find(programmeIndex, v, CO.programme_id));
      cohortSchool.push(find(schoolIndex, v, CO.school_id));
      cohortStaff.push((v[CO.staff_trained] as number | undefined) ?? 0);
      cohortStart.push(v[CO.start_date] as string);
      cohortEnd.push(v[CO.end_date] as string);
    },
    participants(v) {
      intern(participantIndex, v[PA.participant_id], participantCohort.length);
      participantCohort.push(find(cohortIndex, v, PA.cohort_id));
      participantRole.push(v[PA.role] === 'mentee' ? ROLE_MENTEE : ROLE_MENTOR);
      participantStatus.push(STATUS_CODES[v[PA.status] as Participant['status']]);
      participantKickoff.push(v[PA.attended_kickoff] === true ? 1 : 0);
      seeDate(v[PA.registered_on]);
    },
    topics() {},
    matches(v) {
      intern(matchIndex, v[MA.match_id], matchCohort.length);
      matchCohort.push(find(cohortIndex, v, MA.cohort_id));
      matchMonth.push(monthIndex(v[MA.matched_on] as string));
      const mentee = find(participantIndex, v, MA.mentee_id);
      if (mentee >= 0) participantFlags[mentee]! |= MATCHED;
      seeDate(v[MA.matched_on]);
      seeDate(v[MA.ended_on]);
    },
    sessions(v) {
      const cohort = find(cohortIndex, v, SE.cohort_id);
      const id = v[SE.session_id] as string;
      intern(sessionIndex, id, sessionCohort.length);
      sessionIds.push(id);
      sessionCohort.push(cohort);
      sessionKind.push(SESSION_KIND_CODES[v[SE.kind] as Session['kind']]);
      sessionDay.push(Number((v[SE.held_on] as string).replaceAll('-', '')));
      if (cohort >= 0) {
        cohortSessions[cohort]!++;
        cohortMinutes[cohort]! += v[SE.duration_minutes] as number;
      }
      const match = find(matchIndex, v, SE.match_id);
      if (match >= 0) matchMeetings[match]!++;
      seeDate(v[SE.held_on]);
    },
    attendance(v) {
      const session = find(sessionIndex, v, AT.session_id);
      const person = find(participantIndex, v, AT.participant_id);
      if (person < 0 || roleOf[person] !== ROLE_MENTEE) return;
      const attended = v[AT.attended] === true;
      participantFlags[person]! |= HAS_ATTENDANCE_ROW | (attended ? ATTENDED : 0);
      const cohort = cohortOfParticipant[person] as number;
      if (cohort >= 0) {
        cohortAttendanceRows[cohort]!++;
        if (attended) cohortAttendanceTrue[cohort]!++;
      }
      // Retention counts the cohort's own mentees only.
      if (session >= 0 && cohortOfSession[session] === cohort) {
        sessionEnrolled[session]!++;
        if (attended) sessionAttended[session]!++;
      }
    },
    survey_items(v) {
      const name = v[SI.construct] as string;
      let construct = constructIndex.get(name);
      if (construct === undefined) {
        construct = constructs.length;
        constructIndex.set(name, construct);
        constructs.push(name);
        constructItems.push(0);
        constructRange.push(0);
      }
      constructItems[construct]!++;
      // The widest item scale bounds a change (the reconstruction check's grid).
      constructRange[construct] = Math.max(
        constructRange[construct]!,
        (v[SI.scale_max] as number) - (v[SI.scale_min] as number),
      );
      intern(itemIndex, v[SI.item_id], itemConstruct.length);
      itemConstruct.push(construct);
      itemMin.push(v[SI.scale_min] as number);
      itemMax.push(v[SI.scale_max] as number);
      itemReverse.push(v[SI.reverse_coded] === true);
      itemProgrammes.push(v[SI.programme_id] as string[] | undefined);
    },
    survey_responses(v) {
      seeDate(v[SR.answered_on]);
      // Only pre and post enter the paired comparison; blanks are skipped items.
      const wave = v[SR.wave];
      const answer = v[SR.value];
      if (wave === 'mid' || typeof answer !== 'number') return;
      const item = find(itemIndex, v, SR.item_id);
      const person = find(participantIndex, v, SR.participant_id);
      if (item < 0 || person < 0) return;
      const min = itemMin[item] as number;
      const max = itemMax[item] as number;
      if (answer < min || answer > max) return;
      const value = itemReverse[item] ? min + max - answer : answer;
      const slot =
        (person * constructs.length + (itemConstruct[item] as number)) * 2 +
        (wave === 'pre' ? WAVE_PRE : WAVE_POST);
      scoreSums[slot]! += value;
      scoreCounts[slot]!++;
    },
    themes(v) {
      intern(themeIndex, v[TH.theme_id], themes.length);
      themes.push(whole<Theme>('themes', v));
    },
    workshop_findings(v) {
      seeDate(v[WF.held_on]);
      const cohort = find(cohortIndex, v, WF.cohort_id);
      const theme = find(themeIndex, v, WF.theme_id);
      if (cohort < 0 || theme < 0) return;
      const key = `${cohort}|${v[WF.group_no] as number}|${theme}`;
      let at = findingIndex.get(key);
      if (at === undefined) {
        at = findings.length;
        findingIndex.set(key, at);
        findings.push({ cohort, theme, notes: [] });
      }
      const en = v[WF.note_en] as string | undefined;
      const tr = v[WF.note_tr] as string | undefined;
      if (en !== undefined || tr !== undefined) {
        findings[at]!.notes.push({
          ...(en !== undefined ? { en } : {}),
          ...(tr !== undefined ? { tr } : {}),
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
      cohortStart,
      cohortEnd,
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
      itemConstruct,
      itemProgrammes,
      constructRange,
      scoreSums,
      scoreCounts,
      findings,
      latestDate,
    };
  };

  const accept = (table: TableName) => {
    const order = ORDER(table);
    if (order < stage) throw new Error(`statistics: ${table} rows arrived after a later table`);
    if (order > stage) enter(order);
  };

  return {
    row(table, row) {
      accept(table);
      current = undefined;
      currentRow = row;
      handlers[table](valuesOf(table, row));
      currentRow = undefined;
    },
    indexedRow(table, row) {
      accept(table);
      current = row;
      handlers[table](row.values);
      current = undefined;
    },
    surveySeed() {
      return {
        participants: participantIndex?.byIndex.snapshot() ?? new Int32Array(0),
        participantCount: participantCohort.length,
      };
    },
    seedSurvey(seed) {
      participantIndex = { byId: new Map(), byIndex: Translation.from(seed.participants) };
      seededParticipants = seed.participantCount;
    },
    surveyScores() {
      // Sizes the arrays even when no response row came (as the next table's first row would).
      if (stage < ORDER('survey_responses')) enter(ORDER('survey_responses'));
      return { scoreSums, scoreCounts, latestDate };
    },
    absorbSurvey(scores) {
      accept('survey_responses');
      scoreSums = scores.scoreSums;
      scoreCounts = scores.scoreCounts;
      seeDate(scores.latestDate);
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
