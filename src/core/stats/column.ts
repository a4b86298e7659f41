/** The typed arrays a streaming column can be backed by. */
type Typed = Int32Array | Uint8Array | Uint16Array | Float64Array;

/**
 * A growable typed array: one value per interned row, without holding row objects.
 * @example const c = new Column(Int32Array); c.push(7); c.view()[0] // 7
 */
export class Column<T extends Typed> {
  #make: (size: number) => T;
  #data: T;
  length = 0;

  constructor(make: { new (size: number): T }, initial = 1024) {
    this.#make = (size) => new make(size);
    this.#data = this.#make(initial);
  }

  /** Appends a value and returns its index. */
  push(value: number): number {
    if (this.length === this.#data.length) {
      const bigger = this.#make(this.#data.length * 2);
      bigger.set(this.#data as never);
      this.#data = bigger;
    }
    this.#data[this.length] = value;
    return this.length++;
  }

  /** The filled part, sharing memory with the column (valid until the next push). */
  view(): T {
    return this.#data.subarray(0, this.length) as T;
  }
}
