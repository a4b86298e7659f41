/**
 * Test helper: an attacker that tries to recover suppressed cells from what is published.
 * Every cell is an unknown integer with bounds (published: its value; `<k`: 0 … k − 1;
 * withheld: ≥ 0); equations are the published totals and running totals. Bounds are
 * tightened through every equation until nothing changes (interval propagation): a
 * suppressed cell whose bounds meet is recovered.
 */
import type { Count } from '../../../src/core/disclosure/cells.ts';

export interface Unknown {
  lo: number;
  hi: number;
  suppressed: boolean;
}

/**
 * Σ coefficient × cell = constant; with `atLeast` / `atMost` an inequality instead:
 * Σ coefficient × cell ≥ atLeast, or ≤ atMost (then `constant` is ignored).
 */
export interface Equation {
  terms: [cell: number, coefficient: number][];
  constant: number;
  atLeast?: number;
  atMost?: number;
}

export class Attack {
  cells: Unknown[] = [];
  equations: Equation[] = [];

  /** Adds a published cell as the attacker sees it; returns its index. */
  cell(count: Count): number {
    if (typeof count === 'number') this.cells.push({ lo: count, hi: count, suppressed: false });
    else if (count === null) this.cells.push({ lo: 0, hi: Infinity, suppressed: true });
    else this.cells.push({ lo: 0, hi: count.below - 1, suppressed: true });
    return this.cells.length - 1;
  }

  /** Adds Σ cells − total = 0. */
  sum(parts: number[], total: number): void {
    this.equations.push({
      terms: [...parts.map((p) => [p, 1] as [number, number]), [total, -1]],
      constant: 0,
    });
  }

  /** Adds a structural fact: the cell is at least `value` (a series' last month is ≥ 1). */
  atLeast(cell: number, value: number): void {
    this.equations.push({ terms: [[cell, 1]], constant: 0, atLeast: value });
  }

  /** Adds `lower ≤ upper` (nested counts: matched ≤ registered). */
  lessOrEqual(lower: number, upper: number): void {
    this.equations.push({
      terms: [
        [lower, 1],
        [upper, -1],
      ],
      constant: 0,
      atMost: 0,
    });
  }

  /** The attacker's interval of a cell (after `recovered()`). */
  interval(cell: number): [number, number] {
    return [this.cells[cell]!.lo, this.cells[cell]!.hi];
  }

  /** Indexes of suppressed cells whose value the attacker pins down exactly. */
  recovered(): number[] {
    for (let round = 0, changed = true; changed && round < 1000; round++) {
      changed = false;
      for (const { terms, constant, atLeast, atMost } of this.equations) {
        const inequality = atLeast !== undefined || atMost !== undefined;
        for (const [target, a] of terms) {
          // a·x = constant − Σ others: bound the right side, then divide. For Σ ≥ c the right
          // side has no upper bound, for Σ ≤ c no lower one.
          let lo = inequality ? (atLeast ?? -Infinity) : constant;
          let hi = inequality ? (atMost ?? Infinity) : constant;
          for (const [other, b] of terms) {
            if (other === target) continue;
            const cell = this.cells[other]!;
            const [p, q] = b > 0 ? [b * cell.hi, b * cell.lo] : [b * cell.lo, b * cell.hi];
            lo -= p;
            hi -= q;
          }
          const [newLo, newHi] = a > 0 ? [lo / a, hi / a] : [hi / a, lo / a];
          const cell = this.cells[target]!;
          const tightLo = Math.max(cell.lo, Math.ceil(newLo - 1e-9));
          const tightHi = Math.min(cell.hi, Math.floor(newHi + 1e-9));
          if (tightLo > cell.lo || tightHi < cell.hi) {
            cell.lo = tightLo;
            cell.hi = tightHi;
            changed = true;
          }
        }
      }
    }
    return this.cells.flatMap((c, i) => (c.suppressed && c.lo === c.hi ? [i] : []));
  }
}
