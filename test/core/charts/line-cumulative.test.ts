import { describe, expect, it } from 'vitest';
import { lineCumulative } from '../../../src/core/charts/line-cumulative.ts';
import { allElements, parseXml, texts } from './xml.ts';
import { monthRows } from './fixtures.ts';

const labels = { cumulative: 'Toplam ilişki', target: 'Hedefe giden yol', new: 'Aylık yeni' };
const options = (lang: 'en' | 'tr', showTarget = true) => ({
  id: 'rel',
  lang,
  title: 'İlişkiler',
  description: 'Aylık',
  labels,
  showTarget,
});

describe('lineCumulative(rows, options)', () => {
  it('draws the cumulative line solid and the path to the goal dashed, with a legend for both', () => {
    const svg = parseXml(lineCumulative(monthRows(), options('tr')));
    const paths = allElements(svg).filter((e) => e.name === 'path');
    expect(
      paths.find((p) => p.attrs.class === 'cumulative')?.attrs['stroke-dasharray'],
    ).toBeUndefined();
    expect(paths.find((p) => p.attrs.class === 'target')?.attrs['stroke-dasharray']).toBeDefined();
    expect(texts(svg)).toEqual(
      expect.arrayContaining(['Toplam ilişki', 'Hedefe giden yol', 'Aylık yeni']),
    );
  });

  it('ends the cumulative line at the last month with data while the goal path runs on', () => {
    const svg = parseXml(lineCumulative(monthRows(), options('tr')));
    const points = (cls: string) =>
      allElements(svg)
        .find((e) => e.attrs.class === cls)
        ?.attrs.d?.split('L').length ?? 0;
    const rows = monthRows();
    expect(points('cumulative')).toBe(rows.filter((r) => r.cumulative !== null).length);
    expect(points('target')).toBe(rows.length);
  });

  it('by default draws no goal path, lists only what is drawn and scales to the data', () => {
    const rows = monthRows().map((r) => ({
      ...r,
      target_path: r.target_path && r.target_path * 100,
    }));
    const svg = parseXml(lineCumulative(rows, options('en', false)));
    expect(allElements(svg).filter((e) => e.attrs.class === 'target')).toHaveLength(0);
    const legend = allElements(svg).find((e) => e.attrs.class === 'legend');
    expect(texts(legend!)).toEqual(['Toplam ilişki']);
    const ticks = texts(svg)
      .map((t) => Number(t.replace(/,/g, '')))
      .filter(Number.isFinite);
    const top = Math.max(...rows.map((r) => r.cumulative ?? 0));
    expect(ticks.length).toBeGreaterThan(2);
    // The largest y tick is the data's rounded maximum, not the goal's.
    expect(Math.max(...ticks)).toBeLessThan(top * 2);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(top * 0.75);
  });

  it('draws one bar per month with a count, hatched stubs for <10 months and none for blanks', () => {
    const rows = monthRows();
    const svg = parseXml(lineCumulative(rows, options('tr')));
    const rects = allElements(svg).filter((e) => e.name === 'rect');
    const suppressed = rects.filter((e) => e.attrs.class === 'suppressed');
    expect(suppressed).toHaveLength(rows.filter((r) => r.new_suppressed).length);
    expect(rects.length - suppressed.length).toBe(rows.filter((r) => r.new !== null).length);
  });

  it('labels the y axis in the language’s number format and the x axis by year', () => {
    const tr = texts(parseXml(lineCumulative(monthRows(), options('tr'))));
    const en = texts(parseXml(lineCumulative(monthRows(), options('en'))));
    expect(tr).toEqual(expect.arrayContaining(['20.000', '60.000', '2024', '2025']));
    expect(en).toEqual(expect.arrayContaining(['20,000', '60,000', '2024', '2025']));
  });

  it('labels a short series by Turkish month names', () => {
    const rows = monthRows().slice(0, 5);
    expect(texts(parseXml(lineCumulative(rows, options('tr'))))).toEqual(
      expect.arrayContaining(['Eyl 2023', 'Kas 2023', 'Oca 2024']),
    );
  });

  it('marks a lone month of data with a dot, since a line needs two points', () => {
    const rows = monthRows().slice(0, 1);
    const svg = parseXml(lineCumulative(rows, options('en')));
    expect(allElements(svg).filter((e) => e.name === 'circle')).toHaveLength(1);
  });
});
