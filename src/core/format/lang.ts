/** The site's languages, in the order pages and downloads list them. */
export const LANGS = ['en', 'tr'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Whether a value names one of the site's languages.
 * @example isLang('tr') // true
 * @example isLang('de') // false
 */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'tr';
}

/** A text in every language of the site (labels, messages, titles). */
export type Bilingual = Record<Lang, string>;

/** BCP 47 locale used with Intl for each language (British English, Turkish). */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', tr: 'tr-TR' };

/**
 * Memoises one Intl object per key: building a formatter costs far more than using it, and a
 * national build formats millions of cells.
 */
export function memo<T>(make: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make(key);
      cache.set(key, value);
    }
    return value;
  };
}
