/**
 * A set of composite keys, each packed into one integer below 2^53 (e.g.
 * `session × participantCount + participant`). Small key spaces use a bitset (one bit per
 * possible key); large ones an open-addressing hash table of float64 slots. Either way there are
 * no strings: six million attendance keys take about 64 MiB instead of a Map's ~600 MiB.
 * @example const s = createCompositeSet(1000); s.add(7) // true; s.add(7) // false
 */
export interface CompositeSet {
  /** Adds a key; returns false when it was already present. */
  add(key: number): boolean;
  /** The set as one typed array, to send to another thread (see `overlaps`). */
  snapshot(): CompositeSnapshot;
}

/** A set's storage: a bitset's words, or a hash set's slots (`-1` = empty). */
export type CompositeSnapshot = { bits: Uint32Array } | { slots: Float64Array };

/**
 * Whether two sets (of the same key space) share a key: two parts of one file checked in two
 * workers hold a duplicate across the cut exactly when they do.
 * @example overlaps(a.snapshot(), b.snapshot()) // false when no key is in both
 */
export function overlaps(a: CompositeSnapshot, b: CompositeSnapshot): boolean {
  if ('bits' in a && 'bits' in b) {
    const n = Math.min(a.bits.length, b.bits.length);
    for (let i = 0; i < n; i++)
      if (((a.bits[i] as number) & (b.bits[i] as number)) !== 0) return true;
    return false;
  }
  const keysOf = (s: CompositeSnapshot): Iterable<number> =>
    'slots' in s ? s.slots.filter((key) => key !== EMPTY) : bitKeys(s.bits);
  const other = new HashSet();
  for (const key of keysOf(b)) other.add(key);
  for (const key of keysOf(a)) if (!other.add(key)) return true;
  return false;
}

function* bitKeys(words: Uint32Array): Iterable<number> {
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as number;
    if (word === 0) continue;
    for (let b = 0; b < 32; b++) if (word & (1 << b)) yield w * 32 + b;
  }
}

/** Keys below this many use a bitset (2^31 bits = 256 MiB at most; usually far less). */
const BITSET_LIMIT = 2 ** 31;

/**
 * Creates a set for keys in `[0, keySpace)`; `lastBase` is the base of the key's last digit
 * (see `HashSet`), 0 when unknown; `expected` how many keys are likely to come (see `HashSet`).
 */
export function createCompositeSet(
  keySpace: number,
  lastBase = 0,
  expected?: () => number,
): CompositeSet {
  return keySpace <= BITSET_LIMIT ? new BitSet(keySpace) : new HashSet(1 << 16, lastBase, expected);
}

/** One bit per possible key. */
export class BitSet implements CompositeSet {
  private readonly words: Uint32Array;

  constructor(size: number) {
    this.words = new Uint32Array(Math.ceil(Math.max(size, 1) / 32));
  }

  add(key: number): boolean {
    const word = key >>> 5;
    const bit = 1 << (key & 31);
    const current = this.words[word] as number;
    if (current & bit) return false;
    this.words[word] = current | bit;
    return true;
  }

  snapshot(): CompositeSnapshot {
    return { bits: this.words };
  }
}

const EMPTY = -1;

/**
 * Linear-probing hash set of non-negative integers below 2^53 in a Float64Array.
 *
 * With `lastBase` (the base of the key's last digit: `key = rest × lastBase + last`), keys that
 * share their last digit and differ in the rest by less than 8 land in the same 64-byte line of
 * slots: attendance comes grouped by participant (a mentee's sessions in turn), so the national
 * file's 5.7 million keys then cost about one cache miss per participant instead of one per row
 * (0.4 s instead of 0.6–0.9 s measured on those keys). Other keys spread as without it.
 *
 * With `expected` (how many keys are likely to come, 0 while unknown), the set grows straight
 * to the room they need the first time it is full, instead of doubling and rehashing its way
 * there (the attendance keys' estimate comes from the file's size: see table-pass.ts).
 */
export class HashSet implements CompositeSet {
  private slots: Float64Array;
  private mask: number;
  private count = 0;
  private readonly lastBase: number;
  private readonly expected: (() => number) | undefined;

  constructor(capacity = 1 << 16, lastBase = 0, expected?: () => number) {
    this.slots = new Float64Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    this.lastBase = lastBase;
    this.expected = expected;
  }

  add(key: number): boolean {
    if ((this.count + 1) * 4 > this.slots.length * 3) this.grow();
    if (!insert(this.slots, this.mask, key, this.slotOf(key))) return false;
    this.count++;
    return true;
  }

  /** Where the probe for `key` starts (before masking). */
  private slotOf(key: number): number {
    if (this.lastBase <= 0) return hash(key);
    const last = key % this.lastBase;
    const rest = (key - last) / this.lastBase;
    return (hash(last) & ~7) | (rest & 7);
  }

  snapshot(): CompositeSnapshot {
    return { slots: this.slots };
  }

  private grow(): void {
    const old = this.slots;
    let capacity = old.length * 2;
    // Room for the expected keys at the same load (at most 3/4 full) as doubling would give.
    const expected = this.expected?.() ?? 0;
    while (capacity * 3 < expected * 4) capacity *= 2;
    this.slots = new Float64Array(capacity).fill(EMPTY);
    this.mask = this.slots.length - 1;
    for (const key of old) if (key !== EMPTY) insert(this.slots, this.mask, key, this.slotOf(key));
  }
}

function hash(key: number): number {
  // Mix the high and low 32 bits (keys go beyond 2^32).
  const low = key >>> 0;
  const high = (key / 4294967296) >>> 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Adds `key`, probing from slot `start`; false when it was there. */
function insert(slots: Float64Array, mask: number, key: number, start: number): boolean {
  let i = start & mask;
  for (;;) {
    const slot = slots[i] as number;
    if (slot === EMPTY) {
      slots[i] = key;
      return true;
    }
    if (slot === key) return false;
    i = (i + 1) & mask;
  }
}
