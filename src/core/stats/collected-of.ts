import { TABLES } from '../schemas/index.ts';
import type { Collected } from './collected.ts';
import type { CollectorState } from './collector-state.ts';
import { enterTable } from './table-stage.ts';

/**
 * Ends the pass and returns what it kept, for `aggregate`: the filled part of every column, and
 * zeros for the counters of tables that had no rows.
 * @example aggregate(collectedOf(state), asOf)
 */
export function collectedOf(s: CollectorState): Collected {
  enterTable(s, TABLES.length);
  const cohorts = s.cohortIds.length;
  const participants = s.participantCohort.length;
  const sessions = s.sessionCohort.length;
  return {
    programmes: s.programmes,
    schools: s.schools,
    themes: s.themes,
    cohortIds: s.cohortIds,
    cohortProgramme: s.cohortProgramme.view(),
    cohortSchool: s.cohortSchool.view(),
    cohortStaff: s.cohortStaff.view(),
    cohortStart: s.cohortStart,
    cohortEnd: s.cohortEnd,
    cohortSessions: ensure(s.cohortSessions, cohorts),
    cohortMinutes: ensure(s.cohortMinutes, cohorts),
    cohortAttendanceRows: ensure(s.cohortAttendanceRows, cohorts),
    cohortAttendanceTrue: ensure(s.cohortAttendanceTrue, cohorts),
    participantCohort: s.participantCohort.view(),
    participantRole: s.participantRole.view(),
    participantStatus: s.participantStatus.view(),
    participantKickoff: s.participantKickoff.view(),
    participantFlags: ensure(s.participantFlags, participants),
    matchCohort: s.matchCohort.view(),
    matchMonth: s.matchMonth.view(),
    matchMeetings: ensure(s.matchMeetings, s.matchCohort.length),
    sessionCohort: s.sessionCohort.view(),
    sessionKind: s.sessionKind.view(),
    sessionDay: s.sessionDay.view(),
    sessionIds: s.sessionIds,
    sessionEnrolled: ensure(s.sessionEnrolled, sessions),
    sessionAttended: ensure(s.sessionAttended, sessions),
    constructs: s.constructs,
    constructItems: s.constructItems,
    itemConstruct: s.itemConstruct,
    itemProgrammes: s.itemProgrammes,
    constructRange: s.constructRange,
    scoreSums: s.scoreSums,
    scoreCounts: s.scoreCounts,
    findings: s.findings,
    latestDate: s.latestDate,
  };
}

/** A typed array of the given length: the one filled while streaming, or zeros if none was. */
function ensure<T extends Int32Array | Uint8Array | Float64Array>(array: T, length: number): T {
  if (array.length === length) return array;
  const Ctor = array.constructor as new (size: number) => T;
  return new Ctor(length);
}
