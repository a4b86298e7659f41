import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishP } from '../../../src/core/disclosure/cells.ts';
import { changeKey } from '../../../src/core/stats/tolerance.ts';
import {
  wilcoxonOfHistogram,
  wilcoxonOfKeyCounts,
  wilcoxonSignedRank,
} from '../../../src/core/stats/wilcoxon.ts';

// Printed by SciPy 1.17.1:
// stats.wilcoxon(d, zero_method="wilcox", correction=False, method="approx")
const SCIPY: [string, number[], number, number][] = [
  ['distinct differences', [1, 2, 3, -4, 5], 4, 0.34523107177184],
  ['ties and zeros', [0, 0, 1, -1, 2, 2, -2, 3, 3, 3, -0.5], 8.5, 0.09455824075987958],
  ['the fixture’s stem_interest changes', [5 / 3, 0, 2 / 3, -0.5, 2], 1, 0.14412703481601533],
  ['all equal', [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5], 0, 0.0046777349810472576],
  [
    'twenty paired changes with many ties',
    [
      0.4, -1.2, 2, 0.4, 0.8, -0.4, 1.6, 0, 1.2, 0.4, -0.8, 2.4, 0.4, 1, -0.2, 0.6, 1.4, 0.4, -0.6,
      0.8,
    ],
    39.5,
    0.02491181034864295,
  ],
];

/**
 * An independent route to the same p-value: ranks by their definition (O(n²)), and the null
 * variance of the positive rank sum as Σ r² / 4, which equals the tie-corrected formula.
 */
function bruteForceP(d: number[]): number {
  const nonZero = d.filter((x) => Math.abs(x) > 1e-12);
  const abs = nonZero.map(Math.abs);
  const ranks = abs.map((a) => {
    const below = abs.filter((b) => b < a - 1e-12).length;
    const tied = abs.filter((b) => Math.abs(b - a) <= 1e-12).length;
    return below + (tied + 1) / 2;
  });
  const rPlus = ranks.reduce((sum, r, i) => sum + (nonZero[i]! > 0 ? r : 0), 0);
  const mean = ranks.reduce((a, b) => a + b, 0) / 2;
  const variance = ranks.reduce((a, r) => a + r * r, 0) / 4;
  const z = (rPlus - mean) / Math.sqrt(variance);
  return 2 * normalCdf(-Math.abs(z), 0, 1);
}

describe('wilcoxonSignedRank', () => {
  it.each(SCIPY)('matches SciPy for %s', (_, d, statistic, p) => {
    const result = wilcoxonSignedRank(d)!;
    expect(result.statistic).toBe(statistic);
    expect(result.p).toBeCloseTo(p, 12);
  });

  it.each(SCIPY)('publishes SciPy’s p at 2 significant digits for %s', (_, d, _s, p) => {
    // Rounded independently (toPrecision on SciPy's value); all these p are above 0.001.
    expect(publishP(wilcoxonSignedRank(d)!.p)).toBe(Number(p.toPrecision(2)));
  });

  it('drops zeros before ranking', () => {
    expect(wilcoxonSignedRank([0, 0, 1, -1, 2, 2, -2, 3, 3, 3, -0.5])!.nonZero).toBe(9);
  });

  it('treats changes equal to 1e-9 as tied (float noise of score means)', () => {
    const noisy = wilcoxonSignedRank([11 / 3 - 3, -(3 - 7 / 3), 1, 2])!;
    const exact = wilcoxonSignedRank([2 / 3, -2 / 3, 1, 2])!;
    expect(noisy).toEqual(exact);
  });

  it('returns undefined when every difference is zero (SciPy gives NaN)', () => {
    expect(wilcoxonSignedRank([0, 0, 0])).toBeUndefined();
    expect(wilcoxonSignedRank([])).toBeUndefined();
  });

  it('agrees with the brute-force ranks and Σr²/4 variance on random samples', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -8, max: 8 }), { minLength: 1, maxLength: 40 }),
        (ints) => {
          const d = ints.map((i) => i / 4);
          const result = wilcoxonSignedRank(d);
          if (d.every((x) => x === 0)) return result === undefined;
          return Math.abs(result!.p - bruteForceP(d)) < 1e-12;
        },
      ),
    );
  });
});

describe('wilcoxonOfHistogram', () => {
  it('gives wilcoxonSignedRank’s result bit for bit on the listed changes', () => {
    let listsWithChanges = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(1, 0.5, 1 / 3, 0.25, 1 / 6),
        fc.array(fc.nat({ max: 40 }), { minLength: 17, maxLength: 17 }),
        (half, step, raw) => {
          const h = raw.slice(0, 2 * half + 1);
          const changes = h.flatMap((count, j) => Array<number>(count).fill((j - half) * step));
          const expected = wilcoxonSignedRank(changes);
          if (expected) listsWithChanges++;
          expect(wilcoxonOfHistogram(h, half)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
    expect(listsWithChanges).toBeGreaterThan(200);
  });

  it('is undefined when nobody changed', () => {
    expect(wilcoxonOfHistogram([0, 7, 0], 1)).toBeUndefined();
  });
});

/** The mean of `items` answers on a 1–5 scale whose sum is `items` + raw mod (4 × items + 1). */
function score(items: number, raw: number): number {
  return (items + (raw % (4 * items + 1))) / items;
}

describe('wilcoxonOfKeyCounts', () => {
  it('gives wilcoxonSignedRank’s result bit for bit on the listed changes', () => {
    let listsWithChanges = 0;
    fc.assert(
      fc.property(
        // Score means of 1–4 items: changes such as 11/3 − 3 carry float noise.
        fc.array(
          fc.record({
            preItems: fc.integer({ min: 1, max: 4 }),
            preSum: fc.nat({ max: 16 }),
            postItems: fc.integer({ min: 1, max: 4 }),
            postSum: fc.nat({ max: 16 }),
          }),
          { maxLength: 60 },
        ),
        (people) => {
          const changes = people.map(
            (p) => score(p.postItems, p.postSum) - score(p.preItems, p.preSum),
          );
          const tally = new Map<number, number>();
          for (const change of changes) {
            const key = changeKey(change);
            tally.set(key, (tally.get(key) ?? 0) + 1);
          }
          const keys = [...tally.keys()].sort((a, b) => a - b);
          const expected = wilcoxonSignedRank(changes);
          if (expected) listsWithChanges++;
          expect(
            wilcoxonOfKeyCounts(
              keys,
              keys.map((key) => tally.get(key)!),
            ),
          ).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
    expect(listsWithChanges).toBeGreaterThan(400);
  });

  it('ties a rise and a fall of the same size, and drops the zeros', () => {
    // Changes −2, 0, 0, 1, 2, 2: |d| 1 ranks first, the three |d| = 2 share rank 3.
    const result = wilcoxonOfKeyCounts([-2e9, 0, 1e9, 2e9], [1, 2, 1, 2])!;
    expect(result).toEqual(wilcoxonSignedRank([-2, 0, 0, 1, 2, 2]));
    expect(result.nonZero).toBe(4);
    expect(result.rPlus).toBe(1 + 3 + 3);
  });

  it('is undefined when nobody changed', () => {
    expect(wilcoxonOfKeyCounts([0], [5])).toBeUndefined();
    expect(wilcoxonOfKeyCounts([], [])).toBeUndefined();
  });
});
