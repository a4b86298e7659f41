import { describe, expect, it } from 'vitest';
import { IntColumn } from '../../../../src/core/validate/keys/int-column.ts';

describe('IntColumn.shared', () => {
  it('answers as the column it was copied from, from shared memory', () => {
    const column = new IntColumn();
    for (const [index, value] of [
      [0, 7],
      [5, 0],
      [3000, 42],
    ] as const)
      column.set(index, value);
    const shared = column.shared();
    for (const index of [-1, 0, 1, 5, 2999, 3000, 3001, 1 << 20])
      expect(shared.get(index)).toBe(column.get(index));
    expect(shared.snapshot().buffer).toBeInstanceOf(SharedArrayBuffer);
    // Rebuilt from its snapshot in another thread, it reads the same memory.
    expect(IntColumn.from(shared.snapshot()).get(3000)).toBe(42);
  });
});
