import { cities } from 'turkey-map-react/lib/data/index.js';
import { describe, expect, it } from 'vitest';
import { fitPath, pathRings, simplify } from '../../../src/core/geo/simplify-path.ts';

describe('simplify-path', () => {
  it('reads the end points of M, L and C commands, one ring per subpath', () => {
    const rings = pathRings('M 0,0 L 10,0 C 12,1 12,9 10,10 L 0,10 z M 20,20 L 30,20 L 30,30 z');
    expect(rings).toEqual([
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ],
      [
        [20, 20],
        [30, 20],
        [30, 30],
      ],
    ]);
  });

  it('drops points closer than the tolerance to the simplified line, keeps the corners', () => {
    expect(
      simplify(
        [
          [0, 0],
          [5, 0.1],
          [10, 0],
          [10, 10],
        ],
        0.5,
      ),
    ).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
  });

  it('fits a path into the target box with relative commands that add up to the same points', () => {
    const d = fitPath('M 100,100 L 200,100 L 200,150 L 100,150 z', {
      box: [100, 100, 200, 100],
      width: 100,
      tolerance: 0.1,
    });
    expect(d).toBe('M0 0l50 0 0 25 -50 0z');
  });

  it('shrinks the package outlines about tenfold', () => {
    expect(cities).toHaveLength(81);
    const fit = {
      box: [16, 138, 1019, 456] as [number, number, number, number],
      width: 600,
      tolerance: 0.35,
    };
    const before = cities.reduce((n, c) => n + c.path.length, 0);
    const after = cities.reduce((n, c) => n + fitPath(c.path, fit).length, 0);
    expect(after).toBeLessThan(before / 5);
  });
});
