import type { CellStatus } from './cells.ts';

/**
 * Whether suppressed cells of a group with a known total could be recovered exactly, with an
 * attacker who knows that a `<k` cell is in [0, k − 1] and a withheld cell is ≥ 0:
 * one suppressed cell is the total minus the rest; cells that are all `<k` are pinned when
 * their sum is 0 or (k − 1) per cell. Suppressed cells that add up to 0 are all 0, withheld
 * or not; otherwise a withheld cell among them leaves every value open.
 */
export function isRecoverable(
  values: readonly number[],
  status: readonly CellStatus[],
  members: readonly number[],
  k: number,
): boolean {
  let suppressed = 0;
  let sum = 0;
  let allPrimary = true;
  for (const i of members) {
    if (status[i] === 'published') continue;
    suppressed++;
    sum += values[i] as number;
    if (status[i] !== 'primary') allPrimary = false;
  }
  if (suppressed === 0) return false;
  if (suppressed === 1 || sum === 0) return true;
  return allPrimary && sum === suppressed * (k - 1);
}

/** The published member with the smallest value (earliest on ties), or −1. */
export function nextSmallest(
  values: readonly number[],
  status: readonly CellStatus[],
  members: readonly number[],
): number {
  let best = -1;
  for (const i of members) {
    if (status[i] !== 'published') continue;
    if (best < 0 || (values[i] as number) < (values[best] as number)) best = i;
  }
  return best;
}

/**
 * Primary and secondary suppression of sibling cells that add up to a total:
 * cells under k are suppressed; while a suppressed cell could be recovered from the total
 * and its siblings, the next smallest sibling is withheld too. `withholdTotal` is set when no
 * sibling is left to withhold (the total itself must then not be published).
 * `hidden` marks members that are never published (a part of a partition that has no row of
 * its own, as active mentees in the funnel): they count as withheld from the start.
 * @example protectGroup([3, 40, 25], 10, true).status // ['primary', 'published', 'secondary']
 */
export function protectGroup(
  values: readonly number[],
  k: number,
  totalKnown: boolean,
  hidden: readonly boolean[] = [],
): { status: CellStatus[]; withholdTotal: boolean } {
  const status: CellStatus[] = values.map((v, i) =>
    hidden[i] ? 'secondary' : v < k ? 'primary' : 'published',
  );
  if (!totalKnown) return { status, withholdTotal: false };
  const members = values.map((_, i) => i);
  while (isRecoverable(values, status, members, k)) {
    const next = nextSmallest(values, status, members);
    if (next < 0) return { status, withholdTotal: true };
    status[next] = 'secondary';
  }
  return { status, withholdTotal: false };
}
