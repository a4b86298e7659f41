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
  return fromRanks(count, rPlus, tieTerm);
}

/**
 * The same test on a histogram of changes on a grid: `h[half + m]` people changed by +m steps,
 * `h[half − m]` by −m, `h[half]` not at all. Ranks come from the counts, so nothing is sorted
 * or allocated but the result; every sum is of half-integers, so rPlus, the tie term and so
 * z and p are bit for bit those of wilcoxonSignedRank on the listed changes, provided the
 * grid's steps are apart on the comparison grid (changeKey), as ChangeFit checks.
 * @example wilcoxonOfHistogram([1, 0, 0, 1, 2], 2)!.p === wilcoxonSignedRank([-2, 1, 2, 2])!.p
 */
export function wilcoxonOfHistogram(
  h: ArrayLike<number>,
  half: number,
): WilcoxonResult | undefined {
  const { count, rPlus, tieTerm } = ranksOfHistogram(h, half);
  return count === 0 ? undefined : fromRanks(count, rPlus, tieTerm);
}

/**
 * The z of wilcoxonOfHistogram alone, without the normal CDF: the reconstruction check's
 * estimate (fit-estimate.ts) needs only how far z is from the published p's band.
 * `undefined` when nobody changed.
 */
export function signedRankZ(h: ArrayLike<number>, half: number): number | undefined {
  const { count, rPlus, tieTerm } = ranksOfHistogram(h, half);
  return count === 0 ? undefined : zOf(count, rPlus, tieTerm);
}

/**
 * The same test on changes already counted by comparison key: `keys` the distinct changeKey
 * values in ascending order, `counts[i]` how many changes have `keys[i]`. The positive and the
 * negative keys are merged by magnitude, so each tie group is met in wilcoxonSignedRank's order
 * with the same size: the tie term is the same sum in the same order, and rPlus, a sum of
 * half-integers, is exact either way. So the result is bit for bit wilcoxonSignedRank's on the
 * listed changes, with nothing sorted (stats/change-tally.ts counts the keys in one pass).
 * @example wilcoxonOfKeyCounts([-2, 1, 2], [1, 1, 2]).p === wilcoxonSignedRank([-2, 1, 2, 2]).p
 */
export function wilcoxonOfKeyCounts(
  keys: ArrayLike<number>,
  counts: ArrayLike<number>,
): WilcoxonResult | undefined {
  let up = 0;
  while (up < keys.length && (keys[up] as number) <= 0) up++;
  let down = up - 1;
  if (down >= 0 && keys[down] === 0) down--;
  let count = 0;
  let rPlus = 0;
  let tieTerm = 0;
  while (up < keys.length || down >= 0) {
    const above = up < keys.length ? (keys[up] as number) : Infinity;
    const below = down >= 0 ? -(keys[down] as number) : Infinity;
    const magnitude = Math.min(above, below);
    let positive = 0;
    let t = 0;
    if (above === magnitude) t += positive = counts[up++] as number;
    if (below === magnitude) t += counts[down--] as number;
    // Ranks count + 1 … count + t share their average.
    rPlus += positive * (count + (t + 1) / 2);
    tieTerm += t * t * t - t;
    count += t;
  }
  return count === 0 ? undefined : fromRanks(count, rPlus, tieTerm);
}

/** The non-zero count, the positive rank sum and the tie term of a histogram of changes. */
function ranksOfHistogram(
  h: ArrayLike<number>,
  half: number,
): { count: number; rPlus: number; tieTerm: number } {
  let count = 0;
  let rPlus = 0;
  let tieTerm = 0;
  for (let m = 1; m <= half; m++) {
    const up = h[half + m] as number;
    const t = up + (h[half - m] as number);
    if (t === 0) continue;
    // Ranks count + 1 … count + t share their average.
    rPlus += up * (count + (t + 1) / 2);
    tieTerm += t * t * t - t;
    count += t;
  }
  return { count, rPlus, tieTerm };
}

/** z and the two-sided p from the non-zero count, the positive rank sum and the tie term. */
function fromRanks(count: number, rPlus: number, tieTerm: number): WilcoxonResult {
  const rMinus = (count * (count + 1)) / 2 - rPlus;
  const z = zOf(count, rPlus, tieTerm);
  const p = Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
  return { rPlus, statistic: Math.min(rPlus, rMinus), z, p, nonZero: count };
}

/** The normal approximation's z, with the tie-corrected variance. */
function zOf(count: number, rPlus: number, tieTerm: number): number {
  const mn = (count * (count + 1)) / 4;
  const se = Math.sqrt((count * (count + 1) * (2 * count + 1) - tieTerm / 2) / 24);
  return (rPlus - mn) / se;
}
