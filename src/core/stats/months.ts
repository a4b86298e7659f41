/**
 * Calendar months as integers (year × 12 + month − 1), so months can be counted and ranged
 * without `Date` (no time zones, no clocks).
 */

/**
 * The month index of an ISO date `YYYY-MM-DD` (or of a month `YYYY-MM`).
 * @example monthIndex('2024-02-05') - monthIndex('2023-12-31') // 2
 */
export function monthIndex(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;
}

/**
 * The `YYYY-MM` label of a month index.
 * @example monthLabel(monthIndex('2024-02-05')) // '2024-02'
 */
export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
