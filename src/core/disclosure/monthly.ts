import type { CellStatus } from './cells.ts';
import { auditSums, type AuditCell, type SumEquation } from './interval-audit.ts';
import { nextSmallest } from './sibling-group.ts';

type Statuses = { newStatus: CellStatus[]; cumulativeStatus: CellStatus[]; withholdTotal: boolean };

/**
 * Suppression for a monthly series published with its running total. Months and running totals
 * under k are suppressed; then, while an attacker could work a suppressed cell out from the
 * running totals, their differences and the total (see `auditSums`), the next smallest
 * published month between the nearest published running totals around it is withheld; if
 * there is none, a running total is withheld to widen that span (never the last one, which is
 * the programme's published total). When only the total itself could protect the series,
 * `withholdTotal` is set and the statuses are those of a series whose total is not published.
 * @example protectMonthly([12, 3, 15], 10, true).cumulativeStatus // ['published', 'secondary', 'published']
 */
export function protectMonthly(news: readonly number[], k: number, totalKnown: boolean): Statuses {
  const cumulative: number[] = [];
  news.reduce((sum, v) => (cumulative.push(sum + v), sum + v), 0);
  const newStatus: CellStatus[] = news.map((v) => (v < k ? 'primary' : 'published'));
  const cumulativeStatus: CellStatus[] = cumulative.map((v) => (v < k ? 'primary' : 'published'));
  const last = news.length - 1;
  if (!totalKnown && last >= 0 && cumulativeStatus[last] === 'published') {
    cumulativeStatus[last] = 'secondary';
  }
  for (;;) {
    const exposed = firstRecovered(news, cumulative, newStatus, cumulativeStatus, k);
    if (exposed === undefined) return { newStatus, cumulativeStatus, withholdTotal: false };
    // The span of months between the published running totals around the exposed cell.
    let left = exposed.month - (exposed.kind === 'cumulative' ? 0 : 1);
    while (left >= 0 && cumulativeStatus[left] !== 'published') left--;
    let right = exposed.kind === 'cumulative' ? exposed.month + 1 : exposed.month;
    while (right <= last && cumulativeStatus[right] !== 'published') right++;
    const span = Array.from({ length: Math.min(right, last) - left }, (_, i) => left + 1 + i);
    const next = nextSmallest(news, newStatus, span);
    if (next >= 0) newStatus[next] = 'secondary';
    else if (right < last) cumulativeStatus[right] = 'secondary';
    else if (left >= 0) cumulativeStatus[left] = 'secondary';
    else if (totalKnown) return { ...protectMonthly(news, k, false), withholdTotal: true };
    // Without a known total nothing is pinned unless a running total is published, so this
    // cannot happen; failing loudly beats publishing a recoverable cell.
    else throw new Error('disclosure: a monthly series could not be protected');
  }
}

/** The first suppressed month or running total an attacker recovers, if any. */
function firstRecovered(
  news: readonly number[],
  cumulative: readonly number[],
  newStatus: readonly CellStatus[],
  cumulativeStatus: readonly CellStatus[],
  k: number,
): { kind: 'new' | 'cumulative'; month: number } | undefined {
  // The series runs from the first to the last month with data: those months are ≥ 1.
  const last = news.length - 1;
  const bounds = (value: number, status: CellStatus, low = 0): AuditCell =>
    status === 'published'
      ? { lo: value, hi: value }
      : status === 'primary'
        ? { lo: low, hi: k - 1 }
        : { lo: low, hi: Infinity };
  // Cells: a zero before the first month, then new[i] at 2i + 1 and cumulative[i] at 2i + 2.
  const cells: AuditCell[] = [{ lo: 0, hi: 0 }];
  const equations: SumEquation[] = [];
  news.forEach((value, i) => {
    // (Only where it holds: a hand-made series may start or end with 0.)
    const low = (i === 0 || i === last) && value >= 1 ? 1 : 0;
    cells.push(
      bounds(value, newStatus[i]!, low),
      bounds(cumulative[i]!, cumulativeStatus[i]!, Math.min(1, cumulative[i]!)),
    );
    equations.push({ parts: [2 * i, 2 * i + 1], total: 2 * i + 2 });
  });
  const pinned = new Set(auditSums(cells, equations));
  for (let i = 0; i < news.length; i++) {
    if (newStatus[i] !== 'published' && pinned.has(2 * i + 1)) return { kind: 'new', month: i };
    if (cumulativeStatus[i] !== 'published' && pinned.has(2 * i + 2)) {
      return { kind: 'cumulative', month: i };
    }
  }
  return undefined;
}
