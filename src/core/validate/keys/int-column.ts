import { sharedCopy } from './shared-memory.ts';

/**
 * A growable column of 32-bit integers indexed by interned row index (-1 when never set).
 * @example const c = new IntColumn(); c.set(5, 42); c.get(5) // 42; c.get(6) // -1
 */
export class IntColumn {
  private data: Int32Array = new Int32Array(1024).fill(-1);

  set(index: number, value: number): void {
    if (index >= this.data.length) {
      let length = this.data.length;
      while (length <= index) length *= 2;
      const grown = new Int32Array(length).fill(-1);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[index] = value;
  }

  get(index: number): number {
    return index >= 0 && index < this.data.length ? (this.data[index] as number) : -1;
  }

  /** The column as plain data (to hand it to a worker thread; see also `shared`). */
  snapshot(): Int32Array {
    return this.data;
  }

  /**
   * The column copied into shared memory, for columns no longer written: worker threads given its
   * `snapshot` read it instead of each holding a copy.
   */
  shared(): IntColumn {
    return IntColumn.from(sharedCopy(this.data));
  }

  /** A column that answers as the one `snapshot` was taken of. */
  static from(data: Int32Array): IntColumn {
    const column = new IntColumn();
    column.data = data.length > 0 ? data : column.data;
    return column;
  }
}
