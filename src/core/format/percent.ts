import { LOCALE, memo, type Lang } from './lang.ts';

const formatter = memo((key) => {
  const [lang, decimals] = key.split('|') as [Lang, string];
  const digits = Number(decimals);
  return new Intl.NumberFormat(LOCALE[lang], {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'negative',
  });
});

/**
 * A fraction in [0, 1] as a percentage; Turkish puts the sign first.
 * @example formatPercent('tr', 0.45) // '%45'
 * @example formatPercent('en', 0.453, { decimals: 1 }) // '45.3%'
 */
export function formatPercent(
  lang: Lang,
  fraction: number,
  options: { decimals?: number } = {},
): string {
  if (!Number.isFinite(fraction)) throw new RangeError(`Cannot format a non-finite fraction`);
  return formatter(`${lang}|${options.decimals ?? 0}`).format(fraction);
}
