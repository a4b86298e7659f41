import type { Encoding } from './encoding.ts';
import { firstNotPlain } from './plain-bytes.ts';
import { SNIFF_BYTES, sniffNotText, type NotText } from './sniff.ts';
import type { ByteSource } from './source.ts';

/**
 * Bytes looked at, from the first byte that is not ASCII, to choose between UTF-8 and
 * Windows-1254. Bounded, so a 900 MB file is read once, as a stream.
 */
export const DECIDE_BYTES = 64 * 1024;

/**
 * A piece of decoded text. `plain`: it holds only printable ASCII, tabs and line endings (nothing
 * that any encoding or character check can flag), as nearly every chunk of an export does.
 */
export interface TextChunk {
  text: string;
  plain: boolean;
}

/** A decoded file: its text in chunks, and (once read) the encoding used. */
export interface DecodedText {
  text: AsyncIterable<TextChunk>;
  /** The encoding chosen; read it after `text` is done. `undefined` for no bytes or a BOM alone. */
  encoding(): Encoding | undefined;
}

/** Why a file is not read as text at all. */
export interface RefusedText {
  refused: NotText;
}

/**
 * Opens a file as text in one streaming pass:
 * - the first bytes are sniffed (`sniffNotText`): a workbook, PDF, UTF-16 or binary is refused;
 * - ASCII is passed on as it comes (it reads the same in every accepted encoding);
 * - at the first byte that is not ASCII, the next `DECIDE_BYTES` decide: any valid multi-byte
 *   UTF-8 sequence (or a BOM) means UTF-8, else Windows-1254 (which also covers ISO-8859-9's
 *   letters). A UTF-8 file that also holds bytes that are not UTF-8 (a no-break space pasted from
 *   Word, a letter cut in half, rows appended from a Windows-1254 workbook) is damaged UTF-8:
 *   each such byte becomes U+FFFD, which the validator reports as `encoding-error` at its cell;
 * - in either encoding, UTF-8 text misread once already (`Ä±`, `ÅŸ`, `â€“`: UTF-8 rows appended
 *   to a Windows-1254 file, or a file mangled earlier) becomes U+FFFD too (`markMojibake`).
 * @example const opened = await openText(open); if (!('refused' in opened)) for await (const t of opened.text) parse(t);
 */
export async function openText(open: ByteSource): Promise<DecodedText | RefusedText> {
  const iterator = open()[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    if (next.value.length === 0) continue;
    head.push(next.value);
    headBytes += next.value.length;
  }
  const refused = sniffNotText(concat(head, SNIFF_BYTES));
  if (refused) {
    // Let a file stream (or the browser's reader) release the file.
    await iterator.return?.();
    return { refused };
  }
  const state = new DecodeState();
  async function* chunks(): AsyncIterable<TextChunk> {
    let finished = ended;
    try {
      for (const chunk of head) yield* state.push(chunk);
      while (!finished) {
        const next = await iterator.next();
        if (next.done) finished = true;
        else yield* state.push(next.value);
      }
      yield* state.end();
    } finally {
      // A reader that stops early (a file that is no CSV, an endless quote) releases the file.
      if (!finished) await iterator.return?.();
    }
  }
  return { text: chunks(), encoding: () => state.encoding() };
}

class DecodeState {
  private decided: Encoding | undefined;
  private decoder: TextDecoder | undefined;
  private readonly ascii = new TextDecoder('utf-8', { ignoreBOM: true });
  private window: Uint8Array[] = [];
  private windowBytes = 0;
  private total = 0;
  private bom = false;
  /** Bytes of ASCII before the first byte that is not. */
  private asciiBefore = 0;
  /** Decoded text held back: its end may be the start of a misread sequence. */
  private tail = '';

  encoding(): Encoding | undefined {
    if (this.total === 0 || (this.bom && this.total === 3)) return undefined;
    return this.decided ?? 'utf-8';
  }

  *push(chunk: Uint8Array): Iterable<TextChunk> {
    if (chunk.length === 0) return;
    this.total += chunk.length;
    if (this.decoder) {
      yield* this.emit(this.decoder.decode(chunk, { stream: true }), false);
      return;
    }
    if (this.windowBytes === 0) {
      // Undecided, all ASCII so far. One scan of the bytes finds whether the chunk is plain (the
      // character checks skip it) and where to look for a character that is not ASCII: the
      // first byte that is not plain is at the same index in the text (ASCII before it).
      const text = this.ascii.decode(chunk);
      const odd = firstNotPlain(chunk);
      if (odd === -1 && this.tail === '') {
        yield { text, plain: true };
        return;
      }
      const first = odd === -1 ? -1 : firstNotAscii(text, odd);
      if (first === -1) {
        yield* this.emit(text, false);
        return;
      }
      // Before the first character that is not ASCII, one byte is one character.
      if (first > 0) yield* this.emit(text.slice(0, first), false);
      this.asciiBefore = this.total - chunk.length + first;
      chunk = chunk.subarray(first);
    }
    this.window.push(chunk);
    this.windowBytes += chunk.length;
    if (this.windowBytes >= DECIDE_BYTES) yield* this.decide(false);
  }

  *end(): Iterable<TextChunk> {
    if (!this.decoder && this.windowBytes > 0) yield* this.decide(true);
    const rest = this.decoder ? this.decoder.decode() : '';
    yield* this.emit(rest, true);
  }

  private *decide(atEnd: boolean): Iterable<TextChunk> {
    const bytes = concat(this.window, DECIDE_BYTES);
    this.bom =
      this.asciiBefore === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    this.decided = this.bom ? 'utf-8-bom' : holdsUtf8(bytes, atEnd) ? 'utf-8' : 'windows-1254';
    this.decoder = new TextDecoder(this.decided === 'windows-1254' ? 'windows-1254' : 'utf-8');
    const window = this.window;
    this.window = [];
    for (const chunk of window)
      yield* this.emit(this.decoder.decode(chunk, { stream: true }), false);
  }

  private *emit(text: string, last: boolean): Iterable<TextChunk> {
    let all = this.tail + text;
    this.tail = '';
    if (!last) {
      const keep = heldBack(all);
      if (keep > 0) {
        this.tail = all.slice(all.length - keep);
        all = all.slice(0, all.length - keep);
      }
    }
    if (all)
      yield {
        text: MOJIBAKE_START.test(all) ? all.replace(MOJIBAKE, '\uFFFD') : all,
        plain: false,
      };
  }
}

const NOT_ASCII = /[^\x00-\x7f]/g;

/** The position of the first character above U+007F at or after `from`, or -1. */
function firstNotAscii(text: string, from: number): number {
  NOT_ASCII.lastIndex = from;
  const match = NOT_ASCII.exec(text);
  return match ? match.index : -1;
}

// Windows-1254 (and Windows-1252, the same here) characters of the bytes 0x80–0xBF: what UTF-8
// continuation bytes turn into when UTF-8 is read as either.
const CONTINUATION = (() => {
  const bytes = Uint8Array.from({ length: 0x40 }, (_, i) => 0x80 + i);
  const chars = new TextDecoder('windows-1254').decode(bytes) + 'žŽ';
  return `[${[...new Set(chars)].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;
})();

/**
 * UTF-8 read as Windows-1254: `Ã Ä Å` (never Turkish) before a continuation character (the
 * Turkish letters ç ö ü ı ş ğ İ … come out as `Ã§ Ã¶ Ã¼ Ä± ÅŸ ÄŸ Ä°`), `Â` before a Latin-1
 * symbol (`Â ` for a no-break space) and `â€`/`â‚` before one (`â€“ â€™ â€¦ â‚¬` for – ’ … €).
 */
const MOJIBAKE = new RegExp(`[ÃÄÅ]${CONTINUATION}|Â[\\u00a0-\\u00bf]|â[€‚]${CONTINUATION}`, 'g');
const MOJIBAKE_START = /[ÂÃÄÅâ]/;
const HOLD = /(?:[ÂÃÄÅâ]|â[€‚])$/;

/** How many characters at the end of a decoded chunk may begin a misread sequence. */
function heldBack(text: string): number {
  const match = HOLD.exec(text.slice(-2));
  return match ? match[0].length : 0;
}

/**
 * Whether bytes hold at least one valid multi-byte UTF-8 sequence (shortest form, no
 * surrogates). A sequence cut by the end of the window counts only at the end of the file.
 */
function holdsUtf8(bytes: Uint8Array, atEnd: boolean): boolean {
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const lead = bytes[i] as number;
    if (lead < 0xc2 || lead > 0xf4) continue;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (i + length > n) {
      if (!atEnd) return false;
      continue;
    }
    const second = bytes[i + 1] as number;
    let low = 0x80;
    let high = 0xbf;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
    else if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
    if (second < low || second > high) continue;
    let valid = true;
    for (let k = 2; k < length; k++) {
      const byte = bytes[i + k] as number;
      if (byte < 0x80 || byte > 0xbf) valid = false;
    }
    if (valid) return true;
  }
  return false;
}

function concat(parts: readonly Uint8Array[], limit: number): Uint8Array {
  const total = Math.min(
    limit,
    parts.reduce((sum, part) => sum + part.length, 0),
  );
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    if (at >= total) break;
    const take = part.subarray(0, total - at);
    out.set(take, at);
    at += take.length;
  }
  return out;
}
