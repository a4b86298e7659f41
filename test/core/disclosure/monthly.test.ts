import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCell } from '../../../src/core/disclosure/cells.ts';
import { protectMonthly } from '../../../src/core/disclosure/monthly.ts';
import { Attack } from './recover.ts';

/** The attacker's view of a published monthly series and its total. */
function attackMonthly(news: number[], k: number) {
  const total = news.reduce((a, b) => a + b, 0);
  const result = protectMonthly(news, k, total >= k);
  const attack = new Attack();
  let running = 0;
  let previous = -1;
  news.forEach((value, i) => {
    running += value;
    const added = attack.cell(countCell(value, result.newStatus[i]!, k));
    const cumulative = attack.cell(countCell(running, result.cumulativeStatus[i]!, k));
    // cumulative[i] = cumulative[i − 1] + new[i]
    if (previous < 0) attack.sum([added], cumulative);
    else attack.sum([previous, added], cumulative);
    previous = cumulative;
  });
  // Structural facts: the series runs from the first to the last month with data.
  if (news.length > 0 && news[0]! >= 1) attack.atLeast(1, 1);
  if (news.length > 0 && news.at(-1)! >= 1) attack.atLeast(2 * news.length - 2, 1);
  const totalCell = attack.cell(total < k ? { below: k } : result.withholdTotal ? null : total);
  if (previous >= 0) attack.sum([previous], totalCell);
  return { result, recovered: attack.recovered() };
}

describe('protectMonthly', () => {
  it('withholds the running total after a small month, and the next month, so differences reveal nothing', () => {
    const { result } = attackMonthly([12, 3, 15], 10);
    expect(result.newStatus).toEqual(['published', 'primary', 'secondary']);
    expect(result.cumulativeStatus).toEqual(['published', 'secondary', 'published']);
  });

  it('publishes everything when no month is small', () => {
    const { result } = attackMonthly([12, 30, 15], 10);
    expect(result.newStatus.every((s) => s === 'published')).toBe(true);
    expect(result.cumulativeStatus.every((s) => s === 'published')).toBe(true);
  });

  it('suppresses small running totals at the start', () => {
    const { result } = attackMonthly([2, 3, 40], 10);
    expect(result.cumulativeStatus.slice(0, 2)).toEqual(['primary', 'primary']);
  });

  it('leaves no month recoverable from running totals, their differences, the total and the first and last months being ≥ 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat({ max: 12 }), fc.nat({ max: 60 })), {
          minLength: 1,
          maxLength: 14,
        }),
        fc.constantFrom(5, 10),
        (news, k) => attackMonthly(news, k).recovered.length === 0,
      ),
      { numRuns: 3000 },
    );
  });
});
