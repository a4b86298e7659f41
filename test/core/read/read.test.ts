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
});
