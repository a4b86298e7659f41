import { describe, expect, it } from 'vitest';
import { dayOf, isoOf, weekday } from '../../scripts/generate/index.ts';

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2000-02-29', 11016],
    ['2023-01-07', 19364],
    ['1969-12-31', -1],
  ])('dayOf(%s) is %i and isoOf turns it back', (iso, day) => {
    expect(dayOf(iso)).toBe(day);
    expect(isoOf(day)).toBe(iso);
  });

  it('round-trips every day from 1999 to 2035', () => {
    for (let d = dayOf('1999-01-01'); d <= dayOf('2035-12-31'); d++)
      expect(dayOf(isoOf(d))).toBe(d);
  });

  it.each([
    ['2023-01-07', 5], // the SES kickoff was a Saturday
    ['2023-02-06', 0], // the earthquake struck on a Monday
    ['2024-02-29', 3],
  ])('weekday(%s) is %i (Monday = 0)', (iso, expected) => {
    expect(weekday(dayOf(iso))).toBe(expected);
  });
});
