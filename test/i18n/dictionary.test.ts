import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { tr } from '../../src/i18n/tr.ts';
import { isUiKey, t } from '../../src/i18n/index.ts';

describe('isUiKey', () => {
  it('tells keys built from data that have a label from those that do not', () => {
    expect(isUiKey('schoolType.science_high_school')).toBe(true);
    expect(isUiKey('schoolType.boarding_school')).toBe(false);
    // Not a key through the prototype either.
    expect(isUiKey('toString')).toBe(false);
  });
});

describe('UI dictionaries', () => {
  it('Turkish has exactly the English keys', () => {
    expect(Object.keys(tr).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s is a non-blank string in both languages', (key) => {
    const k = key as keyof typeof en;
    expect(en[k].trim()).not.toBe('');
    expect(tr[k].trim()).not.toBe('');
  });

  it('Turkish strings are written with Turkish letters, not ASCII stand-ins', () => {
    const text = Object.values(tr).join(' ');
    expect(text).toMatch(/[çğıİöşü]/);
    // Common ASCII-isations of Turkish words that must never appear.
    for (const wrong of ['Turkce', 'Turkiye', 'Ogrenci', 'ogrenci', 'Sayfa bulunamadi']) {
      expect(text).not.toContain(wrong);
    }
  });

  it('t(lang) returns the string of that language', () => {
    expect(t('en')('nav.home')).toBe('Home');
    expect(t('tr')('nav.home')).toBe('Ana sayfa');
  });
});
