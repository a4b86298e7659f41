import type { ByteSource } from './source.ts';

/** How a file was decoded, as reported per file. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1254';

/** What the first pass found: an encoding, or a reason the file cannot be read as text. */
export type EncodingVerdict =
  | { kind: 'text'; encoding: Encoding }
  | { kind: 'empty' }
  /** A UTF-16 byte-order mark (Excel's "Unicode text"): neither encoding the contract accepts. */
  | { kind: 'utf-16' };

/**
 * Decides a file's encoding: strict UTF-8 (with or without BOM) first, else Windows-1254, which
 * also covers ISO-8859-9's letters. Statistical guessers mislabel Turkish, so this never guesses.
 * Stops reading at the first byte that is not UTF-8.
 * @example await detectEncoding(bytesSource(new Uint8Array([0xfe]))) // { kind: 'text', encoding: 'windows-1254' }
 */
export async function detectEncoding(open: ByteSource): Promise<EncodingVerdict> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let total = 0;
  let bom = false;
  let head: number[] = [];
  // Whether the decoder may hold the first bytes of a character from the last chunk it was fed.
  let pending = false;
  try {
    for await (const chunk of open()) {
      if (chunk.length === 0) continue;
      if (total < 3) {
        head = head.concat(Array.from(chunk.subarray(0, 3 - total)));
        if (head[0] === 0xff && head[1] === 0xfe) return { kind: 'utf-16' };
        if (head[0] === 0xfe && head[1] === 0xff) return { kind: 'utf-16' };
        bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
      }
      total += chunk.length;
      // Pure ASCII is valid UTF-8 whatever comes before or after it (nothing to decode: a
      // scan of the bytes is several times cheaper than building the text and dropping it).
      if (!pending && isAscii(chunk)) continue;
      decoder.decode(chunk, { stream: true });
      pending = mayEndInSequence(chunk);
    }
    decoder.decode();
  } catch {
    return { kind: 'text', encoding: 'windows-1254' };
  }
  if (total === 0 || (bom && total === 3)) return { kind: 'empty' };
  return { kind: 'text', encoding: bom ? 'utf-8-bom' : 'utf-8' };
}

function isAscii(bytes: Uint8Array): boolean {
  let any = 0;
  for (let i = 0; i < bytes.length; i++) any |= bytes[i] as number;
  return any < 0x80;
}

/**
 * Whether a chunk the decoder accepted may end inside a multi-byte character: its last lead
 * byte starts a sequence longer than what follows it. `true` when unsure (feeding the next chunk
 * is always right; only skipping one needs certainty).
 */
function mayEndInSequence(bytes: Uint8Array): boolean {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const byte = bytes[n - back] as number;
    if (byte < 0x80) return false;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back;
    }
  }
  return true;
}

/**
 * Decodes a byte stream as text in the given encoding, chunk by chunk (a BOM is dropped).
 * @example for await (const text of decodeText(open, 'utf-8')) parse(text);
 */
export async function* decodeText(open: ByteSource, encoding: Encoding): AsyncIterable<string> {
  const decoder = new TextDecoder(encoding === 'windows-1254' ? 'windows-1254' : 'utf-8');
  for await (const chunk of open()) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
