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
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
  } catch {
    return { kind: 'text', encoding: 'windows-1254' };
  }
  if (total === 0 || (bom && total === 3)) return { kind: 'empty' };
  return { kind: 'text', encoding: bom ? 'utf-8-bom' : 'utf-8' };
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
