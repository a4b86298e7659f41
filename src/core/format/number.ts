import { LOCALE, memo, type Lang } from './lang.ts';

export interface NumberOptions {
  /** Exact number of decimals (default 0 for integers, else up to 2). */
  decimals?: number;
  /** Show `+` before positive numbers (changes, differences). */
  sign?: boolean;
}

const formatter = memo((key) => {
  const [lang, decimals, sign] = key.split('|') as [Lang, string, string];
  const fixed = decimals === '' ? undefined : Number(decimals);
  return new Intl.NumberFormat(LOCALE[lang], {
    minimumFractionDigits: fixed ?? 0,
    maximumFractionDigits: fixed ?? 2,
    // 'negative' drops the sign of values that round to zero (no "-0,0").
    signDisplay: sign === '1' ? 'exceptZero' : 'negative',
  });
});

/**
 * A number in the language's conventions (grouping and decimal separators).
 * @example formatNumber('tr', 1234.5, { decimals: 1 }) // '1.234,5'
 * @example formatNumber('en', 1234.5, { decimals: 1 }) // '1,234.5'
 */
export function formatNumber(lang: Lang, n: number, options: NumberOptions = {}): string {
  if (!Number.isFinite(n)) throw new RangeError(`Cannot format a non-finite number: ${n}`);
  const key = `${lang}|${options.decimals ?? ''}|${options.sign ? 1 : 0}`;
  return formatter(key).format(n);
}
