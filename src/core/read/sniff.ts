/** What a file that is not CSV text turned out to be, from its first bytes. */
export type NotText = 'zip' | 'xls' | 'pdf' | 'utf-16' | 'binary';

/** Bytes looked at to tell a workbook, a PDF, UTF-16 or a binary from text. */
export const SNIFF_BYTES = 4096;

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4: .xlsx, .ods, any zip
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // old Excel .xls
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function startsWith(head: Uint8Array, signature: readonly number[]): boolean {
  return head.length >= signature.length && signature.every((byte, i) => head[i] === byte);
}

/**
 * Tells from a file's first bytes (up to `SNIFF_BYTES`) whether it cannot be CSV text: a zip
 * (an `.xlsx` workbook saved under a `.csv` name), an old `.xls` workbook, a PDF, UTF-16 (with a
 * byte-order mark, or without one: a zero byte in every other place), or binary data (zero bytes,
 * or many control bytes). `undefined` for anything that may be text.
 * @example sniffNotText(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // 'zip'
 */
export function sniffNotText(head: Uint8Array): NotText | undefined {
  if (startsWith(head, ZIP)) return 'zip';
  if (startsWith(head, OLE)) return 'xls';
  if (startsWith(head, PDF)) return 'pdf';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16';
  const n = head.length;
  let evenZeros = 0;
  let oddZeros = 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const byte = head[i] as number;
    if (byte === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls++;
  }
  const pairs = n / 2;
  // UTF-16 text of mostly Latin letters: the high byte of nearly every character is zero.
  if (n >= 4) {
    if (oddZeros >= 0.3 * pairs && evenZeros <= 0.05 * pairs) return 'utf-16';
    if (evenZeros >= 0.3 * pairs && oddZeros <= 0.05 * pairs) return 'utf-16';
  }
  const zeros = evenZeros + oddZeros;
  if (zeros > 0 && zeros * 100 >= n) return 'binary';
  if (controls * 10 > n) return 'binary';
  return undefined;
}
