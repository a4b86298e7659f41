import { describe, expect, it } from 'vitest';
import { meanOfCounts, medianOfCounts, sampleSd } from '../../../src/core/stats/describe.ts';
import { monthIndex, monthLabel } from '../../../src/core/stats/months.ts';
import { numberRegularSessions } from '../../../src/core/stats/session-numbers.ts';

describe('histogram statistics', () => {
  it.each([
    [[2, 0, 1, 1], 1, 1.25],
    [[0, 3], 1, 1],
    [[1, 1, 1], 1, 1],
    [[0, 0, 0, 1], 3, 3],
  ])('median and mean of counts %j', (counts, median, mean) => {
    expect(medianOfCounts(counts)).toBe(median);
    expect(meanOfCounts(counts)).toBe(mean);
  });

  it('is undefined for an empty histogram', () => {
    expect(medianOfCounts([0, 0])).toBeUndefined();
  });

  it('uses n − 1 for the sample SD', () => {
    expect(sampleSd([1, 2, 3, 4])).toBeCloseTo(Math.sqrt(5 / 3), 14);
  });
});

describe('months', () => {
  it.each([
    ['2024-01-31', '2024-01'],
    ['1999-12-01', '1999-12'],
  ])('round-trips %s', (date, label) => {
    expect(monthLabel(monthIndex(date))).toBe(label);
  });
});

describe('numberRegularSessions', () => {
  it('numbers each cohort’s regular sessions by date, ties by session_id, skipping other kinds', () => {
    const numbers = numberRegularSessions(
      Int32Array.from([0, 0, 0, 1, 0]),
      Uint8Array.from([1, 1, 0, 1, 1]),
      Int32Array.from([20240212, 20240212, 20240201, 20240301, 20240205]),
      ['s-b', 's-a', 'kick', 'x', 's-z'],
    );
    expect([...numbers]).toEqual([3, 2, 0, 1, 1]);
  });
});
