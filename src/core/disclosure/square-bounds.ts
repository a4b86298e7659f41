/**
 * Exact bounds of Σ x² over `count` integers x in lo … hi (0 ≤ lo ≤ hi) that add up to `sum`
 * (lo · count ≤ sum ≤ hi · count): the least when the values are as equal as possible, the
 * most when they are as far apart as possible (all at lo or hi but one). Both grow with `sum`.
 * @example leastSquares(2, 6, 1, 5) // 18 (3² + 3²)
 */
export function leastSquares(count: number, sum: number, lo: number, hi: number): number {
  if (count === 0 || hi === lo) return count * lo * lo;
  const base = Math.floor(sum / count);
  const over = sum - base * count;
  return (count - over) * base * base + over * (base + 1) * (base + 1);
}

/**
 * The most Σ x² of `count` integers in lo … hi adding up to `sum` (see leastSquares).
 * @example mostSquares(2, 6, 1, 5) // 26 (5² + 1²)
 */
export function mostSquares(count: number, sum: number, lo: number, hi: number): number {
  if (count === 0 || hi === lo) return count * lo * lo;
  const atHi = Math.min(count, Math.floor((sum - count * lo) / (hi - lo)));
  if (atHi === count) return count * hi * hi;
  const middle = sum - atHi * hi - (count - atHi - 1) * lo;
  return atHi * hi * hi + middle * middle + (count - atHi - 1) * lo * lo;
}

/** What the rest of a histogram must add: Σ x in [tLo, tHi], Σ x² in [qLo, qHi]. */
export interface Needed {
  tLo: number;
  tHi: number;
  qLo: number;
  qHi: number;
}

/**
 * Whether some split of the rest of a histogram can still add what is needed: `neg` people
 * with magnitudes 1 … negTop below zero and `pos` people in posLo … posHi above it (zeros add
 * nothing). Exact for Σ x and a sound relaxation for Σ x² (every value between the least and
 * the most is taken as reachable), so it never rules out a histogram that fits.
 * @example sidesCanFit(0, 0, 2, 1, 5, { tLo: 6, tHi: 6, qLo: 27, qHi: 40 }) // false (26 at most)
 */
export function sidesCanFit(
  neg: number,
  negTop: number,
  pos: number,
  posLo: number,
  posHi: number,
  { tLo, tHi, qLo, qHi }: Needed,
): boolean {
  if (neg > 0 && negTop < 1) return false;
  // u: Σ |x| of the negatives; v: Σ x of the positives; the total is v − u.
  const u0 = neg;
  const u1 = neg * negTop;
  const v0 = pos * posLo;
  const v1 = pos * posHi;
  if (v1 - u0 < tLo || v0 - u1 > tHi) return false;
  // Both bounds grow with u and v: the least sits at the smallest pair the sum allows,
  // the most at the largest.
  let least: number;
  if (v0 - u0 < tLo) least = leastPair(u0, u0 + tLo);
  else if (v0 - u0 > tHi) least = leastPair(v0 - tHi, v0);
  else least = leastPair(u0, v0);
  if (least > qHi) return false;
  let most: number;
  if (v1 - u1 > tHi) most = mostPair(u1, u1 + tHi);
  else if (v1 - u1 < tLo) most = mostPair(v1 - tLo, v1);
  else most = mostPair(u1, v1);
  return most >= qLo;

  function leastPair(u: number, v: number): number {
    return leastSquares(neg, u, 1, negTop) + leastSquares(pos, v, posLo, posHi);
  }
  function mostPair(u: number, v: number): number {
    return mostSquares(neg, u, 1, negTop) + mostSquares(pos, v, posLo, posHi);
  }
}
