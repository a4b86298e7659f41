import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { tInterval } from '../stats/t-interval.ts';
import { signedRankZ } from '../stats/wilcoxon.ts';
import { P_FLOOR } from './cells.ts';
import type { PublishedChange } from './change-fit.ts';

/**
 * How far a histogram's figures are from the published ones, estimated in O(grid) from
 * Σ x and Σ x² (x in steps) and the signed ranks by magnitude, without listing the people:
 * 0 when every estimate lies within the published value's rounding, more the further off.
 * It only orders the witness walk (which histogram to try next, and which to check); a fit
 * is always decided by ChangeFit.matches.
 */
export class FitEstimate {
  private readonly pub: PublishedChange;
  private readonly step: number;
  private readonly half: number;
  /** Half the t interval's width per unit SD (t / √n). */
  private readonly tPerSd: number | undefined;
  /** The |z| of the Wilcoxon test that round to the published p. */
  private readonly zBand: readonly [number, number] | undefined;

  constructor(pub: PublishedChange, step: number, half: number) {
    this.pub = pub;
    this.step = step;
    this.half = half;
    this.tPerSd = tInterval(0, 1, pub.n)?.high;
    this.zBand = pub.wilcoxonP === null ? undefined : zBandOf(pub.wilcoxonP);
  }

  /**
   * The estimated miss of histogram `h` with Σ x = s and Σ x² = q.
   * @example new FitEstimate(published, 1, 4).miss(h, s, q) === 0 // worth checking
   */
  miss(h: ArrayLike<number>, s: number, q: number): number {
    const { pub, step } = this;
    const n = pub.n;
    const mean = (s * step) / n;
    const sd = Math.sqrt(Math.max(0, (q - (s * s) / n) / (n - 1))) * step;
    let miss = 0;
    // A figure outside its rounding counts one miss, plus how far off it is (a value on the
    // rounding boundary may round either way: it counts as in).
    const off = (published: number | null, value: number) => {
      const by = published === null ? 0 : Math.abs(value - published) - 0.005 - 1e-9;
      if (by > 0) miss += 1 + by * 100;
    };
    off(pub.meanChange, mean);
    if (this.tPerSd !== undefined) {
      off(pub.ciLow, mean - this.tPerSd * sd);
      off(pub.ciHigh, mean + this.tPerSd * sd);
    }
    if (sd > 1e-9) off(pub.cohensDz, mean / sd);
    if (this.zBand) {
      const z = this.absZ(h);
      const [lo, hi] = this.zBand;
      if (z < lo || z > hi) miss += 1 + (z < lo ? lo - z : z - hi);
    }
    return miss;
  }

  /** |z| of the Wilcoxon test (normal approximation with tie correction, as wilcoxon.ts). */
  private absZ(h: ArrayLike<number>): number {
    const z = signedRankZ(h, this.half);
    return z === undefined ? -1 : Math.abs(z);
  }
}

// Rows share a few hundred published p-values: their z bands are computed once.
const zBands = new Map<string, readonly [number, number]>();

/** The |z| whose two-sided p rounds (2 significant digits) to the published p. */
function zBandOf(p: number | { below: number }): readonly [number, number] {
  const key = JSON.stringify(p);
  let band = zBands.get(key);
  if (band) return band;
  if (typeof p === 'number') {
    const unit = 10 ** (Math.floor(Math.log10(p)) - 1);
    band = [zOf(Math.min(1, p + unit / 2)), zOf(Math.max(0, p - unit / 2))];
  } else band = [zOf(P_FLOOR * 0.95), Infinity];
  zBands.set(key, band);
  return band;
}

/** The |z| with 2 · Φ(−|z|) = p, by bisection. */
function zOf(p: number): number {
  if (p <= 0) return Infinity;
  let lo = 0;
  let hi = 40;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (2 * normalCdf(-mid, 0, 1) > p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
