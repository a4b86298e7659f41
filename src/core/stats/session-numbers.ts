import { SESSION_KIND_CODES } from './collected.ts';

/**
 * Numbers each cohort's `regular` sessions 1, 2, … by held_on; sessions held the same day are
 * ordered by session_id (code-unit order), so the numbering never depends on file order.
 * @returns per session its number, or 0 for sessions that are not regular.
 */
export function numberRegularSessions(
  cohort: Int32Array,
  kind: Uint8Array,
  day: Int32Array,
  ids: readonly string[],
): Int32Array {
  const regular: number[] = [];
  for (let s = 0; s < kind.length; s++) {
    if (kind[s] === SESSION_KIND_CODES.regular && (cohort[s] as number) >= 0) regular.push(s);
  }
  regular.sort(
    (a, b) =>
      (cohort[a] as number) - (cohort[b] as number) ||
      (day[a] as number) - (day[b] as number) ||
      compareCodeUnits(ids[a] as string, ids[b] as string),
  );
  const numbers = new Int32Array(kind.length);
  let previousCohort = -1;
  let next = 0;
  for (const s of regular) {
    if (cohort[s] !== previousCohort) {
      previousCohort = cohort[s] as number;
      next = 0;
    }
    numbers[s] = ++next;
  }
  return numbers;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
