import { numberedLike, numberOf, slotsFor, type NumberedSlots } from './numbered-ids.ts';

/** What later tables ask of an interned table: `IdIndex`, or its frozen form `FrozenIdIndex`. */
export interface IdLookupIndex {
  readonly size: number;
  /** The index of an id, or -1. */
  get(id: string): number;
}

/** An index's storage (see `IdIndex`, `FrozenIdIndex`). */
export interface IdIndexData {
  /** The slots: each slot's hash and value (-1: empty); a power of two of them. */
  hashes: Int32Array;
  values: Int32Array;
  /** Id `v`'s code units are `chars[offsets[v]]` … `chars[offsets[v + 1] - 1]`. */
  offsets: Int32Array;
  /** One byte per code unit while every id is Latin-1, else two. */
  chars: Uint8Array | Uint16Array;
  /** Ids of the first id's shape, found by number; they are not in the slots above. */
  numbered?: NumberedSlots | undefined;
}

/**
 * Tables of up to this many ids are also looked up in a `Map`: V8 hashes a string natively, and
 * caches the hash, in less time than `hash` takes in JavaScript (a survey item id: 35–58 ns
 * against 79–138 ns a lookup in a microbenchmark; the whole pass showed no change), and so few
 * entries cost nothing in memory or cache misses. The survey's item ids go this way.
 */
export const SMALL_IDS = 4096;

/** The lookup both forms share: probe the slots, compare code units on a hash match. */
export class IdLookup implements IdLookupIndex {
  /** Every id while there are at most `SMALL_IDS` (then `undefined`): the same answers. */
  protected small: Map<string, number> | undefined;
  protected hashes: Int32Array;
  protected values: Int32Array;
  protected offsets: Int32Array;
  protected chars: Uint8Array | Uint16Array;
  protected numbered: NumberedSlots | undefined;
  protected mask: number;
  protected count: number;

  protected constructor(data: IdIndexData, count: number) {
    this.numbered = data.numbered;
    this.hashes = data.hashes;
    this.values = data.values;
    this.offsets = data.offsets;
    this.chars = data.chars;
    this.mask = data.values.length - 1;
    this.count = count;
  }

  /** Number of distinct ids. */
  get size(): number {
    return this.count;
  }

  /** The index of an id, or -1. */
  get(id: string): number {
    const small = this.small;
    if (small !== undefined) return small.get(id) ?? -1;
    const numbered = this.numbered;
    if (numbered !== undefined) {
      const n = numberOf(id, numbered.prefix, numbered.width);
      if (n >= 0) {
        const value = n < numbered.slots.length ? (numbered.slots[n] as number) : -1;
        if (value >= 0 || numbered.strays === 0) return value;
      }
    }
    return this.probe(id, hash(id));
  }

  /** The index of an id in the hash slots (`h` its hash), or -1. */
  protected probe(id: string, h: number): number {
    let i = h & this.mask;
    for (;;) {
      const value = this.values[i] as number;
      if (value === -1) return -1;
      if (this.hashes[i] === h && this.holds(value, id)) return value;
      i = (i + 1) & this.mask;
    }
  }

  /** Whether id number `value` is `id`, code unit by code unit. */
  protected holds(value: number, id: string): boolean {
    const start = this.offsets[value] as number;
    if ((this.offsets[value + 1] as number) - start !== id.length) return false;
    const chars = this.chars;
    for (let i = 0; i < id.length; i++) if (chars[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }
}

/**
 * Interns the ids of one table into dense integer indexes (0, 1, 2, …) in file order, so other
 * tables refer to rows by number and per-row attributes live in typed arrays.
 *
 * An open-addressing table with the hashes in an Int32Array: on a million ids it answers several
 * times faster than a `Map<string, number>` (measured 0.43 vs 2.2 µs a lookup on the 2-core
 * machine), because a probe touches a typed array and compares code units only on a hash match.
 * The ids' code units are copied into one typed array rather than kept as strings: a million
 * retained strings each survived young collections into the old generation (nationally the
 * collector's share of the participants pass fell from 0.56 to 0.15 s of profile samples without
 * them), and the copy is what `FrozenIdIndex` shares. Ids shaped like the first one (a prefix
 * and a fixed count of digits, as exports number rows) skip the hash altogether: each is found
 * by its number (`NumberedSlots`; a million participant ids added in 24–35 ns each against
 * 450–590, looked up in attendance order in 19–48 ns against 102–190, a microbenchmark).
 * @example const ix = new IdIndex(); ix.add('p-1') // 0; ix.get('p-1') // 0; ix.add('p-1') // -1
 */
export class IdIndex extends IdLookup {
  /** Ids in the hash slots (the rest are numbered). */
  private hashed = 0;

  constructor(capacity = 1024) {
    super(
      {
        hashes: new Int32Array(capacity),
        values: new Int32Array(capacity).fill(-1),
        offsets: new Int32Array(capacity),
        chars: new Uint8Array(capacity * 8),
      },
      0,
    );
    this.small = new Map();
  }

  /** The storage as it is now, trimmed to the ids held (views, not copies). */
  data(): IdIndexData {
    const used = this.offsets[this.count] as number;
    return {
      hashes: this.hashes,
      values: this.values,
      offsets: this.offsets.subarray(0, this.count + 1),
      chars: this.chars.subarray(0, used),
      numbered: this.numbered,
    };
  }

  /**
   * Makes room for `count` ids in all, so that adding them does not rehash the slots on the way
   * (a size only: the ids' indexes and `get`'s answers are the same either way).
   */
  reserve(count: number): void {
    if ((count + 1) * 2 <= this.values.length) return;
    let capacity = this.values.length;
    while ((count + 1) * 2 > capacity) capacity *= 2;
    this.rehash(capacity);
  }

  /** Adds an id and returns its index, or -1 when it was already there. */
  add(id: string): number {
    // The first id decides the shape that is numbered (see `NumberedSlots`).
    if (this.count === 0) this.numbered = numberedLike(id);
    const numbered = this.numbered;
    const n = numbered ? numberOf(id, numbered.prefix, numbered.width) : -1;
    if (numbered && n >= 0 && slotsFor(numbered, n, this.count)) {
      if ((numbered.slots[n] as number) >= 0) return -1;
      if (numbered.strays > 0 && this.probe(id, hash(id)) >= 0) return -1;
      numbered.slots[n] = this.count;
    } else {
      if (!this.insert(id)) return -1;
      if (numbered && n >= 0) numbered.strays++;
    }
    this.append(id);
    if (this.small !== undefined) {
      if (this.count < SMALL_IDS) this.small.set(id, this.count);
      else this.small = undefined;
    }
    return this.count++;
  }

  /** Puts an id numbered `count` into the hash slots; false when it is there already. */
  private insert(id: string): boolean {
    if ((this.hashed + 1) * 2 > this.values.length) this.rehash(this.values.length * 2);
    const h = hash(id);
    let i = h & this.mask;
    for (;;) {
      const value = this.values[i] as number;
      if (value === -1) break;
      if (this.hashes[i] === h && this.holds(value, id)) return false;
      i = (i + 1) & this.mask;
    }
    this.hashes[i] = h;
    this.values[i] = this.count;
    this.hashed++;
    return true;
  }

  /** Copies the id's code units after the last id's, widening to two bytes if one needs it. */
  private append(id: string): void {
    const start = this.offsets[this.count] as number;
    const end = start + id.length;
    if (end > this.chars.length)
      this.chars = resized(this.chars, Math.max(end, 2 * this.chars.length));
    let chars = this.chars;
    for (let i = 0; i < id.length; i++) {
      const unit = id.charCodeAt(i);
      if (unit > 0xff && chars instanceof Uint8Array) {
        const wide = new Uint16Array(chars.length);
        wide.set(chars);
        this.chars = chars = wide;
      }
      chars[start + i] = unit;
    }
    if (this.count + 2 > this.offsets.length)
      this.offsets = resized(this.offsets, 2 * this.offsets.length);
    this.offsets[this.count + 1] = end;
  }

  /** Moves the slots into `capacity` slots (a power of two). */
  private rehash(capacity: number): void {
    const { hashes, values } = this;
    this.hashes = new Int32Array(capacity);
    this.values = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let j = 0; j < values.length; j++) {
      const value = values[j] as number;
      if (value === -1) continue;
      let i = (hashes[j] as number) & this.mask;
      while (this.values[i] !== -1) i = (i + 1) & this.mask;
      this.hashes[i] = hashes[j] as number;
      this.values[i] = value;
    }
  }
}

/** A copy of `array` with room for `length` elements (the same element type). */
function resized<T extends Uint8Array | Uint16Array | Int32Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}

/**
 * FNV-1a over UTF-16 code units, with a final mix so sequential ids spread out (shared with
 * `FrozenIdIndex`, which must probe the same slots).
 */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
