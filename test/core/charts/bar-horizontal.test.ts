import { describe, expect, it } from 'vitest';
import { barHorizontal, type BarRow } from '../../../src/core/charts/bar-horizontal.ts';
import { allElements, parseXml, texts } from './xml.ts';
import { funnelBars, themeBars } from './fixtures.ts';

const options = { id: 'funnel', lang: 'tr' as const, title: 'Huni', description: 'Aşamalar' };

function barWidths(markup: string): number[] {
  return allElements(parseXml(markup))
    .filter((e) => e.name === 'rect' && e.attrs.class !== 'suppressed')
    .map((e) => Number(e.attrs.width));
}

describe('barHorizontal(rows, options)', () => {
  it('cuts a very long label to five lines that fit the chart', () => {
    const label = `${'Çok uzun bir tema adı '.repeat(40)}${'x'.repeat(300)}`;
    const svg = parseXml(barHorizontal([{ label, value: 12, display: '12' }], options));
    const lines = allElements(svg).filter((e) => e.name === 'tspan');
    expect(lines).toHaveLength(5);
    expect(texts(svg).join(' ').length).toBeLessThan(300);
    expect(texts(svg).some((t) => t.endsWith('…'))).toBe(true);
  });

  it('labels each funnel stage and writes its count in Turkish format', () => {
    const shown = texts(parseXml(barHorizontal(funnelBars('tr'), options)));
    expect(shown).toEqual(expect.arrayContaining(['registered', '31.204', 'completed', '19.877']));
  });

  it('draws a suppressed stage as a hatched box with <10 and no number', () => {
    const markup = barHorizontal(funnelBars('tr'), options);
    const svg = parseXml(markup);
    const hatched = allElements(svg).filter((e) => e.attrs.class === 'suppressed');
    expect(hatched).toHaveLength(1);
    expect(hatched[0]?.attrs.fill).toBe('url(#funnel-hatch)');
    expect(
      allElements(svg).some((e) => e.name === 'pattern' && e.attrs.id === 'funnel-hatch'),
    ).toBe(true);
    expect(texts(svg)).toContain('<10');
  });

  it('makes bar lengths proportional to the values', () => {
    const rows = funnelBars('en').filter((row) => row.value !== null);
    const widths = barWidths(barHorizontal(rows, options));
    const values = rows.map((row) => row.value ?? 0);
    expect(rows.length).toBeGreaterThan(1);
    expect(widths).toHaveLength(rows.length);
    widths.forEach((width, i) => {
      expect(width / (widths[0] ?? 1)).toBeCloseTo((values[i] ?? 0) / (values[0] ?? 1), 2);
    });
  });

  it('uses a caller-given maximum, e.g. 1 for rates', () => {
    const rows: BarRow[] = [{ label: 'Okul A', value: 0.5, display: '%50' }];
    const [half] = barWidths(barHorizontal(rows, { ...options, max: 1 }));
    const [full] = barWidths(barHorizontal(rows, options));
    expect(half).toBeCloseTo((full ?? 0) / 2, 0);
  });

  it('wraps a long Turkish label onto two lines instead of overflowing', () => {
    const svg = parseXml(barHorizontal(themeBars('tr'), { ...options, id: 'themes' }));
    const wrapped = allElements(svg).find(
      (e) =>
        e.name === 'text' && e.children.some((c) => typeof c !== 'string' && c.name === 'tspan'),
    );
    expect(texts(svg).join(' ')).toContain('Bilişimle ilgili toplumsal cinsiyet');
    expect(wrapped).toBeDefined();
  });

  it('marks an emphasised bar by a bold label as well as colour', () => {
    const rows: BarRow[] = [
      { label: 'Okul A', value: 40, display: '40' },
      { label: 'Bu okul', value: 30, display: '30', emphasis: true },
    ];
    const bold = allElements(parseXml(barHorizontal(rows, options))).filter(
      (e) => e.name === 'text' && e.attrs['font-weight'] === 'bold',
    );
    expect(bold.map((e) => e.children.join(''))).toContain('Bu okul');
  });

  it.each([-1, NaN])('refuses the value %d', (value) => {
    expect(() => barHorizontal([{ label: 'x', value, display: 'x' }], options)).toThrow(RangeError);
  });

  it('draws an empty list as an empty but valid chart', () => {
    expect(() => parseXml(barHorizontal([], options))).not.toThrow();
  });
});
