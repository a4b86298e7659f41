import type { CellStatus } from './cells.ts';
import { auditSums, type AuditCell } from './interval-audit.ts';

/**
 * Whether suppressed cells of a group with a known total could be recovered exactly, with an
 * attacker who knows that a `<k` cell is in [low, k − 1] and a withheld cell is ≥ low (low is
 * 0, or 1 for a structural fact such as a histogram's last bucket): interval propagation over
 * the sum (see `auditSums`). Without raised lows this is: one suppressed cell is the total
 * minus the rest; suppressed cells adding up to 0 are all 0; `<k` cells alone are pinned when
 * their sum is (k − 1) per cell. Pinned `exempt` members do not count.
 */
export function isRecoverable(
  values: readonly number[],
  status: readonly CellStatus[],
  members: readonly number[],
  k: number,
  lows: readonly number[] = [],
  exempt: readonly boolean[] = [],
): boolean {
  const suppressed = members.filter((i) => status[i] !== 'published');
  if (suppressed.length === 0) return false;
  const rest = members.reduce(
    (sum, i) => (status[i] === 'published' ? sum : sum + (values[i] as number)),
    0,
  );
  const cells: AuditCell[] = suppressed.map((i) => ({
    lo: lows[i] ?? 0,
    hi: status[i] === 'primary' ? k - 1 : Infinity,
  }));
  cells.push({ lo: rest, hi: rest });
  const pinned = auditSums(cells, [
    { parts: suppressed.map((_, j) => j), total: suppressed.length },
  ]);
  return pinned.some((j) => j < suppressed.length && !exempt[suppressed[j]!]);
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
 * its own, as active mentees in the funnel): they count as withheld from the start, and may
 * be worked out when they hold at least k people. `lows` are
 * structural lower bounds an attacker knows (a histogram's last bucket is ≥ 1).
 * @example protectGroup([3, 40, 25], 10, true).status // ['primary', 'published', 'secondary']
 */
export function protectGroup(
  values: readonly number[],
  k: number,
  totalKnown: boolean,
  hidden: readonly boolean[] = [],
  lows: readonly number[] = [],
): { status: CellStatus[]; withholdTotal: boolean } {
  const status: CellStatus[] = values.map((v, i) =>
    hidden[i] ? 'secondary' : v < k ? 'primary' : 'published',
  );
  if (!totalKnown) return { status, withholdTotal: false };
  const members = values.map((_, i) => i);
  // A hidden member of at least k people may be worked out: it is not a small count.
  const exempt = values.map((v, i) => hidden[i] === true && v >= k);
  while (isRecoverable(values, status, members, k, lows, exempt)) {
    const next = nextSmallest(values, status, members);
    if (next < 0) return { status, withholdTotal: true };
    status[next] = 'secondary';
  }
  return { status, withholdTotal: false };
}
