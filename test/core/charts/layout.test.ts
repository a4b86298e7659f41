import { describe, expect, it } from 'vitest';
import { MAX_LABEL_LINES, textWidth, wrapText } from '../../../src/core/charts/layout.ts';

describe('wrapText(text, width, size)', () => {
  it.each([
    ['Rol model eksikliği', 600, ['Rol model eksikliği']],
    [
      'Bilişimle ilgili toplumsal cinsiyet kalıp yargıları',
      300,
      ['Bilişimle ilgili', 'toplumsal cinsiyet kalıp', 'yargıları'],
    ],
    ['Uzunkelimeuzunkelimeuzunkelime', 100, ['Uzunkeli', 'meuzunke', 'limeuzun', 'kelime']],
    ['', 100, ['']],
  ])('breaks %j at %d units into %j', (text, width, lines) => {
    expect(wrapText(text, width, 20)).toEqual(lines);
  });

  it('keeps every line within the width when the words allow it', () => {
    const lines = wrapText('Kodlama kulüplerinde kız öğrencilerin liderlik deneyimi', 250, 22);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 22)).toBeLessThanOrEqual(250);
  });
});

describe('wrapText on very long labels', () => {
  const long = `${'Mentorluk programında kız öğrencilerin teknoloji alanındaki deneyimi '.repeat(8)}son`;

  it('cuts a label past five lines and ends it with …', () => {
    expect(long.length).toBeGreaterThan(500);
    const lines = wrapText(long, 600);
    expect(lines.length).toBe(MAX_LABEL_LINES);
    expect(lines.at(-1)?.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(600);
  });

  it('cuts a label without spaces into lines that fit', () => {
    const lines = wrapText('x'.repeat(1000), 600);
    expect(lines.length).toBe(MAX_LABEL_LINES);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(600);
  });

  it('shows a label of 200 characters in full on a full-width chart', () => {
    const label = 'Okul yönetimi ve öğretmenlerle ortak çalışma '.repeat(5).slice(0, 200);
    expect(wrapText(label, 600).join(' ')).toBe(label.trim().replace(/\s+/g, ' '));
  });
});

describe('textWidth(text, size)', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(textWidth('şğı', 10)).toBe(textWidth('abc', 10));
  });
});
