import { describe, expect, it } from 'vitest';
import {
  BitSet,
  HashSet,
  overlaps,
  type CompositeSet,
} from '../../../../src/core/validate/keys/composite-set.ts';

/** Attendance-shaped keys (`session × base + participant`), with some repeated, in file order. */
function attendanceKeys(base: number, participants: number): number[] {
  const keys: number[] = [];
  // A kickoff register: one session, every participant.
  for (let p = 0; p < participants; p++) keys.push(7 * base + p);
  // Then grouped by participant: a few consecutive sessions each, some far beyond 2^32.
  for (let p = 0; p < participants; p++) {
    const first = (p * 7919) % 100_000;
    for (let s = first; s < first + 1 + (p % 9); s++) keys.push(s * base + p);
    if (p % 97 === 0) keys.push(first * base + p);
  }
  keys.push(7 * base + 3, 99_999 * base + (participants - 1));
  return keys;
}

/** Adds every key to `set` and to a `Set`: both must say the same of each. */
function expectSetAnswers(set: CompositeSet, keys: readonly number[]): void {
  const truth = new Set<number>();
  expect(keys.length).toBeGreaterThan(0);
  let repeats = 0;
  for (const key of keys) {
    const fresh = !truth.has(key);
    truth.add(key);
    if (!fresh) repeats++;
    expect(set.add(key), String(key)).toBe(fresh);
  }
  expect(repeats).toBeGreaterThan(0);
}

describe('HashSet', () => {
  const base = 1_066_361;
  const keys = attendanceKeys(base, 5000);

  it('answers as a Set on attendance-shaped keys while it grows', () => {
    expectSetAnswers(new HashSet(8), keys);
  });

  it('answers the same with the last digit’s base (keys grouped by it share a line)', () => {
    expectSetAnswers(new HashSet(8, base), keys);
    // A base that does not match the keys' shape only spreads them differently.
    expectSetAnswers(new HashSet(8, 3), keys);
  });

  it('grows straight to the room the expected keys need, answering the same', () => {
    let asked = 0;
    const expected = () => {
      asked++;
      return keys.length;
    };
    const set = new HashSet(8, base, expected);
    expectSetAnswers(set, keys);
    // One growth (the first time 8 slots were 3/4 full), to the first power of two that holds
    // the expected keys at 3/4 full, where doubling would have taken twelve.
    expect(asked).toBe(1);
    let capacity = 16;
    while (capacity * 3 < keys.length * 4) capacity *= 2;
    expect((set.snapshot() as { slots: Float64Array }).slots.length).toBe(capacity);
  });

  it('tells whether two sets share a key, whichever way each was filled', () => {
    const a = new HashSet(8, base);
    const b = new HashSet(8);
    for (const key of keys.slice(0, 1000)) a.add(key);
    for (const key of keys.slice(6000, 7000)) b.add(key);
    expect(overlaps(a.snapshot(), b.snapshot())).toBe(false);
    b.add(keys[500] as number);
    expect(overlaps(a.snapshot(), b.snapshot())).toBe(true);
  });
});

describe('BitSet', () => {
  it('answers as a Set on every key of a small space', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => (i * 37) % 2000);
    expectSetAnswers(new BitSet(2000), keys);
  });
});
