import tQuantile from '@stdlib/stats-base-dists-t-quantile';

// The quantile inverts an incomplete beta function: cached per (level, df), since tens of
// thousands of cohorts share a handful of sample sizes. Keyed by numbers, not a joined string:
// the reconstruction check asks for it once per candidate histogram.
const quantiles = new Map<number, Map<number, number>>();
function cachedQuantile(p: number, df: number): number {
  let byDf = quantiles.get(p);
  if (!byDf) quantiles.set(p, (byDf = new Map()));
  let q = byDf.get(df);
  if (q === undefined) byDf.set(df, (q = tQuantile(p, df)));
  return q;
}

/**
 * Two-sided confidence interval of a mean from its sample SD and n (Student's t, n − 1 df).
 * `undefined` for n < 2 or an undefined SD.
 * @example tInterval(2, 1, 10) // { low: 1.2846..., high: 2.7153... } (t₀.₉₇₅,₉ = 2.2622)
 */
export function tInterval(
  mean: number,
  sd: number | undefined,
  n: number,
  level = 0.95,
): { low: number; high: number } | undefined {
  if (n < 2 || sd === undefined) return undefined;
  const half = cachedQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n));
  return { low: mean - half, high: mean + half };
}
