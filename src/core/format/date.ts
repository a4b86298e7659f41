import { parseIsoDate, utcDate } from './iso.ts';
import { LOCALE, memo, type Lang } from './lang.ts';

/** `numeric`: 07.01.2023 / 07/01/2023; `long`: 7 Ocak 2023 / 7 January 2023. */
export type DateStyle = 'numeric' | 'long';

const formatter = memo((key) => {
  const [lang, style] = key.split('|') as [Lang, DateStyle];
  return new Intl.DateTimeFormat(LOCALE[lang], {
    timeZone: 'UTC',
    day: style === 'long' ? 'numeric' : '2-digit',
    month: style === 'long' ? 'long' : '2-digit',
    year: 'numeric',
  });
});

/**
 * An ISO date in the language's conventions. The numeric style is the default (Turkish
 * official usage, DD.MM.YYYY); use `long` in English prose, where 07/01 is ambiguous to
 * readers used to month-first dates.
 * @example formatDate('tr', '2023-01-07') // '07.01.2023'
 * @example formatDate('en', '2023-01-07', 'long') // '7 January 2023'
 */
export function formatDate(lang: Lang, iso: string, style: DateStyle = 'numeric'): string {
  const { year, month, day } = parseIsoDate(iso);
  return formatter(`${lang}|${style}`).format(utcDate(year, month, day));
}
