/** Turkish letters that NFD does not decompose into a base letter plus a mark. */
const TRANSLITERATION: Record<string, string> = {
  ı: 'i',
  I: 'i',
  İ: 'i',
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
};

/**
 * A URL slug: ASCII lower case, words joined by `-`; Turkish letters transliterated
 * (ç→c, ğ→g, ı→i, İ→i, ö→o, ş→s, ü→u) whatever the casing.
 * @example slugify('Darüşşafaka Lisesi') // 'darussafaka-lisesi'
 * @example slugify('IĞDIR') // 'igdir'
 */
export function slugify(s: string): string {
  return s
    .replace(/[ıIİßæø]/g, (ch) => TRANSLITERATION[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
