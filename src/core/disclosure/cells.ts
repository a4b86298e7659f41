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
 * A statistic (mean, rate, CI bound, share) rounded to 4 decimals, or null when it comes
 * from fewer than k people or is undefined.
 * @example statistic(0.123456, 12, 10) // 0.1235
 */
export function statistic(value: number | undefined, people: number, k: number): number | null {
  if (value === undefined || !Number.isFinite(value) || people < k) return null;
  return round4(value);
}

/**
 * Rounds half away from zero on the exact binary value (as `toFixed` does), never giving −0.
 * @example round4(-0.00004) // 0
 */
export function round4(value: number): number {
  return Number(value.toFixed(4)) + 0;
}

/**
 * Rounds to 4 significant digits (p-values).
 * @example significant4(0.000123456) // 0.0001235
 */
export function significant4(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(4));
}
