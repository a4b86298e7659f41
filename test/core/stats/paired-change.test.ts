import { describe, expect, it } from 'vitest';
import { round2 } from '../../../src/core/disclosure/cells.ts';
import { pairedChange } from '../../../src/core/stats/paired-change.ts';
import { tInterval } from '../../../src/core/stats/t-interval.ts';

// Reference values printed by SciPy 1.17.1 / NumPy (mean, std(ddof=1), stats.t.ppf(0.975, n-1)).
const REFERENCE: [string, number[], { ci: [number, number]; dz: number }][] = [
  [
    'five changes',
    [1, 2, 3, -4, 5],
    { ci: [-2.773912214472117, 5.5739122144721165], dz: 0.4164748821161107 },
  ],
  [
    'twenty changes',
    [
      0.4, -1.2, 2, 0.4, 0.8, -0.4, 1.6, 0, 1.2, 0.4, -0.8, 2.4, 0.4, 1, -0.2, 0.6, 1.4, 0.4, -0.6,
      0.8,
    ],
    { ci: [0.09808476854670861, 0.9619152314532915], dz: 0.5742970317762041 },
  ],
];

describe('pairedChange', () => {
  it.each(REFERENCE)(
    'gives the 95 %% t interval and Cohen’s dz of SciPy for %s',
    (_, changes, expected) => {
      const result = pairedChange(
        changes.map(() => 0),
        changes,
      );
      expect(result.ciLow).toBeCloseTo(expected.ci[0], 12);
      expect(result.ciHigh).toBeCloseTo(expected.ci[1], 12);
      expect(result.cohensDz).toBeCloseTo(expected.dz, 12);
    },
  );

  it.each(REFERENCE)(
    'publishes the same 2-decimal CI and dz as SciPy’s values rounded for %s',
    (_, changes, expected) => {
      const result = pairedChange(
        changes.map(() => 0),
        changes,
      );
      // Rounded independently of the implementation under test (toFixed on SciPy's values).
      const two = (v: number) => Number(v.toFixed(2));
      expect(round2(result.ciLow!)).toBe(two(expected.ci[0]));
      expect(round2(result.ciHigh!)).toBe(two(expected.ci[1]));
      expect(round2(result.cohensDz!)).toBe(two(expected.dz));
    },
  );

  it('uses the t quantile with n − 1 degrees of freedom (t₀.₉₇₅,₄ = 2.7764451051977934)', () => {
    // mean 2, SD 1, n 5: half-width = t × 1 / √5
    expect(tInterval(2, 1, 5)!.high - 2).toBeCloseTo(2.7764451051977934 / Math.sqrt(5), 12);
    expect(tInterval(2, undefined, 1)).toBeUndefined();
  });

  it('leaves Cohen’s dz undefined when every change is the same (SD 0) and the CI collapses', () => {
    const result = pairedChange([1, 2, 3], [1.5, 2.5, 3.5]);
    expect(result.cohensDz).toBeUndefined();
    expect([result.ciLow, result.ciHigh]).toEqual([0.5, 0.5]);
    expect([result.improved, result.same, result.declined]).toEqual([3, 0, 0]);
  });

  it('counts improved, same and declined', () => {
    expect(pairedChange([1, 2, 3, 4], [2, 2, 1, 4.5])).toMatchObject({
      improved: 2,
      same: 1,
      declined: 1,
    });
  });
});
