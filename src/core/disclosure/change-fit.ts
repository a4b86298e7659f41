import { mean, sampleSd } from '../stats/describe.ts';
import { tInterval } from '../stats/t-interval.ts';
import { changeKey } from '../stats/tolerance.ts';
import { wilcoxonOfHistogram, wilcoxonSignedRank } from '../stats/wilcoxon.ts';
import { publishP, round2, ROUND2_REACH, type PValue } from './cells.ts';
import { changeBounds } from './change-bounds.ts';

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

/**
 * Which histograms of changes fit a published row. A histogram `h` counts people per grid
 * point: `h[j]` people changed by (j − half) steps. Cheap necessary bounds come first (Σ
 * change and Σ change² in steps, from the rounded mean and CI width; the share counts), then
 * `matches` recomputes every published value with the statistics code and rounding of
 * publication.
 */
export class ChangeFit {
  readonly pub: PublishedChange;
  readonly step: number;
  readonly half: number;
  /** Bounds of Σ x and Σ x² over the people's changes x, in grid steps (change-bounds.ts). */
  readonly sLo: number;
  readonly sHi: number;
  readonly qLo: number;
  readonly qHi: number;
  /** [lo, hi] people declined, same, improved. */
  readonly groups: readonly (readonly [number, number])[];
  // Reused by every `matches` call: one leaf must not cost an allocation.
  private readonly changes: Float64Array;
  /** Whether the Wilcoxon ranks can be read off the histogram (gridRanksExact). */
  private readonly ranksOnGrid: boolean;

  constructor(pub: PublishedChange, step: number, half: number) {
    this.pub = pub;
    this.step = step;
    this.half = half;
    this.changes = new Float64Array(pub.n);
    this.ranksOnGrid = gridRanksExact(step, half);
    const n = pub.n;
    ({
      sLo: this.sLo,
      sHi: this.sHi,
      qLo: this.qLo,
      qHi: this.qHi,
    } = changeBounds(pub, step, half));
    this.groups = pub.shares.map((share): [number, number] => {
      if (share === null) return [0, n];
      let lo = n + 1;
      let hi = -1;
      // Only counts within ROUND2_REACH of the share can give it.
      const last = Math.min(n, Math.ceil((share + ROUND2_REACH) * n));
      for (let c = Math.max(0, Math.floor((share - ROUND2_REACH) * n)); c <= last; c++) {
        if (round2(c / n) !== share) continue;
        lo = Math.min(lo, c);
        hi = Math.max(hi, c);
      }
      return [lo, hi];
    });
  }

  /** Whether `count` people fit the range of group 0 (declined), 1 (same) or 2 (improved). */
  inGroup(group: number, count: number): boolean {
    const [lo, hi] = this.groups[group]!;
    return count >= lo && count <= hi;
  }

  /**
   * Whether the histogram reproduces every published value, computed as publication does
   * (pairedChange's mean, SD, t interval, dz and Wilcoxon p of the changes), cheapest first:
   * the Wilcoxon ranks are only computed once mean, CI and dz fit.
   */
  matches(h: ArrayLike<number>): boolean {
    const { pub, step, half, changes } = this;
    let at = 0;
    for (let j = 0; j < h.length; j++) {
      const value = (j - half) * step;
      for (let c = h[j] as number; c > 0; c--) changes[at++] = value;
    }
    const same = (published: number | null, value: number | undefined) =>
      published === null ||
      (value !== undefined &&
        Math.abs(value - published) < ROUND2_REACH &&
        round2(value) === published);
    const meanChange = mean(changes);
    if (!same(pub.meanChange, meanChange)) return false;
    const sdChange = sampleSd(changes);
    const ci = meanChange === undefined ? undefined : tInterval(meanChange, sdChange, pub.n);
    if (!same(pub.ciLow, ci?.low) || !same(pub.ciHigh, ci?.high)) return false;
    // As pairedChange: no dz when the SD is 0 within the comparison grid.
    const dz =
      meanChange === undefined || sdChange === undefined || changeKey(sdChange) === 0
        ? undefined
        : meanChange / sdChange;
    if (!same(pub.cohensDz, dz)) return false;
    if (pub.wilcoxonP === null) return true;
    const p = (this.ranksOnGrid ? wilcoxonOfHistogram(h, half) : wilcoxonSignedRank(changes))?.p;
    if (p === undefined) return false;
    const published = publishP(p);
    return typeof pub.wilcoxonP === 'number'
      ? published === pub.wilcoxonP
      : typeof published !== 'number';
  }
}

/** People declined (group 0), same (1) or improved (2) in a histogram over −half … half. */
export function groupCount(h: ArrayLike<number>, half: number, group: number): number {
  const [from, to] =
    group === 0 ? [0, half] : group === 1 ? [half, half + 1] : [half + 1, h.length];
  let sum = 0;
  for (let i = from; i < to; i++) sum += h[i] as number;
  return sum;
}

/**
 * Whether the grid's changes rank on the comparison grid as their steps do: the change of
 * ±m steps has the key ±K(m) (changeKey), with 0 < K(1) < K(2) < …, so ties are exactly the
 * people m steps up or down and wilcoxonOfHistogram gives wilcoxonSignedRank's result.
 */
function gridRanksExact(step: number, half: number): boolean {
  let previous = 0;
  for (let m = 1; m <= half; m++) {
    const up = changeKey(m * step);
    if (up <= previous || changeKey(-m * step) !== -up) return false;
    previous = up;
  }
  return true;
}
