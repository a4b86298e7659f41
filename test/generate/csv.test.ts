import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chunked, csvCell, csvLine } from '../../scripts/generate/index.ts';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['İş-özel hayat dengesi', 'İş-özel hayat dengesi'],
    ['a,b', '"a,b"'],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('csvCell(%j) is %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('csvLine', () => {
  it('round-trips through papaparse', () => {
    const cells = ['STK’lar ile şirketler, elçiler', 'x"y', 'a\nb', ''];
    const parsed = Papa.parse<string[]>(csvLine(cells), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(cells);
  });
});

describe('chunked', () => {
  it.each([
    [['a\n', 'b\n', 'c\n'], 3, ['a\nb\n', 'c\n']],
    [['a\n', 'b\n'], 100, ['a\nb\n']],
    [[], 10, []],
  ] as const)('chunked(%j, %i) gives %j, losing nothing', (lines, size, expected) => {
    expect([...chunked(lines, size)]).toEqual(expected);
  });
});
