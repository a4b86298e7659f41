/**
 * The index of the first byte that is not printable ASCII, tab, LF or CR, or -1: where a chunk
 * of an ASCII file stops being plain (see `TextChunk`), found in its bytes before decoding.
 * Four bytes at a time: a word is looked at byte by byte only when one of its bytes is below
 * 0x20 or above 0x7E (a line ending, mostly). About half the time of the regular
 * expression it replaces over the decoded text (`/[^\t\n\r\x20-\x7e]/`), which gives the same
 * answer (test/core/read/plain-bytes.test.ts).
 * @example firstNotPlain(new TextEncoder().encode('a,b\n\u0007')) // 4
 */
export function firstNotPlain(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  // Byte by byte up to a 4-byte boundary of the buffer (a Uint32Array view needs one).
  for (; i < n && ((bytes.byteOffset + i) & 3) !== 0; i++)
    if (notPlain(bytes[i] as number)) return i;
  const count = (n - i) >>> 2;
  if (count > 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, count);
    for (let k = 0; k < count; k++) {
      const w = words[k] as number;
      // A byte below 0x20 (x − 0x20 borrows, x's top bit clear), or at or above 0x7F (x + 1 or
      // x has its top bit set). Carries may flag a word that has neither; never miss one.
      if (((((w - 0x20202020) & ~w) | (w + 0x01010101) | w) & 0x80808080) === 0) continue;
      const at = i + 4 * k;
      for (let j = at; j < at + 4; j++) if (notPlain(bytes[j] as number)) return j;
    }
    i += 4 * count;
  }
  for (; i < n; i++) if (notPlain(bytes[i] as number)) return i;
  return -1;
}

function notPlain(byte: number): boolean {
  return byte < 0x20 ? byte !== 0x0a && byte !== 0x0d && byte !== 0x09 : byte > 0x7e;
}
