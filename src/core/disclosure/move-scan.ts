import { movesOn, type Move } from './witness-moves.ts';

/** Grids up to this many points scan their moves by bit masks: one 32-bit word per level. */
const MASK_POINTS = 32;
/** A move takes at most this many people from one point where masks are used. */
const LEVELS = 3;

/**
 * The moves of a grid (movesOn) in their order, and a scan for those a histogram can make
 * (it holds the people each move takes). Most moves cannot be made: they take people from a
 * point that has none. On grids of up to 32 points each move's needs are bit masks, one per
 * level (bit j of level l: the move takes at least l people from point j), and a table says,
 * for each level, point and move, the next move that does not need that point at that level:
 * a run of moves that all need a point the histogram lacks is passed over in one step. The
 * moves found, and their order, are those a move-by-move check finds.
 */
export class MoveScan {
  readonly moves: readonly Move[];
  private readonly size: number;
  /** needs[LEVELS · i + l − 1]: move i's mask of level l; undefined without masks. */
  private readonly needs: Int32Array | undefined;
  /** next[(LEVELS · point + l − 1) · (moves + 1) + i]: first move ≥ i that does not need it. */
  private readonly next: Int32Array | undefined;

  constructor(size: number) {
    this.size = size;
    this.moves = movesOn(size);
    const count = this.moves.length;
    const needs = size <= MASK_POINTS ? masksOf(this.moves) : undefined;
    this.needs = needs;
    if (!needs) return;
    const next = new Int32Array(LEVELS * size * (count + 1));
    for (let point = 0; point < size; point++) {
      for (let level = 0; level < LEVELS; level++) {
        const row = (LEVELS * point + level) * (count + 1);
        next[row + count] = count;
        for (let i = count - 1; i >= 0; i--) {
          const needed = (needs[LEVELS * i + level]! >>> point) & 1;
          next[row + i] = needed ? next[row + i + 1]! : i;
        }
      }
    }
    this.next = next;
  }

  /** Which points of `h` hold at least 1, 2 and 3 people, as masks for `from`. */
  held(h: ArrayLike<number>, held = new Int32Array(LEVELS)): Int32Array {
    held.fill(0);
    if (!this.needs) return held;
    for (let j = 0; j < this.size; j++) {
      const people = h[j] as number;
      for (let level = 0; level < LEVELS && people > level; level++) held[level]! |= 1 << j;
    }
    return held;
  }

  /**
   * The first move at or after `i` that `h` can make (moves.length when none is left);
   * `held` is `this.held(h)`.
   */
  from(i: number, h: ArrayLike<number>, held: Int32Array): number {
    const { needs, next, moves } = this;
    const count = moves.length;
    if (!needs || !next) {
      for (; i < count; i++) if (canMake(moves[i]!, h)) return i;
      return count;
    }
    const stride = count + 1;
    const held1 = held[0]!;
    const held2 = held[1]!;
    const held3 = held[2]!;
    while (i < count) {
      // Levels are nested (taking 2 from a point is also taking 1): check the first one first.
      const at = LEVELS * i;
      let level = 0;
      let missing = needs[at]! & ~held1;
      if (missing === 0) {
        level = 1;
        missing = needs[at + 1]! & ~held2;
        if (missing === 0) {
          level = 2;
          missing = needs[at + 2]! & ~held3;
          if (missing === 0) return i;
        }
      }
      // Every point the move needs and h lacks rules out the run of moves that need it too:
      // jump past the longest such run.
      let jump = i + 1;
      do {
        const bit = missing & -missing;
        const point = 31 - Math.clz32(bit);
        jump = Math.max(jump, next[(LEVELS * point + level) * stride + i]!);
        missing ^= bit;
      } while (missing !== 0);
      i = jump;
    }
    return count;
  }
}

/** Whether `h` holds the people the move takes. */
function canMake(move: Move, h: ArrayLike<number>): boolean {
  const { at, delta } = move;
  for (let k = 0; k < at.length; k++) if ((h[at[k]!] as number) + delta[k]! < 0) return false;
  return true;
}

/** The moves' needs as LEVELS masks each; undefined when a move takes more than LEVELS. */
function masksOf(moves: readonly Move[]): Int32Array | undefined {
  const needs = new Int32Array(LEVELS * moves.length);
  for (let i = 0; i < moves.length; i++) {
    const { at, delta } = moves[i]!;
    for (let k = 0; k < at.length; k++) {
      const takes = -delta[k]!;
      if (takes > LEVELS) return undefined;
      for (let level = 0; level < takes; level++) needs[LEVELS * i + level]! |= 1 << at[k]!;
    }
  }
  return needs;
}

const scans = new Map<number, MoveScan>();

/** The scan of a grid of `size` points, built once per size. */
export function moveScanOf(size: number): MoveScan {
  let scan = scans.get(size);
  if (!scan) scans.set(size, (scan = new MoveScan(size)));
  return scan;
}
