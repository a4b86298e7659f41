import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/core/csv/write.ts';
import { csvDocument, DOWNLOAD_CSV } from '../../../src/core/downloads/csv.ts';
import { formatCount, formatDecimal } from '../../../src/core/downloads/format.ts';
import { publishP, round2 } from '../../../src/core/disclosure/cells.ts';

const csvText = (value: string) => csvCell(value, DOWNLOAD_CSV);

describe('DOWNLOAD_CSV', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+90 212', "'+90 212"],
    ['-1', '"-1"'],
    ['-1-1', '"-1-1"'],
    ['-5', '"-5"'],
    ['-1+1', "'-1+1"],
    ['\u00A0=1+1', "'\u00A0=1+1"],
    ['\u3000@SUM(A1)', "'\u3000@SUM(A1)"],
    ['\uFEFF+1+cmd', "'\uFEFF+1+cmd"],
    ['\u2007-2+3', "'\u2007-2+3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['Cam tavan', 'Cam tavan'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=a,"b"', `"'=a,""b"""`],
    ['İzmir Şişli Ğ ı ç ö ü', 'İzmir Şişli Ğ ı ç ö ü'],
  ])('neutralises and quotes %j', (input, expected) => {
    expect(csvText(input)).toBe(expected);
  });

  it('keeps the value of a signed id or number: a CSV parser reads it back unchanged', () => {
    const text = csvDocument(['id', 'n'], [[csvText('-1-1'), csvText('-5')]]);
    expect(Papa.parse<string[]>(text.trim()).data[1]).toEqual(['-1-1', '-5']);
  });

  it('round-trips through a CSV parser as the neutralised text', () => {
    const text = csvDocument(['t'], [[csvText('=x, "y"\nz')]]);
    expect(Papa.parse<string[]>(text.trim()).data[1]).toEqual(['\'=x, "y"\nz']);
  });
});

describe('number formats', () => {
  it.each([
    [0.123449, 0.12],
    [0.125678, 0.13],
    [2.5, 2.5],
    [-0.004, 0],
    [1 / 3, 0.33],
  ])('rounds statistics to 2 decimals: %s → %s', (value, expected) => {
    expect(round2(value)).toBe(expected);
  });

  it('writes negative statistics as plain numbers (not neutralised as formulas)', () => {
    expect(formatDecimal(round2(-0.5552))).toBe('-0.56');
  });

  it.each([
    [0.14412703481601533, '0.14'],
    [0.0046777349810472576, '0.0047'],
    [0.0010049, '0.001'],
    [0.00099, '<0.001'],
    [1.2345678e-7, '<0.001'],
    [0.99999, '1'],
  ])('gives p-values 2 significant digits, <0.001 below: %s → %s', (p, expected) => {
    expect(formatDecimal(publishP(p))).toBe(expected);
  });

  it.each([
    [12, '12'],
    [{ below: 10 }, '<10'],
    [{ below: 7 }, '<7'],
    [null, ''],
    [1234567, '1234567'],
  ] as const)('formats counts: %j → %j', (cell, expected) => {
    expect(formatCount(cell)).toBe(expected);
  });

  it('writes blank for an unpublished statistic', () => {
    expect(formatDecimal(null)).toBe('');
  });
});
