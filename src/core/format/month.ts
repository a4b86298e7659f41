import { parseIsoMonth, utcDate } from './iso.ts';
import { LOCALE, memo, type Lang } from './lang.ts';

export interface MonthOptions {
  /** `short` (default): Oca / Jan; `long`: Ocak / January. */
  style?: 'short' | 'long';
  /** Include the year (default true). */
  year?: boolean;
}

const formatter = memo((key) => {
  const [lang, style, year] = key.split('|') as [Lang, 'short' | 'long', string];
  return new Intl.DateTimeFormat(LOCALE[lang], {
    timeZone: 'UTC',
    month: style,
    year: year === '1' ? 'numeric' : undefined,
  });
});

/**
 * An ISO `YYYY-MM` month with the language's month names.
 * @example formatMonth('tr', '2023-01') // 'Oca 2023'
 * @example formatMonth('tr', '2023-01', { style: 'long' }) // 'Ocak 2023'
 * @example formatMonth('en', '2023-09', { year: false }) // 'Sept'
 */
export function formatMonth(lang: Lang, iso: string, options: MonthOptions = {}): string {
  const { year, month } = parseIsoMonth(iso);
  const key = `${lang}|${options.style ?? 'short'}|${options.year === false ? 0 : 1}`;
  return formatter(key).format(utcDate(year, month));
}
