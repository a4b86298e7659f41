import { describe, expect, it } from 'vitest';
import { formatMonth, type MonthOptions } from '../../../src/core/format/month.ts';
import type { Lang } from '../../../src/core/format/lang.ts';

const CASES: [Lang, string, MonthOptions, string][] = [
  ['tr', '2023-01', {}, 'Oca 2023'],
  ['tr', '2023-01', { style: 'long' }, 'Ocak 2023'],
  ['en', '2023-01', {}, 'Jan 2023'],
  ['en', '2023-01', { style: 'long' }, 'January 2023'],
  ['tr', '2023-08', { year: false }, 'Ağu'],
  ['tr', '2023-02', { style: 'long', year: false }, 'Şubat'],
  ['tr', '2023-12', {}, 'Ara 2023'],
  ['en', '2030-12', { style: 'long' }, 'December 2030'],
];

describe('formatMonth(lang, iso, options)', () => {
  it.each(CASES)('formats in %s: %s %o → %s', (lang, iso, options, expected) => {
    expect(formatMonth(lang, iso, options)).toBe(expected);
  });

  it.each(['2023-00', '2023-13', '2023-1', '2023-01-01'])('refuses %j', (iso) => {
    expect(() => formatMonth('en', iso)).toThrow(RangeError);
  });
});
