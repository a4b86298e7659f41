/**
 * Cell parsers shared by the zod column schemas and the fast row checker.
 * They never use `Date` parsing: `01.02.2024` is 1 February, whatever the machine's locale.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DOTTED_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses `YYYY-MM-DD` or `DD.MM.YYYY` and checks the calendar.
 * @returns the date as `YYYY-MM-DD`, or `undefined` when it is not a real date.
 * @example parseDate('01.02.2024') // '2024-02-01'
 */
export function parseDate(value: string): string | undefined {
  let year: string, month: string, day: string;
  const iso = ISO_DATE.exec(value);
  if (iso) {
    [, year, month, day] = iso as unknown as [string, string, string, string];
  } else {
    const dotted = DOTTED_DATE.exec(value);
    if (!dotted) return undefined;
    [, day, month, year] = dotted as unknown as [string, string, string, string];
  }
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${year}-${month}-${day}`;
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'evet']);
// `hayir` (with a dotted i) is how Turkish is often typed on a keyboard without Turkish keys.
const FALSE_WORDS = new Set(['false', '0', 'no', 'hayır', 'hayir']);

/**
 * Parses the contract's booleans in any case, with Turkish casing rules
 * (`EVET`, `Evet`, `HAYIR`, `Hayır` all work).
 * @example parseBool('HAYIR') // false
 */
export function parseBool(value: string): boolean | undefined {
  const word = value.toLocaleLowerCase('tr-TR');
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  // `Yes`/`NO` lower-cased with Turkish rules keep a dotless ı only when an I was present.
  const ascii = value.toLowerCase();
  if (TRUE_WORDS.has(ascii)) return true;
  if (FALSE_WORDS.has(ascii)) return false;
  return undefined;
}

const WHOLE_NUMBER = /^[+-]?\d{1,15}$/;

/**
 * Parses a whole number written without separators.
 * @example parseInt('42') // 42
 */
export function parseInt(value: string): number | undefined {
  return WHOLE_NUMBER.test(value) ? Number(value) : undefined;
}
