import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallyChanges } from '../../../src/core/stats/change-tally.ts';
import { pairedChange, pairedChangeOfTally } from '../../../src/core/stats/paired-change.ts';
import { wilcoxonSignedRank } from '../../../src/core/stats/wilcoxon.ts';

/** A person's pre and post score on a 1–5 scale: the mean of the items they answered. */
const person = fc
  .record({
    preItems: fc.integer({ min: 1, max: 4 }),
    preSum: fc.nat({ max: 16 }),
    postItems: fc.integer({ min: 1, max: 4 }),
    postSum: fc.nat({ max: 16 }),
  })
  .map((p) => ({
    ...p,
    pre: (p.preItems + (p.preSum % (4 * p.preItems + 1))) / p.preItems,
    post: (p.postItems + (p.postSum % (4 * p.postItems + 1))) / p.postItems,
  }));

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The histogram by its definition: steps of 1 / denominator, sorted, with their counts. */
function sortedHistogram(changes: number[], denominator: number) {
  const counts = new Map<number, number>();
  for (const change of changes) {
    const step = Math.round(change * denominator);
    counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  const steps = [...counts.keys()].sort((a, b) => a - b);
  return { steps: Int32Array.from(steps), counts: Int32Array.from(steps, (s) => counts.get(s)!) };
}

/** The people's scores as arrays, the lcm of their item counts, and the tally on its grid. */
function tallied(people: { pre: number; post: number; preItems: number; postItems: number }[]) {
  const denominator = people.reduce(
    (d, p) => [p.preItems, p.postItems].reduce((x, y) => (x * y) / gcd(x, y), d),
    1,
  );
  const pre = Float64Array.from(people, (p) => p.pre);
  const post = Float64Array.from(people, (p) => p.post);
  return { denominator, pre, post, tally: tallyChanges(pre, post, denominator, 4 * denominator) };
}

describe('tallyChanges', () => {
  it('gives the sorted histogram and wilcoxonSignedRank’s result bit for bit', () => {
    let counted = 0;
    let sorted = 0;
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 80 }), (people) => {
        const { denominator, tally } = tallied(people);
        const changes = people.map((p) => p.post - p.pre);
        // A grid wider than 4n + 64 points is sorted instead (counting would cost more).
        if (8 * denominator + 1 > 4 * people.length + 64) {
          expect(tally).toBeUndefined();
          sorted++;
          return;
        }
        counted++;
        expect(tally?.histogram).toEqual(sortedHistogram(changes, denominator));
        expect(tally?.wilcoxon).toEqual(wilcoxonSignedRank(changes));
      }),
      { numRuns: 500 },
    );
    // Both paths ran (about half the lists each).
    expect(counted).toBeGreaterThan(150);
    expect(sorted).toBeGreaterThan(50);
  });

  it('gives up where a change falls off the grid', () => {
    // A change of 3 on a grid of −2 … 2 steps.
    expect(tallyChanges([1, 1], [4, 2], 1, 2)).toBeUndefined();
    expect(tallyChanges([1, 1], [3, 2], 1, 2)?.histogram.steps).toEqual(Int32Array.from([1, 2]));
  });

  it('gives up where one step holds changes with different comparison keys', () => {
    // Changes of 0.25 and 0 both round to step 0 of a grid of whole steps, with different keys.
    expect(tallyChanges([1, 1], [1.25, 1], 1, 4)).toBeUndefined();
  });
});

describe('pairedChangeOfTally', () => {
  it('gives pairedChange’s figures bit for bit, from the tally’s keys and counts', () => {
    let checked = 0;
    let mixed = 0;
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 80 }), (people) => {
        // Lists whose grid is too wide are sorted, not tallied: nothing to compare.
        const { pre, post, tally } = tallied(people);
        if (!tally) return;
        checked++;
        const expected = pairedChange(pre, post);
        if (expected.improved > 0 && expected.declined > 0 && expected.same > 0) mixed++;
        expect(pairedChangeOfTally(pre, post, tally)).toStrictEqual(expected);
      }),
      { numRuns: 500 },
    );
    // The tally path ran, also on lists with rises, falls and ties at once.
    expect(checked).toBeGreaterThan(150);
    expect(mixed).toBeGreaterThan(20);
  });

  it('agrees with pairedChange for one pair and for none', () => {
    for (const [pre, post] of [
      [[2], [3.5]],
      [[], []],
    ] as [number[], number[]][]) {
      const tally = tallyChanges(pre, post, 2, 8);
      expect(tally).toBeDefined();
      expect(pairedChangeOfTally(pre, post, tally!)).toStrictEqual(pairedChange(pre, post));
    }
  });
});
