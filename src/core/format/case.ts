import { LOCALE, type Lang } from './lang.ts';

/**
 * Upper case with the language's rules (Turkish: i → İ, ı → I).
 * @example upper('tr', 'ığdır') // 'IĞDIR'
 */
export function upper(lang: Lang, s: string): string {
  return s.toLocaleUpperCase(LOCALE[lang]);
}

/**
 * Lower case with the language's rules (Turkish: I → ı, İ → i).
 * @example lower('tr', 'IŞIK') // 'ışık'
 */
export function lower(lang: Lang, s: string): string {
  return s.toLocaleLowerCase(LOCALE[lang]);
}
