/**
 * Construct scores are means, so a change such as 11/3 − 3 and 3 − 7/3 can differ in the last
 * binary digit. Changes are compared on a grid of 1e-9: equal there means tied, and zero there
 * means "no change" (for the Wilcoxon zeros and for the shares who stayed the same).
 */
export const CHANGE_GRID = 1e9;

/**
 * The change as an integer on the comparison grid.
 * @example changeKey(11 / 3 - 3) === changeKey(3 - 7 / 3) // true
 */
export function changeKey(change: number): number {
  // `+ 0` turns −0 into 0.
  return Math.round(change * CHANGE_GRID) + 0;
}
