import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../src/core/format/percent.ts';
import type { Lang } from '../../../src/core/format/lang.ts';

const CASES: [Lang, number, number | undefined, string][] = [
  ['tr', 0.45, undefined, '%45'],
  ['en', 0.45, undefined, '45%'],
  ['tr', 1, undefined, '%100'],
  ['tr', 0.4567, 1, '%45,7'],
  ['en', 0.4567, 1, '45.7%'],
  ['tr', 0.0004, 1, '%0,0'],
  ['tr', -0.0001, 1, '%0,0'],
  ['en', 0, undefined, '0%'],
];

describe('formatPercent(lang, fraction)', () => {
  it.each(CASES)('formats in %s: %d (decimals %s) → %s', (lang, fraction, decimals, expected) => {
    expect(formatPercent(lang, fraction, { decimals })).toBe(expected);
  });

  it('refuses NaN', () => {
    expect(() => formatPercent('en', NaN)).toThrow(RangeError);
  });
});
