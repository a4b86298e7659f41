import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/core/charts/layout.ts';

describe('wrapText(text, width, size)', () => {
  it.each([
    ['Rol model eksikliği', 600, ['Rol model eksikliği']],
    [
      'Bilişimle ilgili toplumsal cinsiyet kalıp yargıları',
      300,
      ['Bilişimle ilgili', 'toplumsal cinsiyet kalıp', 'yargıları'],
    ],
    ['Uzunkelimeuzunkelimeuzunkelime', 100, ['Uzunkelimeuzunkelimeuzunkelime']],
    ['', 100, ['']],
  ])('breaks %j at %d units into %j', (text, width, lines) => {
    expect(wrapText(text, width, 20)).toEqual(lines);
  });

  it('keeps every line within the width when the words allow it', () => {
    const lines = wrapText('Kodlama kulüplerinde kız öğrencilerin liderlik deneyimi', 250, 22);
    for (const line of lines) expect(textWidth(line, 22)).toBeLessThanOrEqual(250);
  });
});

describe('textWidth(text, size)', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(textWidth('şğı', 10)).toBe(textWidth('abc', 10));
  });
});
