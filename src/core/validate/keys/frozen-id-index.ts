import { IdLookup, type IdIndex, type IdIndexData } from './id-index.ts';
import { sharedBuffer, sharedInt32 } from './shared-memory.ts';

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
  }

  /** The frozen form of `index` (which is left as it is). */
  static freeze(index: IdIndex): FrozenIdIndex {
    const { hashes, values, offsets, chars } = index.data();
    const shared =
      chars instanceof Uint16Array
        ? new Uint16Array(sharedBuffer(chars.byteLength))
        : new Uint8Array(sharedBuffer(chars.byteLength));
    shared.set(chars);
    return new FrozenIdIndex({
      hashes: sharedInt32(hashes),
      values: sharedInt32(values),
      offsets: sharedInt32(offsets),
      chars: shared,
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
}
