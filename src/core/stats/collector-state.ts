import type { CellValue, IndexedRow, Programme, School, Theme } from '../schemas/index.ts';
import type { Finding } from './collected.ts';
import { Column } from './column.ts';
import { IndexRemap } from './index-remap.ts';

/** An id index by string (rows fed by `row`) and by validator index (fed by `indexedRow`). */
export interface IdLookup {
  byId: Map<string, number>;
  byIndex: IndexRemap;
}

/** An empty id index. */
export const idLookup = (): IdLookup => ({ byId: new Map(), byIndex: new IndexRemap() });

/**
 * Everything the streaming pass holds between rows, shared by the per-table handlers
 * (`handlers/*.ts`): interned ids, one typed column per kept field, and the counters filled by
 * later tables. An id lookup becomes `undefined` once no later table can reference it (see
 * `enterTable`), so its memory is freed mid-pass.
 * @example const state = new CollectorState(); state.cohortIds.length // 0
 */
export class CollectorState {
  // Small tables, kept whole.
  programmes: Programme[] = [];
  programmeIndex = idLookup();
  schools: School[] = [];
  schoolIndex = idLookup();
  themes: Theme[] = [];
  themeIndex = idLookup();

  cohortIds: string[] = [];
  cohortIndex = idLookup();
  cohortProgramme = new Column(Int32Array, 256);
  cohortSchool = new Column(Int32Array, 256);
  cohortStaff = new Column(Float64Array, 256);
  cohortStart: string[] = [];
  cohortEnd: string[] = [];

  participantIndex: IdLookup | undefined = idLookup();
  participantCohort = new Column(Int32Array);
  participantRole = new Column(Uint8Array);
  participantStatus = new Column(Uint8Array);
  participantKickoff = new Column(Uint8Array);

  matchIndex: IdLookup | undefined = idLookup();
  matchCohort = new Column(Int32Array);
  matchMonth = new Column(Int32Array);

  sessionIndex: IdLookup | undefined = idLookup();
  sessionCohort = new Column(Int32Array);
  sessionKind = new Column(Uint8Array);
  sessionDay = new Column(Int32Array);
  sessionIds: string[] = [];

  // Views of complete tables, taken once (a view per row would allocate millions of them).
  roleOf = new Uint8Array(0);
  cohortOfParticipant = new Int32Array(0);
  cohortOfSession = new Int32Array(0);
  // Arrays sized when the referencing table starts (the referenced one is complete by then).
  participantFlags = new Uint8Array(0);
  matchMeetings = new Int32Array(0);
  cohortSessions = new Int32Array(0);
  cohortMinutes = new Float64Array(0);
  cohortAttendanceRows = new Int32Array(0);
  cohortAttendanceTrue = new Int32Array(0);
  sessionEnrolled = new Int32Array(0);
  sessionAttended = new Int32Array(0);

  itemIndex = idLookup();
  itemConstruct: number[] = [];
  itemMin: number[] = [];
  itemMax: number[] = [];
  itemReverse: boolean[] = [];
  itemProgrammes: (string[] | undefined)[] = [];
  constructs: string[] = [];
  constructIndex = new Map<string, number>();
  constructItems: number[] = [];
  constructRange: number[] = [];
  scoreSums = new Int32Array(0);
  scoreCounts = new Uint16Array(0);

  findingIndex = new Map<string, number>();
  findings: Finding[] = [];
  latestDate: string | undefined = undefined;
  /** `TABLES` position of the table being read (-1 before the first row). */
  stage = -1;
  /** The table of the last row admitted, while it is still `stage`'s (see `acceptTable`). */
  admitted: string | undefined = undefined;

  /** Participants known only through a seed (a collector scoring survey responses in a worker). */
  seededParticipants: number | undefined = undefined;

  /** The row being handled, if it came through `indexedRow`. */
  current: IndexedRow | undefined = undefined;
  /** The row being handled, if it came through `row` as a typed object. */
  currentRow: object | undefined = undefined;
}

/** Takes one row of a table (cells in contract column order) into the state. */
export type TableHandler = (state: CollectorState, values: readonly CellValue[]) => void;
