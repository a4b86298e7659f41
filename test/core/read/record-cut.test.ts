import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesSource, readCsv } from '../../../src/core/read/index.ts';
import { findRecordCut } from '../../../src/core/read/record-cut.ts';
import { csvField } from './csv-field.ts';

const KNOWN = new Set(['a', 'b', 'c']);

/** Everything readCsv hands on: records with their rows, and malformed reports. */
async function read(bytes: Uint8Array, chunk: number) {
  const records: [number, string[]][] = [];
  const malformed: [number, string][] = [];
  const result = await readCsv(bytesSource(bytes, chunk), KNOWN, {
    header: () => {},
    records: (batch, firstRow) => batch.forEach((r, i) => records.push([firstRow + i, r])),
    malformed: (row, reason) => malformed.push([row, reason]),
  });
  return { records, malformed, result };
}

const field = csvField('any');

/** A CSV file: a header of known columns, records, either ending, either delimiter, maybe a BOM. */
const csvFile = fc
  .record({
    delimiter: fc.constantFrom(',' as const, ';' as const),
    newline: fc.constantFrom('\n' as const, '\r\n' as const),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
    rows: fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { maxLength: 30 }),
    // Now and then a record with broken quoting ("x"y), which papaparse recovers from its own way.
    broken: fc.option(fc.nat(30), { nil: undefined }),
  })
  .map((f) => {
    const lines = f.rows.map((r) => r.join(f.delimiter));
    if (f.broken !== undefined && lines.length > 0) lines[f.broken % lines.length] = '"x"y';
    const header = ['a', 'b', 'c'].join(f.delimiter);
    const text = [header, ...lines].join(f.newline) + (f.finalNewline ? f.newline : '');
    const body = new TextEncoder().encode(text);
    const bytes = f.bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
    const prefix = new TextEncoder().encode(`${f.bom ? '\ufeff' : ''}${header}${f.newline}`);
    return { ...f, bytes, prefix };
  });

describe('findRecordCut', () => {
  it('cuts where two readers give exactly the records and reports of one (fast-check)', async () => {
    let cuts = 0;
    await fc.assert(
      fc.asyncProperty(
        csvFile,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 64 }),
        async (file, where, chunk) => {
          const target = Math.floor(where * file.bytes.length);
          const chunks = [];
          for (let at = 0; at < file.bytes.length; at += chunk)
            chunks.push(file.bytes.subarray(at, at + chunk));
          const cut = findRecordCut(chunks, { ...file, target });
          if (!cut) return;
          cuts++;
          expect(cut.offset).toBeGreaterThanOrEqual(target);
          const whole = await read(file.bytes, chunk);
          const first = await read(file.bytes.subarray(0, cut.offset), chunk);
          const rest = new Uint8Array([...file.prefix, ...file.bytes.subarray(cut.offset)]);
          const second = await read(rest, chunk);
          const shift = cut.recordsBefore - 1;
          // The header is row 1 in both readers, so the second part's rows move by the records before.
          expect(first.result).toMatchObject({ kind: 'read', records: cut.recordsBefore });
          expect([
            ...first.records,
            ...second.records.map(([row, r]): [number, string[]] => [row + shift, r]),
          ]).toEqual(whole.records);
          expect([
            ...first.malformed,
            ...second.malformed.map(([row, r]): [number, string] => [row + shift, r]),
          ]).toEqual(whole.malformed);
        },
      ),
      { numRuns: 400, seed: 16 },
    );
    // The property is about cuts: most generated files must have one.
    expect(cuts).toBeGreaterThan(100);
  });

  it('gives no cut inside a quoted field, nor after irregular quoting', () => {
    const bytes = (text: string) => [new TextEncoder().encode(text)];
    const options = { delimiter: ',', newline: '\n', target: 1 } as const;
    expect(findRecordCut(bytes('a,b\n"x\ny",1\nz,2\n'), options)).toEqual({
      offset: 4,
      recordsBefore: 1,
    });
    expect(findRecordCut(bytes('a,b\n"x\ny",1\nz,2\n'), { ...options, target: 6 })).toEqual({
      offset: 12,
      recordsBefore: 2,
    });
    expect(findRecordCut(bytes('a,b\n"x"y,1\nz,2\n'), { ...options, target: 6 })).toBeUndefined();
    expect(findRecordCut(bytes('a,b\n"x\ny,1\nz,2\n'), { ...options, target: 6 })).toBeUndefined();
    // CRLF files end records only at CRLF; a bare LF is data.
    expect(
      findRecordCut(bytes('a,b\r\nx\ny,1\r\nz,2\r\n'), { ...options, newline: '\r\n', target: 6 }),
    ).toEqual({ offset: 12, recordsBefore: 2 });
    // …also when a chunk ends on that bare LF: the quote after it is data, not an opening quote.
    const crlf = { ...options, newline: '\r\n', target: 9 } as const;
    const text = new TextEncoder().encode('a,b\r\nx\n"y,1\r\nz,2\r\n');
    const whole = findRecordCut([text], crlf);
    expect(whole).toEqual({ offset: 13, recordsBefore: 2 });
    expect(findRecordCut([text.subarray(0, 7), text.subarray(7)], crlf)).toEqual(whole);
  });
});
