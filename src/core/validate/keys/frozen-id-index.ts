import { hash, type IdIndex, type IdLookupIndex } from './id-index.ts';
import { sharedBuffer, sharedInt32 } from './shared-memory.ts';

/** A `FrozenIdIndex` as plain data, in shared memory where there is any (see `data`). */
export interface FrozenIdIndexData {
  /** The `IdIndex`'s slots, as they were: each slot's hash and value (-1: empty). */
  hashes: Int32Array;
  values: Int32Array;
  /** Id `v`'s code units are `chars[offsets[v]]` … `chars[offsets[v + 1] - 1]`. */
  offsets: Int32Array;
  /** One byte per code unit when every id is Latin-1, else two. */
  chars: Uint8Array | Uint16Array;
}

/**
 * An `IdIndex` that takes no more ids, in typed arrays only: a national participant index is about
 * 55 MiB this way instead of about 70 MiB of strings per thread, and in shared memory both survey
 * workers read the main thread's instead of each holding a copy. It keeps the slots of the index
 * it was frozen from and compares an id's code units with the stored ones on a hash match, so
 * `get` answers exactly as `IdIndex.get` does.
 * @example const frozen = FrozenIdIndex.freeze(index); frozen.get('p-1') === index.get('p-1') // true
 */
export class FrozenIdIndex implements IdLookupIndex {
  readonly size: number;
  private readonly hashes: Int32Array;
  private readonly values: Int32Array;
  private readonly offsets: Int32Array;
  private readonly chars: Uint8Array | Uint16Array;
  private readonly mask: number;

  private constructor(data: FrozenIdIndexData) {
    this.hashes = data.hashes;
    this.values = data.values;
    this.offsets = data.offsets;
    this.chars = data.chars;
    this.mask = data.values.length - 1;
    this.size = data.offsets.length - 1;
  }

  /** The frozen form of `index` (which is left as it is). */
  static freeze(index: IdIndex): FrozenIdIndex {
    const { keys, hashes, values, count } = index.snapshot();
    // Ids by their value, to lay their code units out in index order.
    const byValue = new Array<string>(count);
    let length = 0;
    let wide = false;
    for (let slot = 0; slot < values.length; slot++) {
      const value = values[slot] as number;
      if (value === -1) continue;
      const key = keys[slot] as string;
      byValue[value] = key;
      length += key.length;
      // A code unit above 0xff anywhere needs two bytes for every id.
      for (let i = 0; !wide && i < key.length; i++) wide = key.charCodeAt(i) > 0xff;
    }
    const offsets = new Int32Array(sharedBuffer(4 * (count + 1)));
    const chars = wide
      ? new Uint16Array(sharedBuffer(2 * length))
      : new Uint8Array(sharedBuffer(length));
    let at = 0;
    for (let value = 0; value < count; value++) {
      const key = byValue[value] as string;
      offsets[value] = at;
      for (let i = 0; i < key.length; i++) chars[at++] = key.charCodeAt(i);
    }
    offsets[count] = at;
    return new FrozenIdIndex({
      hashes: sharedInt32(hashes),
      values: sharedInt32(values),
      offsets,
      chars,
    });
  }

  /** An index over data from `data()` (another thread's: shared memory is not copied). */
  static from(data: FrozenIdIndexData): FrozenIdIndex {
    return new FrozenIdIndex(data);
  }

  /** The arrays, to hand to a worker thread. */
  data(): FrozenIdIndexData {
    return { hashes: this.hashes, values: this.values, offsets: this.offsets, chars: this.chars };
  }

  /** The index of an id, or -1 (as `IdIndex.get`). */
  get(id: string): number {
    const h = hash(id);
    let i = h & this.mask;
    for (;;) {
      const value = this.values[i] as number;
      if (value === -1) return -1;
      if (this.hashes[i] === h && this.holds(value, id)) return value;
      i = (i + 1) & this.mask;
    }
  }

  /** Whether id number `value` is `id`, code unit by code unit. */
  private holds(value: number, id: string): boolean {
    const start = this.offsets[value] as number;
    if ((this.offsets[value + 1] as number) - start !== id.length) return false;
    const chars = this.chars;
    for (let i = 0; i < id.length; i++) if (chars[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }
}
