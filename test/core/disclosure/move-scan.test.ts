import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MoveScan } from '../../../src/core/disclosure/move-scan.ts';

/** The moves `h` can make, in order, found one by one (as the witness walk did before). */
function oneByOne(scan: MoveScan, h: number[]): number[] {
  const indices: number[] = [];
  scan.moves.forEach(({ at, delta }, i) => {
    if ([...at].every((point, k) => h[point]! + delta[k]! >= 0)) indices.push(i);
  });
  return indices;
}

/** The same through the scan's jumps. */
function scanned(scan: MoveScan, h: number[]): number[] {
  const held = scan.held(h);
  const indices: number[] = [];
  for (let i = scan.from(0, h, held); i < scan.moves.length; i = scan.from(i + 1, h, held)) {
    indices.push(i);
  }
  return indices;
}

describe('MoveScan', () => {
  it.each([9, 17, 32, 33, 41])(
    'finds the moves a histogram can make on %i points, in order',
    (size) => {
      const scan = new MoveScan(size);
      expect(scan.moves.length).toBeGreaterThan(size);
      let someMoves = 0;
      fc.assert(
        fc.property(
          // Mostly empty points, as real histograms of changes are: 0 two times in three.
          fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.nat({ max: 4 })), {
            minLength: size,
            maxLength: size,
          }),
          (h) => {
            const expected = oneByOne(scan, h);
            if (expected.length > 0) someMoves++;
            expect(scanned(scan, h)).toEqual(expected);
          },
        ),
        { numRuns: 200 },
      );
      expect(someMoves).toBeGreaterThan(100);
    },
  );

  it('finds every move on a histogram with three people at each point, none on an empty one', () => {
    const scan = new MoveScan(17);
    expect(scanned(scan, Array<number>(17).fill(3))).toHaveLength(scan.moves.length);
    expect(scanned(scan, Array<number>(17).fill(0))).toEqual([]);
  });
});
