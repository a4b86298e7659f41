import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CONTRACT_CSV,
  csvCell,
  csvDialect,
  csvLine,
  csvRecord,
} from '../../../src/core/csv/write.ts';

// Cells as the sample build writes them: an age-band list, a theme label with `;`, a formula.
const CELLS = ['15-16;17-18', 'iletişim; elçiler', 'a, "b"', '=1+1', '-5'];

describe('csvDialect', () => {
  it('quotes both delimiters in the contract dialect, so a reader sniffing either is not misled', () => {
    expect(CELLS.map((cell) => csvCell(cell, CONTRACT_CSV))).toEqual([
      '"15-16;17-18"',
      '"iletişim; elçiler"',
      '"a, ""b"""',
      '=1+1',
      '-5',
    ]);
  });

  it('quotes only the delimiter in use when asked for one delimiter', () => {
    expect(CELLS.map((cell) => csvCell(cell, csvDialect({ delimiter: ',' })))).toEqual([
      '15-16;17-18',
      'iletişim; elçiler',
      '"a, ""b"""',
      '=1+1',
      '-5',
    ]);
    expect(CELLS.map((cell) => csvCell(cell, csvDialect({ delimiter: ';' })))).toEqual([
      '"15-16;17-18"',
      '"iletişim; elçiler"',
      '"a, ""b"""',
      '=1+1',
      '-5',
    ]);
  });

  it('applies the formula rule: apostrophe, or apostrophe except signed values', () => {
    expect(csvCell('-5', csvDialect({ formulas: 'apostrophe' }))).toBe("'-5");
    expect(csvCell('-5', csvDialect({ formulas: 'apostrophe-keep-signed' }))).toBe('"-5"');
    expect(csvCell('=a,"b"', csvDialect({ formulas: 'apostrophe' }))).toBe(`"'=a,""b"""`);
  });

  it('ends lines as the dialect says and round-trips through papaparse', () => {
    expect(csvRecord(['a', 'b'], CONTRACT_CSV)).toBe('a,b\n');
    const crlf = csvLine(CELLS, csvDialect({ delimiter: ';' }));
    expect(crlf.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(crlf, { delimiter: ';', skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(CELLS);
  });
});
