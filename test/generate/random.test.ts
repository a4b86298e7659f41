import { describe, expect, it } from 'vitest';
import { createRandom, mixSeed } from '../../scripts/generate/index.ts';
import { weightedPicker } from '../../scripts/generate/random.ts';

const draws = (seed: number, n = 5) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed, and differs for another seed', () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
  });

  it('mixSeed depends on the order of its parts', () => {
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
    expect(mixSeed(1, 2)).toBe(mixSeed(1, 2));
  });

  it.each([
    [1, 6],
    [0, 0],
    [-3, 3],
  ])('int(%i, %i) stays inside its inclusive bounds and reaches both ends', (min, max) => {
    const random = createRandom(7);
    const seen = new Set(Array.from({ length: 2000 }, () => random.int(min, max)));
    expect(Math.min(...seen)).toBe(min);
    expect(Math.max(...seen)).toBe(max);
  });

  it('normal(3, 0.5) has about the requested mean and spread', () => {
    const random = createRandom(9);
    const xs = Array.from({ length: 20000 }, () => random.normal(3, 0.5));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
    expect(mean).toBeCloseTo(3, 1);
    expect(sd).toBeCloseTo(0.5, 1);
  });

  it('shuffle returns a permutation and leaves its input alone', () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = createRandom(3).shuffle(input);
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('pick refuses an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});

describe('weightedPicker', () => {
  it('never picks a zero weight and favours heavier options', () => {
    const pick = weightedPicker([1, 0, 3]);
    const random = createRandom(5);
    const counts = [0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[pick(random)]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2]!).toBeGreaterThan(2 * counts[0]!);
  });
});
