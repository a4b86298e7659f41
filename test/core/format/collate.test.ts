import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/core/format/collate.ts';

describe('compare(lang)', () => {
  it.each([
    [
      'puts C before Ç, and Çanakkale after Canakkale and Cizre',
      ['Çanakkale', 'Cizre', 'Canakkale'],
      ['Canakkale', 'Cizre', 'Çanakkale'],
    ],
    ['puts I (dotless) before İ', ['İzmir', 'Iğdır', 'Isparta'], ['Iğdır', 'Isparta', 'İzmir']],
    [
      'puts O before Ö and S before Ş',
      ['Şırnak', 'Ödemiş', 'Sinop', 'Ordu'],
      ['Ordu', 'Ödemiş', 'Sinop', 'Şırnak'],
    ],
    [
      'puts G before Ğ and U before Ü',
      ['Üsküdar', 'Uşak', 'Gümüşhane'],
      ['Gümüşhane', 'Uşak', 'Üsküdar'],
    ],
    [
      'compares digits as numbers',
      ['Okul 10', 'Okul 2', 'Okul 1'],
      ['Okul 1', 'Okul 2', 'Okul 10'],
    ],
  ])('Turkish %s', (_title, input, expected) => {
    expect([...input].sort(compare('tr'))).toEqual(expected);
  });

  it('English collation treats Ç as a variant of C', () => {
    expect(['Çorum', 'Cizre', 'Ceyhan'].sort(compare('en'))).toEqual(['Ceyhan', 'Cizre', 'Çorum']);
    expect(['Çanakkale', 'Cizre'].sort(compare('en'))).toEqual(['Çanakkale', 'Cizre']);
  });
});
