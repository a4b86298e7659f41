import { describe, expect, it } from 'vitest';
import { isFormulaLike, isSignedValue, startsLikeFormula } from '../../../src/core/csv/formula.ts';

/** Every leading blank a spreadsheet skips, by code point. */
const BLANKS = [
  0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x200b, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff,
];

describe('formula screening', () => {
  it.each(BLANKS.map((c) => [c.toString(16).padStart(4, '0'), String.fromCodePoint(c)]))(
    'sees a formula behind U+%s',
    (_code, blank) => {
      for (const sign of ['=', '+', '-', '@']) {
        expect(startsLikeFormula(`${blank}${sign}HYPERLINK("x")`)).toBe(true);
        expect(isFormulaLike(`${blank}${blank}${sign}cmd|' /C calc'!A0`)).toBe(true);
      }
    },
  );

  it('sees a leading tab or carriage return', () => {
    expect(isFormulaLike('\tx')).toBe(true);
    expect(isFormulaLike('\rx')).toBe(true);
  });

  it.each(['Kariyer', 'Şişli', '12', 'İzmir', 'a = b', '\u00A0Cam tavan', 'x-1'])(
    'passes %j',
    (cell) => {
      expect(startsLikeFormula(cell)).toBe(false);
      expect(isFormulaLike(cell)).toBe(false);
    },
  );

  it.each(['-5', '+3,5', '-1.25', ' -5 ', '\u00A0-5'])(
    'takes %j for a number, not a formula',
    (cell) => {
      expect(startsLikeFormula(cell)).toBe(true);
      expect(isFormulaLike(cell)).toBe(false);
    },
  );

  it('knows signed ids and numbers from formulas', () => {
    expect(['-1-1', '-5', '-abc_2', '+3,5'].map(isSignedValue)).toEqual([true, true, true, true]);
    expect(['-1+1', '=1', '@x', '-1-1 ', '\u00A0-1', '-A1:B2'].map(isSignedValue)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
