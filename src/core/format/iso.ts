/** Year, month (1–12) and day of a calendar date, read without time zones. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Splits an ISO `YYYY-MM-DD` date into numbers and checks that the day exists; never goes
 * through `new Date(string)`, whose local-time parsing shifts days across time zones.
 * @example parseIsoDate('2024-02-29') // { year: 2024, month: 2, day: 29 }
 */
export function parseIsoDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${iso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`No such date: ${iso}`);
  }
  return { year, month, day };
}

/**
 * Splits an ISO `YYYY-MM` month into numbers.
 * @example parseIsoMonth('2023-01') // { year: 2023, month: 1 }
 */
export function parseIsoMonth(iso: string): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(iso);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) throw new RangeError(`Not an ISO month (YYYY-MM): ${iso}`);
  return { year: Number(match[1]), month };
}

/** UTC midnight of a calendar date, for Intl.DateTimeFormat with `timeZone: 'UTC'`. */
export function utcDate(year: number, month: number, day = 1): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; set the year explicitly.
  date.setUTCFullYear(year);
  return date;
}
