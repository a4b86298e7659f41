import { TABLES, type TableName } from '../schemas/index.ts';
import type { CollectorState } from './collector-state.ts';

const TABLE_ORDER = new Map<string, number>(TABLES.map((t, i) => [t.name, i]));

/** A table's position in `TABLES` (the order rows must arrive in). */
export const orderOf = (name: TableName): number => TABLE_ORDER.get(name) as number;

/**
 * Moves the pass on to the table at `TABLES` position `next`: sizes the arrays a table fills
 * (the tables it refers to are complete by then) and drops each id lookup no later table can
 * reference. Runs once per table boundary crossed, in any number of steps.
 * @example enterTable(state, orderOf('sessions'))
 */
export function enterTable(state: CollectorState, next: number): void {
  const s = state;
  const crossing = (name: TableName) => s.stage < orderOf(name) && next >= orderOf(name);
  if (crossing('matches')) {
    s.participantFlags = new Uint8Array(s.participantCohort.length);
    s.roleOf = s.participantRole.view();
    s.cohortOfParticipant = s.participantCohort.view();
  }
  if (crossing('sessions')) {
    s.matchMeetings = new Int32Array(s.matchCohort.length);
    s.cohortSessions = new Int32Array(s.cohortIds.length);
    s.cohortMinutes = new Float64Array(s.cohortIds.length);
  }
  if (crossing('attendance')) {
    s.matchIndex = undefined;
    s.cohortOfSession = s.sessionCohort.view();
    s.sessionEnrolled = new Int32Array(s.sessionCohort.length);
    s.sessionAttended = new Int32Array(s.sessionCohort.length);
    s.cohortAttendanceRows = new Int32Array(s.cohortIds.length);
    s.cohortAttendanceTrue = new Int32Array(s.cohortIds.length);
  }
  if (crossing('survey_items')) s.sessionIndex = undefined;
  if (crossing('survey_responses')) {
    const size = (s.seededParticipants ?? s.participantCohort.length) * s.constructs.length * 2;
    s.scoreSums = new Int32Array(size);
    s.scoreCounts = new Uint16Array(size);
  }
  if (crossing('themes')) s.participantIndex = undefined;
  s.stage = next;
  s.admitted = undefined;
}

/**
 * Admits a row of `table`: enters it if it is a later table than the current one.
 * @throws Error when a row of an earlier table arrives after a later one.
 * @example acceptTable(state, 'programmes')
 */
export function acceptTable(state: CollectorState, table: TableName): void {
  // Most rows are of the table the row before was (a map lookup per row was 1 % of a pass).
  if (table === state.admitted) return;
  const order = orderOf(table);
  if (order < state.stage) throw new Error(`statistics: ${table} rows arrived after a later table`);
  if (order > state.stage) enterTable(state, order);
  state.admitted = table;
}
