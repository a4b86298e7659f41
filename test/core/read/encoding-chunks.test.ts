import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesSource, detectEncoding } from '../../../src/core/read/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

describe('detectEncoding gives the same verdict whatever the chunking (ASCII chunks are skipped)', () => {
  it.each([
    [
      'ş split across a chunk edge, then ASCII chunks',
      join(utf8('a,b\nx'), utf8('ş,y\n'), utf8('z'.repeat(40))),
      'utf-8',
    ],
    [
      'a lead byte ending the file after ASCII',
      join(utf8('a,b\n'.repeat(10)), new Uint8Array([0xc5])),
      'windows-1254',
    ],
    [
      'a lead byte followed by ASCII chunks',
      join(utf8('ab'), new Uint8Array([0xe2, 0x82]), utf8('x'.repeat(30))),
      'windows-1254',
    ],
    [
      'Windows-1254 ş (0xFE) among ASCII',
      join(utf8('okul,il\nKırşehir'.replace(/[ış]/g, 'i')), new Uint8Array([0xfe]), utf8(',x\n')),
      'windows-1254',
    ],
    [
      'a character cut by an ASCII chunk (the decoder must see the ASCII between its bytes)',
      join(new Uint8Array([0x61, 0xe2, 0x82]), utf8('xxx'), new Uint8Array([0xac])),
      'windows-1254',
    ],
    ['four-byte character at every offset', utf8('a😀b😀cd😀'.repeat(5)), 'utf-8'],
  ])('%s', async (_, bytes, encoding) => {
    for (const size of [1, 2, 3, 4, 5, 7, 64]) {
      const verdict = await detectEncoding(bytesSource(bytes, size));
      expect(verdict, `chunks of ${size}`).toEqual({ kind: 'text', encoding });
    }
  });

  it('agrees with a one-chunk decode for arbitrary bytes and chunk sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff })),
          {
            minLength: 4,
            maxLength: 80,
          },
        ),
        fc.integer({ min: 1, max: 9 }),
        async (values, size) => {
          const bytes = new Uint8Array(values);
          const whole = await detectEncoding(bytesSource(bytes, bytes.length));
          expect(await detectEncoding(bytesSource(bytes, size))).toEqual(whole);
        },
      ),
      { numRuns: 500 },
    );
  });
});
