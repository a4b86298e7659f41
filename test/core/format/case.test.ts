import { describe, expect, it } from 'vitest';
import { lower, upper } from '../../../src/core/format/case.ts';
import type { Lang } from '../../../src/core/format/lang.ts';

describe('upper(lang, s) and lower(lang, s)', () => {
  it.each([
    ['tr', 'ığdır', 'IĞDIR'],
    ['tr', 'iğne', 'İĞNE'],
    ['tr', 'istanbul', 'İSTANBUL'],
    ['tr', 'ışık', 'IŞIK'],
    ['en', 'istanbul', 'ISTANBUL'],
  ] as [Lang, string, string][])('upper in %s: %s → %s', (lang, s, expected) => {
    expect(upper(lang, s)).toBe(expected);
  });

  it.each([
    ['tr', 'IĞDIR', 'ığdır'],
    ['tr', 'İZMİR', 'izmir'],
    ['tr', 'IŞIK', 'ışık'],
    ['en', 'IŞIK', 'işik'],
  ] as [Lang, string, string][])('lower in %s: %s → %s', (lang, s, expected) => {
    expect(lower(lang, s)).toBe(expected);
  });
});
