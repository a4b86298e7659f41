/**
 * A binary min-heap by `key`, first in first out among equal keys (so the order of pops is
 * deterministic). Values, keys and insertion numbers sit in three parallel arrays: a push
 * allocates nothing (the witness walk pushes millions).
 * @example const heap = new MinHeap<string>(); heap.push('b', 2); heap.push('a', 1); heap.pop() // 'a'
 */
export class MinHeap<T> {
  private readonly values: T[] = [];
  private readonly keys: number[] = [];
  private readonly seqs: number[] = [];
  private seq = 0;

  get size(): number {
    return this.values.length;
  }

  push(value: T, key: number): void {
    this.values.push(value);
    this.keys.push(key);
    this.seqs.push(this.seq++);
    let at = this.values.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.before(at, parent)) break;
      this.swap(at, parent);
      at = parent;
    }
  }

  /** The item of the least key; undefined when empty. */
  pop(): T | undefined {
    const { values, keys, seqs } = this;
    if (values.length === 0) return undefined;
    const top = values[0];
    const last = values.length - 1;
    this.swap(0, last);
    values.pop();
    keys.pop();
    seqs.pop();
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let least = at;
      if (left < last && this.before(left, least)) least = left;
      if (right < last && this.before(right, least)) least = right;
      if (least === at) break;
      this.swap(at, least);
      at = least;
    }
    return top;
  }

  private before(a: number, b: number): boolean {
    const x = this.keys[a]!;
    const y = this.keys[b]!;
    return x < y || (x === y && this.seqs[a]! < this.seqs[b]!);
  }

  private swap(a: number, b: number): void {
    const { values, keys, seqs } = this;
    const value = values[a]!;
    values[a] = values[b]!;
    values[b] = value;
    const key = keys[a]!;
    keys[a] = keys[b]!;
    keys[b] = key;
    const seq = seqs[a]!;
    seqs[a] = seqs[b]!;
    seqs[b] = seq;
  }
}
