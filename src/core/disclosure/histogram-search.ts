import type { ChangeFit } from './change-fit.ts';
import { sidesCanFit, type Needed } from './square-bounds.ts';

/**
 * Depth-first search over every histogram of `fit.pub.n` changes on −half … half steps, from
 * the lowest grid point up, each point taking as many people as it can first. A branch is cut
 * only when no completion can meet the bounds of Σ change, Σ change² and the share counts:
 * the cuts of the first version of this check (kept as they were) and exact per-side bounds
 * by group (square-bounds.ts), so the search finds the same histograms in the same order with
 * fewer steps, and hits its cap only where the first version did.
 */
export class HistogramSearch {
  private readonly fit: ChangeFit;
  private readonly maxNodes: number;
  // Filled per node (no allocation on the hot path).
  private readonly needed: Needed = { tLo: 0, tHi: 0, qLo: 0, qHi: 0 };

  constructor(fit: ChangeFit, maxNodes: number) {
    this.fit = fit;
    this.maxNodes = maxNodes;
  }

  /** Up to `want` fitting histograms that pass `accept`; 'cap' when the node cap is hit. */
  find(accept: (h: readonly number[]) => boolean, want: number): number[][] | 'cap' {
    const { fit } = this;
    const { half, sLo, sHi, qLo, qHi } = fit;
    const n = fit.pub.n;
    const size = 2 * half + 1;
    const h = new Array<number>(size).fill(0);
    const found: number[][] = [];
    let nodes = 0;
    // `pos`: people placed above zero so far.
    const visit = (j: number, left: number, s: number, q: number, pos: number): boolean => {
      if (++nodes > this.maxNodes) return false;
      const x = j - half;
      // Group totals are complete once the search passes 0 (declined) or 1 (same).
      if (j === half + 1 && !fit.inGroup(0, n - left - h[half]!)) return true;
      if (j === half + 1 && !fit.inGroup(1, h[half]!)) return true;
      if (j === size) {
        if (left === 0 && fit.inGroup(2, pos) && fit.matches(h) && accept(h)) found.push([...h]);
        return found.length < want;
      }
      // Remaining people take values in x … half.
      const maxX = half;
      if (s + left * x > sHi || s + left * maxX < sLo) return true;
      const minSq = x <= 0 ? 0 : x * x;
      const maxSq = Math.max(x * x, maxX * maxX);
      if (q + left * minSq > qHi || q + left * maxSq < qLo) return true;
      // The remaining sum r over `left` people needs Σ x² ≥ r² / left (Cauchy–Schwarz).
      if (left > 0) {
        const rLo = sLo - s;
        const rHi = sHi - s;
        const nearest = rLo > 0 ? rLo : rHi < 0 ? -rHi : 0;
        if (q + (nearest * nearest) / left > qHi + 1e-6) return true;
      }
      if (!this.canComplete(x, left, s, q, pos)) return true;
      // The last grid point takes everyone left; no point takes more than its group allows.
      const least = j === size - 1 ? left : 0;
      const group = x < 0 ? 0 : x === 0 ? 1 : 2;
      const placed = x < 0 ? n - left : x === 0 ? 0 : pos;
      const most = Math.min(left, fit.groups[group]![1] - placed);
      for (let c = most; c >= least; c--) {
        h[j] = c;
        if (!visit(j + 1, left - c, s + c * x, q + c * x * x, x > 0 ? pos + c : pos)) {
          h[j] = 0;
          return false;
        }
      }
      h[j] = 0;
      return true;
    };
    const completed = visit(0, n, 0, 0, 0);
    if (!completed && nodes > this.maxNodes) return 'cap';
    return found;
  }

  /**
   * Whether the `left` people still to place on x … half can bring the histogram into every
   * bound: some split into declined, same and improved counts within their ranges whose sides
   * can reach Σ x and Σ x² (sidesCanFit).
   */
  private canComplete(x: number, left: number, s: number, q: number, pos: number): boolean {
    const { fit } = this;
    const { half } = fit;
    const n = fit.pub.n;
    const needed = this.needed;
    needed.tLo = fit.sLo - s;
    needed.tHi = fit.sHi - s;
    needed.qLo = fit.qLo - q;
    needed.qHi = fit.qHi - q;
    const [[dLo, dHi], [zLo, zHi], [iLo, iHi]] = fit.groups as [
      readonly [number, number],
      readonly [number, number],
      readonly [number, number],
    ];
    if (x > 0) return fit.inGroup(2, pos + left) && sidesCanFit(0, 0, left, x, half, needed);
    // Below or at zero: everyone placed so far declined.
    const declined = n - left;
    if (declined > dHi) return false;
    const negTop = -x;
    const fromNeg = Math.max(0, dLo - declined);
    const toNeg = negTop > 0 ? Math.min(left, dHi - declined) : fromNeg === 0 ? 0 : -1;
    for (let neg = fromNeg; neg <= toNeg; neg++) {
      const fromPos = Math.max(iLo, left - neg - zHi, 0);
      const toPos = Math.min(iHi, left - neg - zLo);
      for (let p = fromPos; p <= toPos; p++) {
        if (sidesCanFit(neg, negTop, p, 1, half, needed)) return true;
      }
    }
    return false;
  }
}
