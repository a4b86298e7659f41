import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { changeKey } from './tolerance.ts';

export interface WilcoxonResult {
  /** Sum of the ranks of the positive differences (SciPy's `r_plus`). */
  rPlus: number;
  /** min(r_plus, r_minus): what SciPy reports as `statistic` for a two-sided test. */
  statistic: number;
  z: number;
  /** Two-sided p-value. */
  p: number;
  /** Differences left after dropping zeros. */
  nonZero: number;
}

/**
 * Wilcoxon signed-rank test, two-sided, exactly as SciPy's
 * `wilcoxon(d, zero_method="wilcox", correction=False, method="approx")`: zeros dropped,
 * average ranks for tied |d|, tie-corrected variance, normal approximation without continuity
 * correction. `undefined` when no non-zero difference is left (SciPy returns NaN).
 * @example wilcoxonSignedRank([1, 2, 3, -4, 5]).p // 0.34523107177184 (SciPy 1.17)
 */
export function wilcoxonSignedRank(differences: ArrayLike<number>): WilcoxonResult | undefined {
  // |key| * 2 + sign bit: one numeric sort orders by |d| and keeps each sign.
  const keys = new Float64Array(differences.length);
  let count = 0;
  for (let i = 0; i < differences.length; i++) {
    const key = changeKey(differences[i] as number);
    if (key !== 0) keys[count++] = Math.abs(key) * 2 + (key < 0 ? 1 : 0);
  }
  if (count === 0) return undefined;
  const sorted = keys.subarray(0, count).sort();
  let rPlus = 0;
  let tieTerm = 0;
  for (let start = 0; start < count;) {
    const magnitude = Math.floor((sorted[start] as number) / 2);
    let end = start + 1;
    while (end < count && Math.floor((sorted[end] as number) / 2) === magnitude) end++;
    // Ranks start + 1 … end share their average.
    const rank = (start + 1 + end) / 2;
    for (let j = start; j < end; j++) if ((sorted[j] as number) % 2 === 0) rPlus += rank;
    const t = end - start;
    tieTerm += t * t * t - t;
    start = end;
  }
  const rMinus = (count * (count + 1)) / 2 - rPlus;
  const mn = (count * (count + 1)) / 4;
  const se = Math.sqrt((count * (count + 1) * (2 * count + 1) - tieTerm / 2) / 24);
  const z = (rPlus - mn) / se;
  const p = Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
  return { rPlus, statistic: Math.min(rPlus, rMinus), z, p, nonZero: count };
}
