/** Small descriptive statistics over typed arrays (no allocation, no d3 iterator overhead). */

/** Arithmetic mean; `undefined` for no values. */
export function mean(values: ArrayLike<number>): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum / values.length;
}

/**
 * Sample standard deviation (n − 1 in the denominator), two-pass for accuracy;
 * `undefined` for fewer than two values.
 * @example sampleSd([1, 2, 3, 4]) // 1.2909944487358056
 */
export function sampleSd(values: ArrayLike<number>): number | undefined {
  const m = mean(values);
  if (m === undefined || values.length < 2) return undefined;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += ((values[i] as number) - m) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/**
 * Median of a histogram whose bin `i` counts the value `i` (the mean of the two middle values
 * when the count is even, as d3.median does); `undefined` when it is empty.
 * @example medianOfCounts([2, 0, 1, 1]) // 1 (values 0, 0, 2, 3)
 */
export function medianOfCounts(counts: ArrayLike<number>): number | undefined {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i] as number;
  if (total === 0) return undefined;
  const valueAt = (rank: number): number => {
    let seen = 0;
    for (let i = 0; i < counts.length; i++) {
      seen += counts[i] as number;
      if (seen > rank) return i;
    }
    return counts.length - 1;
  };
  return total % 2 === 1
    ? valueAt((total - 1) / 2)
    : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}

/** Mean of a histogram whose bin `i` counts the value `i`. */
export function meanOfCounts(counts: ArrayLike<number>): number | undefined {
  let total = 0;
  let sum = 0;
  for (let i = 0; i < counts.length; i++) {
    total += counts[i] as number;
    sum += i * (counts[i] as number);
  }
  return total === 0 ? undefined : sum / total;
}
