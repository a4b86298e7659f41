/**
 * A file's bytes, as a factory that can be opened more than once: the reader makes one cheap pass to
 * decide the encoding and a second to parse. Node file streams (`fs.createReadStream`) and the
 * browser's `File.stream()` both fit.
 * @example const open: ByteSource = () => file.stream() as unknown as AsyncIterable<Uint8Array>;
 */
export type ByteSource = () => AsyncIterable<Uint8Array>;

/** A byte source over bytes already in memory (tests, small uploads), in chunks of `chunkSize`. */
export function bytesSource(bytes: Uint8Array, chunkSize = 1 << 16): ByteSource {
  return async function* () {
    for (let start = 0; start < bytes.length; start += chunkSize) {
      yield bytes.subarray(start, Math.min(bytes.length, start + chunkSize));
    }
  };
}
