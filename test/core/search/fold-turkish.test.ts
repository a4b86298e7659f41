import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldTurkish } from '../../../src/core/search/fold-turkish.ts';

describe('foldTurkish', () => {
  it.each([
    // İstanbul however it is typed
    ['İSTANBUL', 'istanbul'],
    ['istanbul', 'istanbul'],
    ['Istanbul', 'istanbul'],
    ['İstanbul', 'istanbul'],
    // capital I is dotless in Turkish: ISPARTA and ılık mean what a Turkish reader means
    ['ISPARTA', 'isparta'],
    ['Isparta', 'isparta'],
    ['ılık', 'ilik'],
    ['ILIK', 'ilik'],
    ['IĞDIR', 'igdir'],
    ['ığdır', 'igdir'],
    ['Iğdır', 'igdir'],
    ['IŞIK', 'isik'],
    ['ışık', 'isik'],
    // the other Turkish letters and circumflexes meet their ASCII spelling
    ['ÇANAKKALE', 'canakkale'],
    ['Eskişehir', 'eskisehir'],
    ['Eskisehir', 'eskisehir'],
    ['MUĞLA', 'mugla'],
    ['Gümüşhane', 'gumushane'],
    ['ÖĞRENCİ', 'ogrenci'],
    ['hâlâ', 'hala'],
    // decomposed input (NFD, as some keyboards and PDFs produce) folds the same
    ['I\u0307stanbul', 'istanbul'],
    ['s\u0327ehir', 'sehir'],
    // English text folds as English lower-casing would; punctuation and spaces stay
    ['Implementation Guide: Mentor Recruitment', 'implementation guide: mentor recruitment'],
    ['  KVKK 6698, madde 6 ', '  kvkk 6698, madde 6 '],
  ])('foldTurkish(%j) is %j', (input, expected) => {
    expect(foldTurkish(input)).toBe(expected);
  });

  const turkishText = fc.string({
    unit: fc.constantFrom(...'abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ âî.,'),
  });

  it('is idempotent: folding folded text changes nothing', () => {
    fc.assert(fc.property(turkishText, (s) => foldTurkish(foldTurkish(s)) === foldTurkish(s)));
  });

  it('ignores Turkish case: capitals and small letters fold alike', () => {
    fc.assert(
      fc.property(turkishText, (s) => {
        const folded = foldTurkish(s);
        return (
          foldTurkish(s.toLocaleUpperCase('tr-TR')) === folded &&
          foldTurkish(s.toLocaleLowerCase('tr-TR')) === folded
        );
      }),
    );
  });

  it('leaves only letters without marks', () => {
    fc.assert(fc.property(turkishText, (s) => !/[\p{M}ıİçğöşüâî]/u.test(foldTurkish(s))));
  });
});
