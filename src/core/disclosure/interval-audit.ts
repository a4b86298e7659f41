/**
 * What an attacker can work out from published cells linked by sums and inequalities: each cell
 * is an unknown whole number with bounds (published: its value; `<k`: 0 … k − 1; withheld: ≥ 0;
 * raised by structural facts, e.g. a histogram's last bucket and a monthly series' first and
 * last month are ≥ 1), each equation says that some cells add up to another, and each
 * inequality that one cell is at most another (nested counts: matched ≤ registered). Bounds
 * are tightened through all of them until nothing changes; the result is every cell's
 * interval, and a suppressed cell whose bounds meet has been recovered.
 */
export interface AuditCell {
  lo: number;
  hi: number;
}

/** `parts` add up to `total` (indexes into the cells). */
export interface SumEquation {
  parts: readonly number[];
  total: number;
}

/** `cells[lower] ≤ cells[upper]`. */
export interface Inequality {
  lower: number;
  upper: number;
}

/**
 * Tightens the bounds in place and returns the indexes of cells pinned to one value.
 * @example
 * const cells = [{ lo: 0, hi: 9 }, { lo: 12, hi: 12 }, { lo: 20, hi: 20 }];
 * auditSums(cells, [{ parts: [0, 1], total: 2 }]) // [0, 1, 2]: the `<10` cell is 8
 */
export function auditSums(
  cells: AuditCell[],
  equations: readonly SumEquation[],
  inequalities: readonly Inequality[] = [],
): number[] {
  for (let changed = true, round = 0; changed && round < 10_000; round++) {
    changed = false;
    for (const { lower, upper } of inequalities) {
      const a = cells[lower]!;
      const b = cells[upper]!;
      changed = tighten(a, -Infinity, b.hi) || changed;
      changed = tighten(b, a.lo, Infinity) || changed;
    }
    for (const { parts, total } of equations) {
      let partsLo = 0;
      let partsHi = 0;
      for (const p of parts) {
        partsLo += cells[p]!.lo;
        partsHi += cells[p]!.hi;
      }
      const t = cells[total]!;
      changed = tighten(t, partsLo, partsHi) || changed;
      for (const p of parts) {
        const cell = cells[p]!;
        // part = total − (other parts)
        changed = tighten(cell, t.lo - (partsHi - cell.hi), t.hi - (partsLo - cell.lo)) || changed;
      }
    }
  }
  return cells.flatMap((c, i) => (c.lo === c.hi ? [i] : []));
}

function tighten(cell: AuditCell, lo: number, hi: number): boolean {
  // Infinity − Infinity is NaN: an unbounded side says nothing.
  const newLo = Number.isNaN(lo) ? cell.lo : Math.max(cell.lo, Math.ceil(lo));
  const newHi = Number.isNaN(hi) ? cell.hi : Math.min(cell.hi, Math.floor(hi));
  if (newLo === cell.lo && newHi === cell.hi) return false;
  cell.lo = newLo;
  cell.hi = newHi;
  return true;
}
