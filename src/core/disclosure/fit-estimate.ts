import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { tInterval } from '../stats/t-interval.ts';
import { publishP, round2 } from './cells.ts';
import type { PublishedChange } from './change-fit.ts';

/**
 * How far a histogram's figures are from the published ones, estimated in O(grid) from
 * Σ x and Σ x² (x in steps) and the signed ranks by magnitude, without listing the people:
 * 0 when every estimate rounds to the published value, more the further off. It only orders
 * the witness walk (which histogram to try next); a fit is always decided by
 * ChangeFit.matches.
 */
export class FitEstimate {
  private readonly pub: PublishedChange;
  private readonly step: number;
  private readonly half: number;
  /** Half the t interval's width per unit SD (t / √n). */
  private readonly tPerSd: number | undefined;

  constructor(pub: PublishedChange, step: number, half: number) {
    this.pub = pub;
    this.step = step;
    this.half = half;
    const unit = tInterval(0, 1, pub.n);
    this.tPerSd = unit && unit.high;
  }

  /**
   * The estimated miss of histogram `h` with Σ x = s and Σ x² = q.
   * @example estimate.miss([0, 0, 1, 3, 2, 4, 0, 0, 0], 6, 12) // 0 when it fits
   */
  miss(h: ArrayLike<number>, s: number, q: number): number {
    const { pub, step, half } = this;
    const n = pub.n;
    const mean = (s * step) / n;
    const variance = Math.max(0, (q - (s * s) / n) / (n - 1)) * step * step;
    const sd = Math.sqrt(variance);
    let miss = 0;
    // Each figure off by more than its rounding counts as one miss, plus how far it is off.
    const off = (published: number | null, value: number) => {
      if (published === null || round2(value) === published) return;
      miss += 1 + Math.abs(value - published) * 100;
    };
    off(pub.meanChange, mean);
    if (this.tPerSd !== undefined) {
      const width = this.tPerSd * sd;
      off(pub.ciLow, mean - width);
      off(pub.ciHigh, mean + width);
    }
    if (sd > 1e-9) off(pub.cohensDz, mean / sd);
    if (pub.wilcoxonP !== null) miss += this.pMiss(h);
    return miss;
  }

  /** Miss of the Wilcoxon p (normal approximation with tie correction, as wilcoxon.ts). */
  private pMiss(h: ArrayLike<number>): number {
    const { half, pub } = this;
    const nonZero = this.pub.n - (h[half] as number);
    if (nonZero === 0) return 10;
    let below = 0;
    let rPlus = 0;
    let ties = 0;
    for (let m = 1; m <= half; m++) {
      const up = h[half + m] as number;
      const t = up + (h[half - m] as number);
      if (t === 0) continue;
      rPlus += up * (below + (t + 1) / 2);
      ties += t * t * t - t;
      below += t;
    }
    const mn = (nonZero * (nonZero + 1)) / 4;
    const se = Math.sqrt((nonZero * (nonZero + 1) * (2 * nonZero + 1) - ties / 2) / 24);
    const p = se > 0 ? Math.min(1, 2 * normalCdf(-Math.abs((rPlus - mn) / se), 0, 1)) : 1;
    const published = publishP(p);
    const target = pub.wilcoxonP!;
    if (typeof target === 'number') {
      return published === target ? 0 : 1 + Math.abs(Math.log(Math.max(p, 1e-300) / target));
    }
    return typeof published === 'number' ? 1 + Math.log(p / target.below) : 0;
  }
}
