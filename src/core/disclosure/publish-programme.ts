import type { ProgrammeStats } from '../stats/types.ts';
import { countCell, isPublished, primaryCount, round2, statistic } from './cells.ts';
import { protectMonthly } from './monthly.ts';
import { publishOutcome, type OutcomeRisk } from './publish-outcome.ts';
import { publishFunnel } from './publish-funnel.ts';
import type { Count, PublishedProgramme } from './published-types.ts';
import { protectGroup } from './sibling-group.ts';

/**
 * One programme under disclosure control. The programme's relationships are the known total
 * of two sibling structures (meetings per pair, relationships by month); if either could only
 * be protected by hiding that total, it is withheld everywhere and both are protected again
 * as if no total were known. `risk`: the outcome rows' reconstruction verdicts (publishOutcome).
 */
export function publishProgramme(
  p: ProgrammeStats,
  k: number,
  risk?: OutcomeRisk,
): Omit<PublishedProgramme, 'years' | 'provinces' | 'figures'> {
  const total = p.reach.relationships;
  const pairs = p.meetingsPerPair?.pairs ?? [];
  const news = p.relationshipsByMonth.map((row) => row.new);
  let totalKnown = total >= k;
  // The distribution ends at the largest observed number of meetings: that bucket is ≥ 1.
  const pairLows = pairs.map((n, i) => (i === pairs.length - 1 && n >= 1 ? 1 : 0));
  let meetings = protectGroup(pairs, k, totalKnown, [], pairLows);
  let months = protectMonthly(news, k, totalKnown);
  if (totalKnown && (meetings.withholdTotal || months.withholdTotal)) {
    totalKnown = false;
    meetings = protectGroup(pairs, k, false, [], pairLows);
    months = protectMonthly(news, k, false);
  }
  const relationships: Count = total < k ? { below: k } : totalKnown ? total : null;
  const anyPairSuppressed = meetings.status.some((s) => s !== 'published');
  const pairTotal = pairs.reduce((a, b) => a + b, 0);

  return {
    programmeId: p.programmeId,
    nameEn: p.nameEn,
    nameTr: p.nameTr,
    organisation: p.organisation,
    format: p.format,
    reach: {
      relationships,
      mentees: primaryCount(p.reach.mentees, k),
      mentors: primaryCount(p.reach.mentors, k),
      staffTrained: primaryCount(p.reach.staffTrained, k),
      schools: p.reach.schools,
      cohorts: p.reach.cohorts,
      sessions: p.reach.sessions,
      mentoringHours: round2(p.reach.mentoringHours),
    },
    funnel: publishFunnel(p.funnel, k),
    meetingsPerPair: p.meetingsPerPair
      ? {
          distribution: pairs.map((n, meetings) => ({
            meetings,
            pairs: countCell(n, meetingStatus(meetings), k),
          })),
          // With the total known, Σ meetings (mean × pairs) would be a second equation
          // over the suppressed cells.
          mean: anyPairSuppressed ? null : statistic(p.meetingsPerPair.mean, pairTotal, k),
          median: statistic(p.meetingsPerPair.median, pairTotal, k),
        }
      : null,
    outcomes: p.outcomes.map((row) => publishOutcome(row, k, risk)),
    themes: p.themes.map((t) => ({ ...t, notes: t.groups >= k ? t.notes : [] })),
    relationshipsByMonth: p.relationshipsByMonth.map((row, i) => ({
      month: row.month,
      new: countCell(row.new, months.newStatus[i]!, k),
      cumulative: countCell(row.cumulative, months.cumulativeStatus[i]!, k),
      targetPath: row.targetPath === undefined ? null : round2(row.targetPath),
    })),
    goal: p.goal
      ? {
          target: p.goal.target,
          targetDate: p.goal.targetDate ?? null,
          current: relationships,
          monthsLeft: p.goal.monthsLeft ?? null,
          // The pace gives back the current count, so it needs a published one.
          pacePerMonth:
            isPublished(relationships) && p.goal.pacePerMonth !== undefined
              ? round2(p.goal.pacePerMonth)
              : null,
        }
      : null,
  };

  function meetingStatus(i: number) {
    return meetings.status[i]!;
  }
}
