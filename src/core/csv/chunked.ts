/**
 * Groups lines into chunks of about `size` characters, so writers make few large writes.
 * @example [...chunked(['a\n', 'b\n'], 3)] // ['a\nb\n']
 */
export function* chunked(lines: Iterable<string>, size = 1 << 16): Generator<string> {
  let buffer = '';
  for (const line of lines) {
    buffer += line;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer.length > 0) yield buffer;
}
