import { IdLookup, SMALL_IDS, type IdIndex, type IdIndexData } from './id-index.ts';
import { sharedCopy } from './shared-memory.ts';

/** A `FrozenIdIndex` as plain data, in shared memory where there is any (see `data`). */
export type FrozenIdIndexData = IdIndexData;

/**
 * An `IdIndex` that takes no more ids: its arrays copied into shared memory, so both survey
 * workers read the main thread's instead of each holding a copy (a national participant index
 * is about 55 MiB). It keeps the slots of the index it was frozen from, so `get` answers exactly
 * as `IdIndex.get` does.
 * @example const frozen = FrozenIdIndex.freeze(index); frozen.get('p-1') === index.get('p-1') // true
 */
export class FrozenIdIndex extends IdLookup {
  private constructor(data: FrozenIdIndexData) {
    super(data, data.offsets.length - 1);
    this.small = this.count <= SMALL_IDS ? this.idMap() : undefined;
  }

  /** Each id and its index, read back from the code units (see `SMALL_IDS`). */
  private idMap(): Map<string, number> {
    const map = new Map<string, number>();
    for (let v = 0; v < this.count; v++) {
      map.set(textOf(this.chars, this.offsets[v] as number, this.offsets[v + 1] as number), v);
    }
    return map;
  }

  /** The frozen form of `index` (which is left as it is). */
  static freeze(index: IdIndex): FrozenIdIndex {
    const { hashes, values, offsets, chars, numbered } = index.data();
    return new FrozenIdIndex({
      hashes: sharedCopy(hashes),
      values: sharedCopy(values),
      offsets: sharedCopy(offsets),
      chars: sharedCopy(chars),
      numbered: numbered && { ...numbered, slots: sharedCopy(numbered.slots) },
    });
  }

  /** An index over data from `data()` (another thread's: shared memory is not copied). */
  static from(data: FrozenIdIndexData): FrozenIdIndex {
    return new FrozenIdIndex(data);
  }

  /** The arrays, to hand to a worker thread. */
  data(): FrozenIdIndexData {
    const { hashes, values, offsets, chars, numbered } = this;
    return { hashes, values, offsets, chars, numbered };
  }
}

/** The string of code units `start` … `end − 1` (in pieces: an argument list has a limit). */
function textOf(units: Uint8Array | Uint16Array, start: number, end: number): string {
  let text = '';
  for (let at = start; at < end; at += 4096)
    text += String.fromCharCode(...units.subarray(at, Math.min(end, at + 4096)));
  return text;
}
