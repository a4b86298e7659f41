/** The site's languages; structurally the same as the route map's `Lang`. */
export type Lang = 'en' | 'tr';

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
