import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesSource, detectDelimiter, foldHeader, readCsv } from '../../../src/core/read/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
// Windows-1254 bytes for Turkish letters: ş=FE ğ=F0 ı=FD İ=DD ç=E7 ö=F6 ü=FC.
const cp1254 = new Uint8Array([
  0x69, 0x6c, 0x3b, 0x61, 0x64, 0x0a, 0xdd, 0x73, 0x74, 0x61, 0x6e, 0x62, 0x75, 0x6c, 0x3b, 0xfe,
  0xf0, 0xfd, 0xe7, 0xf6, 0xfc, 0x0a,
]);

describe('foldHeader', () => {
  it.each([
    [' Participant_ID ', 'participant_id'],
    ['İD', 'id'],
    ['ıd', 'id'],
    ['\uFEFFtopic_id', 'topic_id'],
  ])('%j → %j', (name, folded) => expect(foldHeader(name)).toBe(folded));
});

describe('detectDelimiter', () => {
  const known = new Set(['value', 'item_id', 'wave']);
  it.each([
    ['item_id,wave,value', ','],
    ['item_id;wave;value', ';'],
    // Decimal commas in an unknown column do not fool it.
    ['item_id;wave;value;score 1,5', ';'],
    ['"Item_ID";"WAVE";"value"', ';'],
  ])('%j → %j', (header, delimiter) => expect(detectDelimiter(header, known)).toBe(delimiter));
});

describe('readCsv', () => {
  async function read(bytes: Uint8Array, chunk = 5) {
    const records: [number, string[]][] = [];
    const headers: string[][] = [];
    const malformed: [number, string][] = [];
    const result = await readCsv(bytesSource(bytes, chunk), new Set(['il', 'ad', 'a', 'b']), {
      header: (fields) => headers.push(fields),
      records: (batch, first) => batch.forEach((r, i) => records.push([first + i, r])),
      malformed: (row, reason) => malformed.push([row, reason]),
    });
    return { result, headers, records, malformed };
  }

  it('decodes Windows-1254 with ; and keeps Turkish letters intact', async () => {
    const { result, records } = await read(cp1254);
    expect(result).toEqual({ kind: 'read', encoding: 'windows-1254', delimiter: ';', records: 2 });
    expect(records[0]).toEqual([2, ['İstanbul', 'şğıçöü']]);
  });

  it('handles CRLF, quoted newlines and doubled quotes, numbering spreadsheet rows', async () => {
    const { records, malformed } = await read(utf8('a,b\r\n"x\r\ny","say ""hi"""\r\n\r\n1,2\r\n'));
    expect(malformed).toEqual([]);
    expect(records.filter(([, r]) => r.join('') !== '')).toEqual([
      [2, ['x\r\ny', 'say "hi"']],
      [4, ['1', '2']],
    ]);
  });

  it('reports an unterminated quote without reading on', async () => {
    const { malformed } = await read(utf8('a,b\n1,"open\n2,3\n'));
    expect(malformed).toEqual([[2, 'unterminated']]);
  });

  it('stops holding an endless record at maxRecordLength', async () => {
    const malformed: number[] = [];
    await readCsv(
      bytesSource(utf8('a,b\n1,"' + 'x'.repeat(5000)), 100),
      new Set(['a', 'b']),
      {
        header: () => {},
        records: () => {},
        malformed: (row) => malformed.push(row),
      },
      { maxRecordLength: 1000 },
    );
    expect(malformed).toEqual([2]);
  });

  describe('marks batches of plain text (the character screen skips them)', () => {
    const NOT_PLAIN = /[^\t\n\r\x20-\x7e]/;
    async function batches(bytes: Uint8Array, chunk: number) {
      const seen: { text: string; plain: boolean }[] = [];
      await readCsv(bytesSource(bytes, chunk), new Set(['a', 'b']), {
        header: () => {},
        records: (_batch, _first, text, plain) => seen.push({ text, plain }),
        malformed: () => {},
      });
      return seen;
    }

    it('never calls text plain that holds a control or non-ASCII character, whatever the chunks', async () => {
      // Cells of printable ASCII with, now and then, a control character, a letter beyond ASCII
      // or a U+FFFD-to-be byte, cut into chunks that split records (and the pending tail) anywhere.
      const cell = fc.oneof(
        { weight: 8, arbitrary: fc.stringMatching(/^[a-z0-9 .-]{0,6}$/) },
        { weight: 1, arbitrary: fc.constantFrom('\u0001', '\u007f', 'ş', 'İ', '\u00a0', '\t') },
      );
      const record = fc.tuple(cell, cell).map(([x, y]) => `${x},${y}`);
      await fc.assert(
        fc.asyncProperty(
          fc.array(record, { maxLength: 40 }),
          fc.integer({ min: 1, max: 64 }),
          async (rows, chunk) => {
            const text = ['a,b', ...rows].join('\n') + '\n';
            const seen = await batches(utf8(text), chunk);
            for (const batch of seen) if (batch.plain) expect(batch.text).not.toMatch(NOT_PLAIN);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('calls every batch of a printable-ASCII file plain', async () => {
      const rows = Array.from({ length: 500 }, (_, i) => `p-${i},v ${i}\t;`);
      const seen = await batches(utf8(['a,b', ...rows].join('\r\n')), 97);
      expect(seen.length).toBeGreaterThan(10);
      expect(seen.every((batch) => batch.plain)).toBe(true);
    });

    it('stops calling text plain after a control character, in that batch and the pending tail', async () => {
      const rows = Array.from({ length: 50 }, (_, i) => (i === 20 ? 'x\u0001y,1' : `p-${i},1`));
      const seen = await batches(utf8(['a,b', ...rows].join('\n')), 16);
      const marked = seen.filter((batch) => batch.text.includes('\u0001'));
      expect(marked.length).toBeGreaterThan(0);
      expect(marked.every((batch) => !batch.plain)).toBe(true);
    });
  });
});
