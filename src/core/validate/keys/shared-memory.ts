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

/**
 * A copy of `array` in shared memory.
 * @example sharedInt32(new Int32Array([1, 2])) // Int32Array [1, 2] over a SharedArrayBuffer
 */
export function sharedInt32(array: Int32Array): Int32Array {
  const copy = new Int32Array(sharedBuffer(array.byteLength));
  copy.set(array);
  return copy;
}
