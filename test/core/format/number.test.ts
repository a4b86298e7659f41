import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/core/format/number.ts';
import type { NumberOptions } from '../../../src/core/format/number.ts';
import type { Lang } from '../../../src/core/format/lang.ts';

const CASES: [Lang, number, NumberOptions, string][] = [
  ['tr', 1234, {}, '1.234'],
  ['en', 1234, {}, '1,234'],
  ['tr', 1_000_000, {}, '1.000.000'],
  ['en', 1_000_000, {}, '1,000,000'],
  ['tr', 0.35, { decimals: 2 }, '0,35'],
  ['en', 0.35, { decimals: 2 }, '0.35'],
  ['tr', 1234.5, { decimals: 1 }, '1.234,5'],
  ['en', 1234.5, { decimals: 1 }, '1,234.5'],
  ['tr', 2.5, { decimals: 0 }, '3'],
  ['tr', 0.1234, {}, '0,12'],
  ['tr', 0.42, { decimals: 2, sign: true }, '+0,42'],
  ['en', -0.42, { decimals: 2, sign: true }, '-0.42'],
  ['tr', 0, { sign: true }, '0'],
  ['tr', -0.001, { decimals: 1 }, '0,0'],
  ['en', -0, {}, '0'],
];

describe('formatNumber(lang, n, options)', () => {
  it.each(CASES)('formats in %s: %d %o → %s', (lang, n, options, expected) => {
    expect(formatNumber(lang, n, options)).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity])('refuses the non-finite number %d', (n) => {
    expect(() => formatNumber('tr', n)).toThrow(RangeError);
  });
});
