/**
 * Test oracle: the reconstruction check as it was first merged (DFS only, commit 3cd4728), kept
 * verbatim but for its import paths and this note, so the property tests can compare the
 * witnesses + pruned search against it.
 */
import { pairedChange } from '../../../src/core/stats/paired-change.ts';
import { tInterval } from '../../../src/core/stats/t-interval.ts';
import { publishP, round2, type PValue } from '../../../src/core/disclosure/cells.ts';

/**
 * The grid a construct's changes live on: a score is the mean of the items a person answered,
 * so with `a` items answered before and `b` after, a change is a multiple of 1 / lcm(a, b).
 * `step` is 1 / lcm over the answered-item counts of the row's respondents (1 / items when
 * everyone answered every item); `range` is scale_max − scale_min (the largest change).
 */
export interface ChangeGrid {
  step: number;
  range: number;
}

/** What the page would publish of one outcome row's change distribution. */
export interface PublishedChange {
  n: number;
  meanChange: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  cohensDz: number | null;
  wilcoxonP: PValue | null;
  /** Shares declined, same, improved: null where withheld. */
  shares: readonly [number | null, number | null, number | null];
}

export type ReconstructionFinding =
  | { safe: true; histograms: number | 'not enumerated' }
  | { safe: false; reason: 'few' | 'share' | 'extreme' | 'cap' };

/**
 * Bounds of the check. Past `points` grid points or `nodes` search steps it gives up and the
 * row is withheld (the safe side). Rows of more than `people` paired people are not
 * enumerated: there the rounding of the mean alone leaves Σ change open over n × 0.01 and the
 * fitting histograms are too many to list (at n = 100 on a one-item scale the search already
 * finds k of them in milliseconds), while a search there would hit the cap and withhold every
 * national figure.
 */
export const RECONSTRUCTION_CAP = { points: 2001, nodes: 2_000_000, people: 150 };

/**
 * Whether an attacker who knows the grid could rebuild what the row protects: the check
 * enumerates the histograms of changes on the grid that reproduce every published rounded
 * value (through the same statistics code and rounding as publication) and reports a risk
 * when fewer than k exist, when they all agree on a withheld share (its count), or when they
 * all agree on a non-zero count at an extreme change (±range: such a person's raw answers are
 * the scale's ends). Searches are bounded; a search that hits the cap counts as a risk
 * (withholding is the safe side).
 * @example reconstructionRisk(published, { step: 1, range: 4 }, 10)
 */
export function referenceRisk(
  pub: PublishedChange,
  grid: ChangeGrid,
  k: number,
  cap = RECONSTRUCTION_CAP,
): ReconstructionFinding {
  if (pub.n > cap.people) return { safe: true, histograms: 'not enumerated' };
  const half = Math.round(grid.range / grid.step);
  if (2 * half + 1 > cap.points) return { safe: false, reason: 'cap' };
  const search = new HistogramSearch(pub, grid.step, half, cap.nodes);

  const first = search.find(() => true, k);
  if (first === 'cap') return { safe: false, reason: 'cap' };
  if (first.length < k) return { safe: false, reason: 'few' };
  const h = first[0]!;
  const last = h.length - 1;
  for (const at of [0, last]) {
    if (h[at] === 0) continue;
    const other = search.find((x) => x[at] !== h[at], 1);
    if (other === 'cap') return { safe: false, reason: 'cap' };
    if (other.length === 0) return { safe: false, reason: 'extreme' };
  }
  for (let group = 0; group < 3; group++) {
    if (pub.shares[group] !== null) continue;
    const count = groupCount(h, half, group);
    const other = search.find((x) => groupCount(x, half, group) !== count, 1);
    if (other === 'cap') return { safe: false, reason: 'cap' };
    if (other.length === 0) return { safe: false, reason: 'share' };
  }
  return { safe: true, histograms: first.length };
}

/** People declined (group 0), same (1) or improved (2) in a histogram over −half … half. */
function groupCount(h: readonly number[], half: number, group: number): number {
  const [from, to] =
    group === 0 ? [0, half] : group === 1 ? [half, half + 1] : [half + 1, h.length];
  let sum = 0;
  for (let i = from; i < to; i++) sum += h[i]!;
  return sum;
}

/** Depth-first search over histograms, pruned by the sum and sum of squares of changes. */
class HistogramSearch {
  private readonly sLo: number;
  private readonly sHi: number;
  private readonly qLo: number;
  private readonly qHi: number;
  private readonly groupRanges: [number, number][];
  private readonly pub: PublishedChange;
  private readonly step: number;
  private readonly half: number;
  private readonly maxNodes: number;

  constructor(pub: PublishedChange, step: number, half: number, maxNodes: number) {
    this.pub = pub;
    this.step = step;
    this.half = half;
    this.maxNodes = maxNodes;
    const n = pub.n;
    // Integer units: a change is x · step with x in −half … half.
    const slack = 0.005 + 1e-9;
    if (pub.meanChange === null) [this.sLo, this.sHi] = [-n * half, n * half];
    else {
      this.sLo = Math.ceil(((pub.meanChange - slack) * n) / step - 1e-9);
      this.sHi = Math.floor(((pub.meanChange + slack) * n) / step + 1e-9);
    }
    // The CI's width gives the SD: width = 2 · t · sd / √n (each bound rounded to ±0.005).
    let qLo = 0;
    let qHi = n * half * half;
    if (pub.ciLow !== null && pub.ciHigh !== null && n >= 2) {
      const unit = tInterval(0, 1, n);
      const perSd = unit ? unit.high - unit.low : undefined;
      if (perSd) {
        const width = pub.ciHigh - pub.ciLow;
        const sdLo = Math.max(0, (width - 2 * slack) / perSd) / step;
        const sdHi = (width + 2 * slack) / perSd / step;
        const s2 = Math.min(this.sLo * this.sLo, this.sHi * this.sHi);
        const s2Hi = Math.max(this.sLo * this.sLo, this.sHi * this.sHi);
        const crosses = this.sLo <= 0 && this.sHi >= 0;
        qLo = Math.max(0, (n - 1) * sdLo * sdLo + (crosses ? 0 : s2) / n - 1e-6);
        qHi = Math.min(qHi, (n - 1) * sdHi * sdHi + s2Hi / n + 1e-6);
      }
    }
    this.qLo = qLo;
    this.qHi = qHi;
    this.groupRanges = pub.shares.map((share) => {
      if (share === null) return [0, n];
      let lo = n + 1;
      let hi = -1;
      for (let c = 0; c <= n; c++) {
        if (round2(c / n) !== share) continue;
        lo = Math.min(lo, c);
        hi = Math.max(hi, c);
      }
      return [lo, hi];
    }) as [number, number][];
  }

  /** Up to `want` consistent histograms that pass `accept`; 'cap' when the node cap is hit. */
  find(accept: (h: readonly number[]) => boolean, want: number): number[][] | 'cap' {
    const size = 2 * this.half + 1;
    const h = new Array<number>(size).fill(0);
    const found: number[][] = [];
    let nodes = 0;
    const { half, pub } = this;
    const visit = (j: number, left: number, s: number, q: number): boolean => {
      if (++nodes > this.maxNodes) return false;
      const x = j - half;
      // Group totals are complete once the search passes 0 (declined) or 1 (same).
      if (j === half + 1 && !this.inGroup(0, pub.n - left - h[half]!)) return true;
      if (j === half + 1 && !this.inGroup(1, h[half]!)) return true;
      if (j === size) {
        if (left === 0 && this.inGroup(2, groupCount(h, half, 2)) && this.matches(h) && accept(h)) {
          found.push([...h]);
        }
        return found.length < want;
      }
      // Remaining people take values in x … half.
      const maxX = half;
      if (s + left * x > this.sHi || s + left * maxX < this.sLo) return true;
      const minSq = x <= 0 ? 0 : x * x;
      const maxSq = Math.max(x * x, maxX * maxX);
      if (q + left * minSq > this.qHi || q + left * maxSq < this.qLo) return true;
      // The remaining sum r over `left` people needs Σ x² ≥ r² / left (Cauchy–Schwarz).
      if (left > 0) {
        const rLo = this.sLo - s;
        const rHi = this.sHi - s;
        const nearest = rLo > 0 ? rLo : rHi < 0 ? -rHi : 0;
        if (q + (nearest * nearest) / left > this.qHi + 1e-6) return true;
      }
      // The last grid point takes everyone left.
      const least = j === size - 1 ? left : 0;
      for (let c = left; c >= least; c--) {
        h[j] = c;
        if (!visit(j + 1, left - c, s + c * x, q + c * x * x)) {
          h[j] = 0;
          return false;
        }
      }
      h[j] = 0;
      return true;
    };
    const completed = visit(0, pub.n, 0, 0);
    if (!completed && nodes > this.maxNodes) return 'cap';
    return found;
  }

  private inGroup(group: number, count: number): boolean {
    const [lo, hi] = this.groupRanges[group]!;
    return count >= lo && count <= hi;
  }

  /** Whether the histogram reproduces every published value, computed as publication does. */
  private matches(h: readonly number[]): boolean {
    const { pub, step, half } = this;
    const changes = new Float64Array(pub.n);
    let at = 0;
    for (let j = 0; j < h.length; j++) {
      for (let c = 0; c < h[j]!; c++) changes[at++] = (j - half) * step;
    }
    const r = pairedChange(new Float64Array(pub.n), changes);
    const same = (published: number | null, value: number | undefined) =>
      published === null || (value !== undefined && round2(value) === published);
    if (!same(pub.meanChange, r.meanChange)) return false;
    if (!same(pub.ciLow, r.ciLow) || !same(pub.ciHigh, r.ciHigh)) return false;
    if (!same(pub.cohensDz, r.cohensDz)) return false;
    if (pub.wilcoxonP !== null) {
      if (r.wilcoxonP === undefined) return false;
      const p = publishP(r.wilcoxonP);
      if (typeof pub.wilcoxonP === 'number' ? p !== pub.wilcoxonP : typeof p === 'number') {
        return false;
      }
    }
    return true;
  }
}
