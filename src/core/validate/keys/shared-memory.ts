/**
 * Memory that worker threads share instead of copying: a `SharedArrayBuffer` is handed over by
 * `postMessage` without a copy. Browsers define it only on cross-origin-isolated pages; there a
 * plain `ArrayBuffer` does (each worker then gets its own copy, as before).
 */
export function sharedBuffer(bytes: number): ArrayBufferLike {
  return typeof SharedArrayBuffer === 'function'
    ? new SharedArrayBuffer(bytes)
    : new ArrayBuffer(bytes);
}

/** The typed arrays copied into shared memory. */
type Shareable = Int32Array | Uint8Array | Uint16Array;

/**
 * A copy of `array` in shared memory (the same element type).
 * @example sharedCopy(new Int32Array([1, 2])) // Int32Array [1, 2] over a SharedArrayBuffer
 */
export function sharedCopy<T extends Shareable>(array: T): T {
  const Typed = array.constructor as new (buffer: ArrayBufferLike) => T;
  const copy = new Typed(sharedBuffer(array.byteLength));
  copy.set(array);
  return copy;
}
