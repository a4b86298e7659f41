import {
  ATTENDED,
  HAS_ATTENDANCE_ROW,
  MATCHED,
  ROLE_MENTEE,
  STATUS_CODES,
  type Collected,
} from './collected.ts';
import { meanOfCounts, medianOfCounts } from './describe.ts';
import type { ThemeRow, UnitStats } from './types.ts';

/** What every level (programme, school, cohort) shares: which cohorts are which format. */
export interface CohortFormats {
  oneToOne: Uint8Array;
  group: Uint8Array;
  /** Regular-session numbers (0: not a regular session). */
  sessionNumber: Int32Array;
}

/**
 * Everything but outcomes for units made of cohorts: `unitOf[cohort]` is the unit's index
 * (−1: the cohort belongs to none, e.g. a cohort without a school at school level).
 */
export function summariseUnits(
  c: Collected,
  formats: CohortFormats,
  unitOf: Int32Array,
  unitCount: number,
): UnitStats[] {
  const units: UnitStats[] = Array.from({ length: unitCount }, emptyUnit);
  const schoolKeys = new Set<number>();
  for (let cohort = 0; cohort < unitOf.length; cohort++) {
    const u = unitOf[cohort] as number;
    if (u < 0) continue;
    const { reach, attendance } = units[u]!;
    reach.cohorts++;
    reach.sessions += c.cohortSessions[cohort] as number;
    reach.mentoringHours += (c.cohortMinutes[cohort] as number) / 60;
    reach.staffTrained += c.cohortStaff[cohort] as number;
    attendance.rows += c.cohortAttendanceRows[cohort] as number;
    attendance.attended += c.cohortAttendanceTrue[cohort] as number;
    const school = c.cohortSchool[cohort] as number;
    if (school >= 0 && !schoolKeys.has(u * (c.schools.length + 1) + school)) {
      schoolKeys.add(u * (c.schools.length + 1) + school);
      reach.schools++;
    }
  }
  // Minutes are summed per cohort first; dividing once keeps hours exact to the minute.
  for (const unit of units)
    unit.reach.mentoringHours = Math.round(unit.reach.mentoringHours * 60) / 60;

  for (let p = 0; p < c.participantCohort.length; p++) {
    const cohort = c.participantCohort[p] as number;
    const u = cohort < 0 ? -1 : (unitOf[cohort] as number);
    if (u < 0) continue;
    const unit = units[u]!;
    if (c.participantRole[p] !== ROLE_MENTEE) {
      unit.reach.mentors++;
      continue;
    }
    const flags = c.participantFlags[p] as number;
    unit.reach.mentees++;
    unit.funnel.registered++;
    if (flags & MATCHED) unit.funnel.matched++;
    if (flags & ATTENDED || c.participantKickoff[p] === 1) unit.funnel.attended++;
    if (c.participantStatus[p] === STATUS_CODES.completed) unit.funnel.completed++;
    if (c.participantStatus[p] === STATUS_CODES.withdrawn) unit.funnel.withdrawn++;
    if (flags & HAS_ATTENDANCE_ROW) unit.attendance.people++;
  }

  const meetings: (number[] | undefined)[] = new Array(unitCount);
  for (let m = 0; m < c.matchCohort.length; m++) {
    const cohort = c.matchCohort[m] as number;
    const u = cohort < 0 ? -1 : (unitOf[cohort] as number);
    if (u < 0) continue;
    units[u]!.reach.relationships++;
    if (formats.oneToOne[cohort] !== 1) continue;
    const histogram = (meetings[u] ??= []);
    const count = c.matchMeetings[m] as number;
    while (histogram.length <= count) histogram.push(0);
    histogram[count]!++;
  }
  meetings.forEach((pairs, u) => {
    if (pairs) {
      units[u]!.meetingsPerPair = {
        pairs,
        mean: meanOfCounts(pairs),
        median: medianOfCounts(pairs),
      };
    }
  });

  const themeRows: Map<number, ThemeRow>[] = Array.from({ length: unitCount }, () => new Map());
  for (const finding of c.findings) {
    const u = unitOf[finding.cohort] as number;
    if (u < 0) continue;
    const theme = c.themes[finding.theme]!;
    const rows = themeRows[u]!;
    let row = rows.get(finding.theme);
    if (!row) {
      row = {
        themeId: theme.theme_id,
        kind: theme.kind,
        labelEn: theme.label_en,
        labelTr: theme.label_tr,
        groups: 0,
        notes: [],
      };
      rows.set(finding.theme, row);
    }
    row.groups++;
    row.notes.push(...finding.notes);
  }
  themeRows.forEach((rows, u) => {
    units[u]!.themes = [...rows.values()].sort(byGroupsThenId);
  });
  return units;
}

/** Themes ranked by groups (most first); ties by theme_id in code-unit order. */
export function byGroupsThenId(a: ThemeRow, b: ThemeRow): number {
  return b.groups - a.groups || (a.themeId < b.themeId ? -1 : a.themeId > b.themeId ? 1 : 0);
}

function emptyUnit(): UnitStats {
  return {
    reach: {
      relationships: 0,
      mentees: 0,
      mentors: 0,
      schools: 0,
      cohorts: 0,
      sessions: 0,
      mentoringHours: 0,
      staffTrained: 0,
    },
    funnel: { registered: 0, matched: 0, attended: 0, completed: 0, withdrawn: 0 },
    meetingsPerPair: undefined,
    figures: {},
    outcomes: [],
    themes: [],
    attendance: { rows: 0, attended: 0, people: 0 },
  };
}
