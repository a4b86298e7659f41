/**
 * Maps another numbering of a table's rows (the validator's interned ids) to the collector's own
 * row indexes: a growable Int32Array, -1 where nothing was set. Replaces a `Map<string, number>`
 * when the ids arrive already interned.
 * @example const remap = new IndexRemap(); remap.set(3, 0); remap.get(3) // 0; remap.get(4) // -1
 */
export class IndexRemap {
  #data: Int32Array = new Int32Array(1024).fill(-1);

  /** Records that index `from` is row `to`, replacing an earlier entry (as `Map.set` does). */
  set(from: number, to: number): void {
    if (from >= this.#data.length) {
      let size = this.#data.length * 2;
      while (size <= from) size *= 2;
      const bigger = new Int32Array(size).fill(-1);
      bigger.set(this.#data);
      this.#data = bigger;
    }
    this.#data[from] = to;
  }

  /** The entries as one array (a copy), to hand to a worker thread. */
  snapshot(): Int32Array<ArrayBuffer> {
    return this.#data.slice();
  }

  /** A remap holding a snapshot's entries. */
  static from(entries: Int32Array): IndexRemap {
    const remap = new IndexRemap();
    remap.#data = entries;
    return remap;
  }

  /** The row for index `from`, or -1 (also for a negative `from`). */
  get(from: number): number {
    return from >= 0 && from < this.#data.length ? (this.#data[from] as number) : -1;
  }
}
