import type { Collected } from './collected.ts';
import { monthIndex, monthLabel } from './months.ts';
import type { Goal, RelationshipMonth } from './types.ts';

/**
 * New and cumulative relationships per calendar month of matched_on, every month from the
 * first to the last (months without a match count 0). The target path is a straight line from
 * 0 before the first month to the target in the target date's month, flat after it.
 */
export function relationshipsByMonth(
  c: Collected,
  programme: number,
  target: number | undefined,
  targetDate: string | undefined,
): RelationshipMonth[] {
  const perMonth = new Map<number, number>();
  for (let m = 0; m < c.matchCohort.length; m++) {
    const cohort = c.matchCohort[m] as number;
    if (cohort < 0 || c.cohortProgramme[cohort] !== programme) continue;
    const month = c.matchMonth[m] as number;
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  }
  if (perMonth.size === 0) return [];
  const months = [...perMonth.keys()];
  const first = Math.min(...months);
  const last = Math.max(...months);
  const targetMonth = targetDate === undefined ? undefined : monthIndex(targetDate);
  const rows: RelationshipMonth[] = [];
  let cumulative = 0;
  for (let month = first; month <= last; month++) {
    const added = perMonth.get(month) ?? 0;
    cumulative += added;
    rows.push({
      month: monthLabel(month),
      new: added,
      cumulative,
      targetPath:
        target === undefined || targetMonth === undefined
          ? undefined
          : target * Math.min(1, (month - first + 1) / Math.max(1, targetMonth - first + 1)),
    });
  }
  return rows;
}

/**
 * Progress towards `target_relationships`: all match rows so far against the target, and the
 * monthly pace needed over the calendar months from the as-of month to the target month.
 * @example goalProgress(100, '2025-12-31', 40, '2025-06-15').pacePerMonth // 10 (60 over 6 months)
 */
export function goalProgress(
  target: number,
  targetDate: string | undefined,
  current: number,
  asOf: string | undefined,
): Goal {
  const monthsLeft =
    targetDate === undefined || asOf === undefined
      ? undefined
      : monthIndex(targetDate) - monthIndex(asOf);
  return {
    target,
    targetDate,
    current,
    monthsLeft,
    pacePerMonth:
      monthsLeft === undefined || monthsLeft <= 0
        ? undefined
        : Math.max(0, target - current) / monthsLeft,
  };
}
