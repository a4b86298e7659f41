import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from '../../../src/core/disclosure/min-heap.ts';

describe('MinHeap', () => {
  it('pops by key, first in first out among equal keys, with pushes between pops', () => {
    fc.assert(
      fc.property(
        // A key pushes that item; null pops one.
        fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }), { minLength: 1 }),
        (steps) => {
          const heap = new MinHeap<number>();
          const waiting: { key: number; at: number }[] = [];
          const popped: (number | undefined)[] = [];
          const expected: (number | undefined)[] = [];
          steps.forEach((key, at) => {
            if (key !== null) {
              heap.push(at, key);
              waiting.push({ key, at });
              return;
            }
            popped.push(heap.pop());
            // The least key, earliest pushed: what a stable sort puts first.
            waiting.sort((a, b) => a.key - b.key || a.at - b.at);
            expected.push(waiting.shift()?.at);
          });
          expect(popped).toEqual(expected);
          expect(heap.size).toBe(waiting.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns undefined when empty', () => {
    const heap = new MinHeap<string>();
    heap.push('a', 1);
    expect([heap.pop(), heap.pop()]).toEqual(['a', undefined]);
  });
});
