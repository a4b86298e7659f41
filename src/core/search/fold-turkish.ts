/**
 * Folds text for search so that Turkish readers find what they expect, whatever their keyboard:
 * 1. lower-case with tr-TR rules (`I` → `ı`, `İ` → `i`), so `ISPARTA` and `IĞDIR` keep their
 *    Turkish meaning instead of becoming `isparta`/`iğdir` by the root locale's rules;
 * 2. unify dotless and dotted i (`ı` → `i`), so `Istanbul`, typed on a keyboard without `İ`,
 *    still finds İstanbul (the cost: `ılık` also finds `ilik`; recall matters more here);
 * 3. strip every diacritic (ş ğ ç ö ü â î û → s g c o u a i u). Many readers type Turkish
 *    names without a Turkish layout (`Eskisehir`, `Canakkale`), and English pages carry Turkish
 *    names too; collisions such as `çok`/`cok` are rare and harmless in this portal's vocabulary.
 * Applied to both the indexed text and the query, so both sides meet in the same form.
 * Safe for English text: tr-TR lower-casing then unifying i gives what English lower-casing gives.
 * @example foldTurkish('İSTANBUL, Iğdır ve ılık') // 'istanbul, igdir ve ilik'
 */
export function foldTurkish(text: string): string {
  return text
    .toLocaleLowerCase('tr-TR')
    .replaceAll('ı', 'i')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}
