import { IdLookup, type IdIndex, type IdIndexData } from './id-index.ts';
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
  }

  /** The frozen form of `index` (which is left as it is). */
  static freeze(index: IdIndex): FrozenIdIndex {
    const { hashes, values, offsets, chars } = index.data();
    return new FrozenIdIndex({
      hashes: sharedCopy(hashes),
      values: sharedCopy(values),
      offsets: sharedCopy(offsets),
      chars: sharedCopy(chars),
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
