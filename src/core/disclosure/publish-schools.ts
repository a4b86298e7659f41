import type { SchoolStats } from '../stats/types.ts';
import { countCell, statistic } from './cells.ts';
import { publishOutcome, type OutcomeRisk } from './publish-outcome.ts';
import type { PublishedSchool } from './published-types.ts';
import { protectGroup } from './sibling-group.ts';

/**
 * The schools table under disclosure control. School rows add up to the mentees and
 * relationships of all school cohorts, which programme totals can give away, so each of these
 * columns is protected as a sibling group with a known total.
 */
export function publishSchools(
  schools: readonly SchoolStats[],
  k: number,
  risk?: OutcomeRisk,
): PublishedSchool[] {
  const mentees = protectGroup(
    schools.map((s) => s.reach.mentees),
    k,
    true,
  ).status;
  const relationships = protectGroup(
    schools.map((s) => s.reach.relationships),
    k,
    true,
  ).status;
  return schools.map((s, i) => ({
    schoolId: s.schoolId,
    nameTr: s.nameTr,
    nameEn: s.nameEn,
    province: s.province,
    schoolType: s.schoolType,
    isPilot: s.isPilot,
    cohorts: s.reach.cohorts,
    mentees: countCell(s.reach.mentees, mentees[i]!, k),
    relationships: countCell(s.reach.relationships, relationships[i]!, k),
    sessions: s.reach.sessions,
    attendanceRate:
      s.attendance.rows === 0
        ? null
        : statistic(s.attendance.attended / s.attendance.rows, s.attendance.people, k),
    outcomes: s.outcomes.map((row) => publishOutcome(row, k, risk)),
    cohortPeriods: s.cohortPeriods,
  }));
}
