import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bytesSource,
  DECIDE_BYTES,
  openText,
  sniffNotText,
  type DecodedText,
} from '../../../src/core/read/index.ts';
import { FIXTURES } from '../validate/fixture-files.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const cp1254 = (text: string) => {
  const table = new Map<string, number>();
  const decoder = new TextDecoder('windows-1254');
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((c) => table.get(c) as number));
};
const join2 = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

async function decode(bytes: Uint8Array, chunk = 7) {
  const opened = await openText(bytesSource(bytes, chunk));
  if ('refused' in opened) return { refused: opened.refused };
  let text = '';
  for await (const part of (opened as DecodedText).text) text += part.text;
  return { text, encoding: opened.encoding() };
}

describe('openText: damaged UTF-8 against genuine Windows-1254', () => {
  it('a stray 0xA0 in UTF-8 text is damage: that byte alone becomes U+FFFD, the rest stays UTF-8', async () => {
    const bytes = join2(utf8('il,ad\nİş'), new Uint8Array([0xa0]), utf8('yaşam,ğ\n'));
    expect(await decode(bytes)).toEqual({ text: 'il,ad\nİş\uFFFDyaşam,ğ\n', encoding: 'utf-8' });
  });

  it('a letter cut in half is damage at that place only', async () => {
    const bytes = join2(utf8('a,b\nÜcret '), new Uint8Array([0xc5]), utf8('effaflığı\n'));
    expect(await decode(bytes)).toEqual({
      text: 'a,b\nÜcret \uFFFDeffaflığı\n',
      encoding: 'utf-8',
    });
  });

  it('Windows-1254 rows appended to UTF-8 rows: the appended letters are damage', async () => {
    const bytes = join2(utf8('il\nİstanbul\n'), cp1254('İzmir\nKarşıyaka\n'));
    const { text, encoding } = await decode(bytes);
    expect(encoding).toBe('utf-8');
    expect(text).toBe('il\nİstanbul\n\uFFFDzmir\nKar\uFFFD\uFFFDyaka\n');
  });

  it('a genuine Windows-1254 file with a no-break space and ğ ş İ ı keeps every letter', async () => {
    const text = 'okul;il\nÖrnek\u00a0Lisesi;İzmir\nIşık Koleji;Muğla\nçöü ÇÖÜ Ğ Ş ı\n';
    expect(await decode(cp1254(text))).toEqual({ text, encoding: 'windows-1254' });
  });

  it('the real fixture file: Windows-1254 with a no-break space reads as the right letters', async () => {
    const bytes = readFileSync(join(FIXTURES, 'valid-windows-1254-nbsp', 'schools.csv'));
    const { text, encoding } = await decode(bytes, 64);
    expect(encoding).toBe('windows-1254');
    expect(text).toContain('Örnek\u00a0Anadolu Lisesi');
    expect(text).toContain('Işık Fen Lisesi,,İzmir,Karşıyaka');
  });

  it('UTF-8 met after a Windows-1254 decision (past the bounded look) becomes U+FFFD, not Ä± or ÅŸ', async () => {
    const head = cp1254('il\nKarşıyaka\n');
    const filler = utf8('x,y\n'.repeat(DECIDE_BYTES / 4 + 10));
    const { text, encoding } = await decode(join2(head, filler, utf8('Kadıköy – Işık\n')), 4096);
    expect(encoding).toBe('windows-1254');
    expect(text?.endsWith('Kad\uFFFDk\uFFFDy \uFFFD I\uFFFD\uFFFDk\n')).toBe(true);
    expect(text).not.toMatch(/Ä|Å|â€/);
  });

  it('an ASCII start longer than the bounded look is passed on before the decision', async () => {
    const bytes = join2(utf8('a,b\n'.repeat(DECIDE_BYTES)), utf8('ş,ğ\n'));
    const { text, encoding } = await decode(bytes, 1 << 16);
    expect(encoding).toBe('utf-8');
    expect(text?.endsWith('a,b\nş,ğ\n')).toBe(true);
  });

  it('a BOM is dropped and reported; a BOM alone is no text', async () => {
    expect(await decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 1)).toEqual({
      text: 'a',
      encoding: 'utf-8-bom',
    });
    expect(await decode(new Uint8Array([0xef, 0xbb, 0xbf]), 1)).toEqual({
      text: '',
      encoding: undefined,
    });
  });

  it('gives the same text and encoding whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0x20, max: 0x7e }),
            fc.integer({ min: 0x80, max: 0xff }),
            fc.constantFrom(0xc3, 0xc4, 0xc5, 0xe2),
          ),
          { minLength: 1, maxLength: 120 },
        ),
        fc.integer({ min: 1, max: 9 }),
        async (values, size) => {
          const bytes = new Uint8Array([0x61, 0x2c, 0x62, 0x0a, ...values]);
          expect(await decode(bytes, size)).toEqual(await decode(bytes, bytes.length));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('sniffNotText: files that are not CSV text', () => {
  it.each([
    ['a zip (.xlsx)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'zip'],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'xls'],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n'), 'pdf'],
    ['UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, 0x61, 0]), 'utf-16'],
    [
      'UTF-16 LE without BOM',
      new Uint8Array([...'id,kind\n'].flatMap((c) => [c.charCodeAt(0), 0])),
      'utf-16',
    ],
    [
      'UTF-16 BE without BOM',
      new Uint8Array([...'id,kind\n'].flatMap((c) => [0, c.charCodeAt(0)])),
      'utf-16',
    ],
    [
      'a binary with zero bytes',
      new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]),
      'binary',
    ],
  ])('%s → %s', (_, bytes, kind) => expect(sniffNotText(bytes)).toBe(kind));

  it.each([
    ['UTF-8 CSV', utf8('a,b\nş,ğ\n')],
    ['Windows-1254 CSV', cp1254('a;b\nş;ğ\n')],
    ['a CSV with one NUL among 200 bytes', join2(utf8('x'.repeat(199)), new Uint8Array([0]))],
  ])('%s may be text', (_, bytes) => expect(sniffNotText(bytes)).toBeUndefined());

  it('the real .xlsx fixture is refused as a zip, and its stream is released', async () => {
    const bytes = readFileSync(join(FIXTURES, 'not-csv-xlsx', 'participants.csv'));
    let released = false;
    const opened = await openText(async function* () {
      try {
        for (let i = 0; i < bytes.length; i += 100) yield bytes.subarray(i, i + 100);
      } finally {
        released = true;
      }
    });
    expect(opened).toEqual({ refused: 'zip' });
    expect(released).toBe(true);
  });
});

describe('openText decides as the contract says', () => {
  it.each([
    ['utf-8 without BOM', utf8('a,b\nş,ğ\n'), 'utf-8'],
    ['utf-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a\n')]), 'utf-8-bom'],
    ['windows-1254', cp1254('il;ad\nİstanbul;şğıçöü\n'), 'windows-1254'],
    ['pure ASCII', utf8('a,b\n1,2\n'), 'utf-8'],
    [
      'a lead byte ending the file after ASCII',
      join2(utf8('a,b\n'.repeat(10)), new Uint8Array([0xc5])),
      'windows-1254',
    ],
    ['a four-byte character at every offset', utf8('a😀b😀cd😀'.repeat(5)), 'utf-8'],
  ])('%s → %s', async (_, bytes, encoding) => {
    for (const size of [1, 2, 3, 5, 64])
      expect((await decode(bytes, size)).encoding).toBe(encoding);
  });

  it('no bytes: no encoding', async () => {
    expect(await decode(new Uint8Array(), 3)).toEqual({ text: '', encoding: undefined });
  });
});
