/**
 * Small changes to a histogram of changes (people per grid point) that keep its number of
 * people. A move adds `delta[i]` people at point `at[i]`; `ds` and `dq` are what it adds to
 * Σ x and Σ x² (x in grid steps), `dGroup` to the people declined, same and improved, and
 * `dHash` to the two parts of the histogram's hash (hashParts).
 */
export interface Move {
  at: Int32Array;
  delta: Int32Array;
  ds: number;
  dq: number;
  dGroup: readonly [number, number, number];
  dHash: readonly [number, number];
}

/** Moduli and bases of the two polynomial hashes of a histogram (Σ h[j] · base^j mod m). */
export const HASHES = [
  [2_147_483_647, 48_271],
  [2_147_483_629, 69_621],
] as const;

/**
 * The two hashes of a histogram: a move updates them in O(1) (Move.dHash), and hashKey packs
 * them in one number; distinct histograms share a key with a chance of about 2⁻⁵³, and that
 * only skips a candidate witness.
 * @example hashKey(...hashParts([0, 1, 2])) === hashKey(...hashParts([0, 1, 2])) // true
 */
export function hashParts(h: ArrayLike<number>): [number, number] {
  return HASHES.map(([m, base]) => {
    let sum = 0;
    let power = 1;
    for (let j = 0; j < h.length; j++) {
      sum = (sum + (h[j] as number) * power) % m;
      power = (power * base) % m;
    }
    return sum;
  }) as [number, number];
}

/** Both hash parts in one safe integer (31 + 22 bits). */
export function hashKey(a: number, b: number): number {
  return a * 2 ** 22 + (b % 2 ** 22);
}

const movesBySize = new Map<number, Move[]>();

/** Spreads wider than this many steps are left out: the moves grow with size² per spread. */
const MAX_SPREAD = 4;

/**
 * The moves on a grid of `size` points (−half … half), gentlest first: those that keep Σ x and
 * Σ x² exactly (a third difference +1 −3 +3 −1 at four evenly spaced points; two people at y
 * spreading to y ± s while two at z ± s meet at z, s ≤ 4), then one person up a step and
 * another down one (Σ x kept), then one person up or down one step.
 * @example movesOn(9).length // 158
 */
export function movesOn(size: number): readonly Move[] {
  let moves = movesBySize.get(size);
  if (moves) return moves;
  const raw: Map<number, number>[] = [];
  const add = (...parts: [at: number, delta: number][]) => {
    const move = new Map<number, number>();
    for (const [at, delta] of parts) move.set(at, (move.get(at) ?? 0) + delta);
    for (const [at, delta] of [...move]) if (delta === 0) move.delete(at);
    if (move.size > 0) raw.push(move);
  };
  for (let s = 1; 3 * s < size; s++) {
    for (let b = 0; b + 3 * s < size; b++) {
      for (const sign of [1, -1]) {
        add([b, sign], [b + s, -3 * sign], [b + 2 * s, 3 * sign], [b + 3 * s, -sign]);
      }
    }
  }
  for (let s = 1; s <= MAX_SPREAD && 2 * s < size; s++) {
    for (let y = s; y + s < size; y++) {
      for (let z = s; z + s < size; z++) {
        if (z === y) continue;
        add([y - s, 1], [y, -2], [y + s, 1], [z - s, -1], [z, 2], [z + s, -1]);
      }
    }
  }
  for (let a = 0; a + 1 < size; a++) {
    for (let b = 1; b < size; b++) if (b !== a + 1) add([a, -1], [a + 1, 1], [b, -1], [b - 1, 1]);
  }
  for (let a = 0; a < size; a++) {
    if (a + 1 < size) add([a, -1], [a + 1, 1]);
    if (a > 0) add([a, -1], [a - 1, 1]);
  }
  moves = raw.map((move) =>
    moveOf(
      [...move].sort(([a], [b]) => a - b),
      size,
    ),
  );
  movesBySize.set(size, moves);
  return moves;
}

function moveOf(entries: [at: number, delta: number][], size: number): Move {
  const half = (size - 1) / 2;
  let ds = 0;
  let dq = 0;
  const dGroup: [number, number, number] = [0, 0, 0];
  for (const [at, delta] of entries) {
    const x = at - half;
    ds += delta * x;
    dq += delta * x * x;
    dGroup[x < 0 ? 0 : x === 0 ? 1 : 2] += delta;
  }
  const dHash = HASHES.map(([m, base]) => {
    let sum = 0;
    for (const [at, delta] of entries) {
      let power = 1;
      for (let j = 0; j < at; j++) power = (power * base) % m;
      sum = (((sum + delta * power) % m) + m) % m;
    }
    return sum;
  }) as [number, number];
  return {
    at: Int32Array.from(entries, ([at]) => at),
    delta: Int32Array.from(entries, ([, delta]) => delta),
    ds,
    dq,
    dGroup,
    dHash,
  };
}
