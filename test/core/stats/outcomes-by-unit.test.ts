import { describe, expect, it } from 'vitest';
import type { ConstructScores } from '../../../src/core/stats/construct-scores.ts';
import { outcomesByUnit } from '../../../src/core/stats/outcomes-by-unit.ts';

/** Scores of people given as [unit, pre sum, pre items, post sum, post items] (0 items: none). */
function scoresOf(people: [number, number, number, number, number][]): {
  scores: ConstructScores;
  units: Int32Array;
} {
  const n = people.length;
  const scores: ConstructScores = {
    pre: new Float64Array(n).fill(NaN),
    post: new Float64Array(n).fill(NaN),
    preItems: new Uint16Array(n),
    postItems: new Uint16Array(n),
    scored: Int32Array.from(
      people.flatMap(([, , preItems, , postItems], p) => (preItems || postItems ? [p] : [])),
    ),
    range: 4,
  };
  people.forEach(([, preSum, preItems, postSum, postItems], p) => {
    if (preItems) [scores.pre[p], scores.preItems[p]] = [preSum / preItems, preItems];
    if (postItems) [scores.post[p], scores.postItems[p]] = [postSum / postItems, postItems];
  });
  return { scores, units: Int32Array.from(people, ([unit]) => unit) };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
const lcmOf = (counts: number[]) => counts.reduce((d, c) => (d * c) / gcd(d, c), 1);

describe('outcomesByUnit', () => {
  it('puts each unit on a grid of 1 / the lcm of its answered-item counts, from 31 items up too', () => {
    const { scores, units } = scoresOf([
      [0, 3, 2, 4, 3],
      [0, 10, 7, 11, 5],
      [0, 9, 3, 0, 0], // a pre score only: counted in nPre, not paired
      [1, 40, 31, 5, 2],
      [1, 13, 5, 20, 5],
      [1, 0, 0, 0, 0], // no score at all
      [-1, 4, 2, 6, 2], // in no unit
    ]);
    const rows = outcomesByUnit('stem_interest', scores, units, 2);
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    expect(first?.grid.step).toBe(1 / lcmOf([2, 3, 7, 5]));
    expect(second?.grid.step).toBe(1 / lcmOf([31, 2, 5, 5]));
    expect([first?.nPre, first?.nPost, first?.n]).toEqual([3, 2, 2]);
    expect([second?.nPre, second?.nPost, second?.n]).toEqual([2, 2, 2]);
    // Each change in whole steps of the grid: (4/3 − 3/2) × 210 and (11/5 − 10/7) × 210.
    expect([...first!.histogram.steps]).toEqual([-35, 162]);
    expect(second?.meanChange).toBeCloseTo((5 / 2 - 40 / 31 + (4 - 13 / 5)) / 2, 12);
  });

  it('gives no row to a unit without scores', () => {
    const { scores, units } = scoresOf([
      [0, 3, 1, 4, 1],
      [1, 0, 0, 0, 0],
    ]);
    const rows = outcomesByUnit('stem_interest', scores, units, 2);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.n).toBe(1);
    expect(rows[1]).toBeUndefined();
  });
});
