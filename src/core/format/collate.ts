import { LOCALE, memo, type Lang } from './lang.ts';

const collator = memo((lang) => new Intl.Collator(LOCALE[lang as Lang], { numeric: true }));

/**
 * A comparator that sorts text by the language's alphabet (Turkish: C < Ç, I < İ, O < Ö),
 * with digits compared as numbers ("Okul 2" before "Okul 10").
 * @example ['Çorum', 'Ordu', 'Ceyhan'].sort(compare('tr')) // ['Ceyhan', 'Çorum', 'Ordu']
 */
export function compare(lang: Lang): (a: string, b: string) => number {
  return collator(lang).compare;
}
