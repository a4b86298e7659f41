import { describe, expect, it } from 'vitest';
import { formatDate, type DateStyle } from '../../../src/core/format/date.ts';
import { parseIsoDate } from '../../../src/core/format/iso.ts';
import type { Lang } from '../../../src/core/format/lang.ts';

const CASES: [Lang, string, DateStyle | undefined, string][] = [
  ['tr', '2023-01-07', undefined, '07.01.2023'],
  ['en', '2023-01-07', undefined, '07/01/2023'],
  ['tr', '2023-01-07', 'long', '7 Ocak 2023'],
  ['en', '2023-01-07', 'long', '7 January 2023'],
  ['tr', '2024-02-29', 'long', '29 Şubat 2024'],
  ['tr', '2025-08-31', 'long', '31 Ağustos 2025'],
  // The first and last days of a year stay in their year whatever the host time zone.
  ['tr', '2022-12-31', undefined, '31.12.2022'],
  ['en', '2023-01-01', 'long', '1 January 2023'],
];

describe('formatDate(lang, iso, style)', () => {
  it.each(CASES)('formats in %s: %s (%s) → %s', (lang, iso, style, expected) => {
    expect(formatDate(lang, iso, style)).toBe(expected);
  });

  it.each(['2023-02-29', '2023-13-01', '2023-1-7', '07.01.2023', '2023-01-07T00:00:00Z', ''])(
    'refuses %j, which is not an existing ISO calendar date',
    (iso) => {
      expect(() => formatDate('tr', iso)).toThrow(RangeError);
    },
  );
});

describe('parseIsoDate(iso)', () => {
  it('splits the date into numbers', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
});
