import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bytesSource, readCsv } from '../../../src/core/read/index.ts';
import { splitPlain } from '../../../src/core/read/split-plain.ts';
import { csvField } from './csv-field.ts';

const KNOWN = new Set(['a', 'b', 'c']);

/** Text without quotes, dense in what matters: both delimiters, CR, LF, blanks, Turkish letters. */
const text = fc
  .array(fc.constantFrom('a', 'ş', 'İ', ' ', ',', ';', '\r', '\n', '\r\n', '5', '\t', '\ufeff'), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

const dialect = fc.record({
  delimiter: fc.constantFrom(',' as const, ';' as const),
  newline: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
  keepLast: fc.boolean(),
});

describe('splitPlain', () => {
  it('gives what papaparse gives for text without quotes (fast-check)', () => {
    let kept = 0;
    fc.assert(
      fc.property(text, dialect, (input, { delimiter, newline, keepLast }) => {
        const parser = new Papa.Parser({ delimiter, newline });
        const papa = parser.parse(input, 0, keepLast);
        const ours = splitPlain(input, delimiter, newline, keepLast);
        expect(papa.errors).toEqual([]);
        expect(ours.records).toEqual(papa.data);
        expect(ours.cursor).toBe(papa.meta.cursor);
        if (keepLast && ours.cursor < input.length) kept++;
      }),
      { numRuns: 20_000 },
    );
    // Both kinds of ending were met: an unfinished record kept, and none.
    expect(kept).toBeGreaterThan(1000);
  });

  it('splits a chunk of the generated survey file as papaparse does', () => {
    const chunk =
      'participant_id,wave,item_id,value,answered_on\r\np-1,pre,wb-conf-1,4,2022-12-16\r\np-1,pre,wb-car-1,,\r\np-2,po';
    const papa = new Papa.Parser({ delimiter: ',', newline: '\r\n' }).parse(chunk, 0, true);
    const ours = splitPlain(chunk, ',', '\r\n', true);
    expect(ours.records).toHaveLength(3);
    expect(ours.records).toEqual(papa.data);
    expect(chunk.slice(ours.cursor)).toBe('p-2,po');
    expect(ours.cursor).toBe(papa.meta.cursor);
  });
});

const field = csvField('safe');

const csvFile = fc.record({
  delimiter: fc.constantFrom(',' as const, ';' as const),
  newline: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
  finalNewline: fc.boolean(),
  // Mostly plain records, so that many chunks hold no quote and take the fast path.
  rows: fc.array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.array(fc.constantFrom('p-1', 'pre', '4', '', 'şİ'), {
          minLength: 1,
          maxLength: 4,
        }),
      },
      { weight: 1, arbitrary: fc.array(field, { minLength: 1, maxLength: 4 }) },
    ),
    { maxLength: 40 },
  ),
  chunk: fc.integer({ min: 1, max: 64 }),
});

describe('readCsv with splitPlain', () => {
  it('reads generated files, chunk by chunk, as papaparse reads them whole (fast-check)', async () => {
    let plainChunks = 0;
    await fc.assert(
      fc.asyncProperty(csvFile, async (f) => {
        const header = ['a', 'b', 'c'].join(f.delimiter);
        const lines = f.rows.map((r) => r.join(f.delimiter));
        const text = [header, ...lines].join(f.newline) + (f.finalNewline ? f.newline : '');
        const records: string[][] = [];
        const rows: number[] = [];
        const malformed: number[] = [];
        await readCsv(bytesSource(new TextEncoder().encode(text), f.chunk), KNOWN, {
          header: () => {},
          records: (batch, firstRow, chunk) => {
            if (!chunk.includes('"')) plainChunks++;
            records.push(...batch);
            rows.push(...batch.map((_, i) => firstRow + i));
          },
          malformed: (row) => malformed.push(row),
        });
        const whole = Papa.parse<string[]>(text, { delimiter: f.delimiter, newline: f.newline });
        const expected = whole.data.slice(1);
        // Read whole, a final line ending (or an empty last line) leaves an empty record after
        // it; streamed, none.
        if (text.endsWith(f.newline)) expect(expected.pop()).toEqual(['']);
        expect(whole.errors).toEqual([]);
        expect(malformed).toEqual([]);
        expect(records).toEqual(expected);
        // Each record's spreadsheet row: the header is row 1, and a record without a line
        // ending inside it takes one row.
        expect(rows).toEqual(expected.map((_, i) => i + 2));
      }),
      { numRuns: 3000 },
    );
    expect(plainChunks).toBeGreaterThan(1000);
  });
});
