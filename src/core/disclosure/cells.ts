/**
 * A published count of people: the number; `{ below: k }` when it is under k (shown `<10`);
 * or `null` when withheld so that another suppressed cell cannot be recovered (shown blank).
 */
export type Count = number | { below: number } | null;

/** Whether a cell is published, suppressed for being under k, or withheld to protect another. */
export type CellStatus = 'published' | 'primary' | 'secondary';

/** The published form of a count with its status. */
export function countCell(value: number, status: CellStatus, k: number): Count {
  if (status === 'primary') return { below: k };
  if (status === 'secondary') return null;
  return value;
}

/**
 * A count of people under the primary rule only.
 * @example primaryCount(3, 10) // { below: 10 }
 */
export function primaryCount(value: number, k: number): Count {
  return countCell(value, value < k ? 'primary' : 'published', k);
}

/** Whether a published count is a plain number (neither `<k` nor withheld). */
export function isPublished(cell: Count): cell is number {
  return typeof cell === 'number';
}

/**
 * A statistic (mean, change, rate, CI bound, dz, share) rounded to 2 decimals (contract,
 * revised December 2026), or null when it comes from fewer than k people or is undefined.
 * @example statistic(0.123456, 12, 10) // 0.12
 */
export function statistic(value: number | undefined, people: number, k: number): number | null {
  if (value === undefined || !Number.isFinite(value) || people < k) return null;
  return round2(value);
}

/**
 * Rounds half away from zero on the exact binary value (as `toFixed` does), never giving −0.
 * @example round2(-0.004) // 0
 */
export function round2(value: number): number {
  // Away from a tie (…5 in the third decimal), the nearest hundredth of value × 100 is the
  // answer: the reconstruction check rounds millions of figures, and toFixed is slow. A tie
  // within float error, or a value too large for 100 × value to keep its fraction, goes to
  // toFixed, which rounds the exact binary value.
  const hundredths = value * 100;
  const nearest = Math.round(hundredths);
  if (Math.abs(hundredths - nearest) < 0.4999 && Math.abs(value) < 1e9) return nearest / 100 + 0;
  return Number(value.toFixed(2)) + 0;
}

/**
 * round2 moves a value by at most 0.005 (and float error): a value further than this from a
 * published figure cannot round to it, which spares the reconstruction check most `toFixed`s.
 */
export const ROUND2_REACH = 0.006;

/** The threshold under which a p-value is published only as `<0.001`. */
export const P_FLOOR = 0.001;

/**
 * A published p-value: 2 significant digits, or `{ below: 0.001 }` (shown `<0.001`) under
 * 0.001, so that the digits of a tiny p cannot single out one distribution of changes.
 */
export type PValue = number | { below: number };

/**
 * Rounds a p-value per the contract.
 * @example publishP(0.014449) // 0.014
 * @example publishP(0.00012) // { below: 0.001 }
 */
export function publishP(value: number): PValue {
  const rounded = significant2(value);
  return rounded < P_FLOOR ? { below: P_FLOOR } : rounded;
}

/**
 * Rounds to 2 significant digits.
 * @example significant2(0.14449) // 0.14
 */
export function significant2(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(2));
}
