import { describe, expect, it } from 'vitest';
import { dotWhisker } from '../../../src/core/charts/dot-whisker.ts';
import { allElements, parseXml, texts } from './xml.ts';
import { outcomeRows } from './fixtures.ts';

const options = (lang: 'en' | 'tr') => ({
  id: 'out',
  lang,
  title: 'Sonuçlar',
  description: 'Değişim',
  xLabel: 'Ortalama değişim',
  notPublished: lang === 'tr' ? 'yayımlanmadı (n < 10)' : 'not published (n < 10)',
});

describe('dotWhisker(rows, options)', () => {
  it('draws a dot per published construct and says "not published" for the others', () => {
    const rows = outcomeRows('tr');
    const svg = parseXml(dotWhisker(rows, options('tr')));
    const published = rows.filter((r) => r.mean_change !== null).length;
    expect(allElements(svg).filter((e) => e.name === 'circle')).toHaveLength(published);
    expect(texts(svg).filter((t) => t === 'yayımlanmadı (n < 10)')).toHaveLength(
      rows.length - published,
    );
  });

  it('shows n next to every construct, <10 included', () => {
    const shown = texts(parseXml(dotWhisker(outcomeRows('tr'), options('tr'))));
    expect(shown).toEqual(expect.arrayContaining(['n = 1.012', 'n = 980', 'n = <10']));
  });

  it('places each dot between its interval’s ends, and the zero line at 0', () => {
    const data = outcomeRows('en');
    const svg = parseXml(dotWhisker(data, options('en')));
    const rows = allElements(svg).filter((e) => e.attrs.class === 'row');
    expect(rows).toHaveLength(data.length);
    const dotted = rows.filter((row) =>
      row.children.some((c) => typeof c !== 'string' && c.name === 'circle'),
    );
    // Every published construct is checked, so a chart that lost its dots cannot pass.
    expect(dotted).toHaveLength(data.filter((r) => r.mean_change !== null).length);
    expect(dotted.length).toBeGreaterThan(0);
    for (const row of dotted) {
      const dot = row.children.find((c) => typeof c !== 'string' && c.name === 'circle');
      if (!dot || typeof dot === 'string') throw new Error('no dot');
      const whisker = row.children.find(
        (c) => typeof c !== 'string' && c.name === 'line' && c.attrs.class !== 'zero',
      );
      if (!whisker || typeof whisker === 'string') throw new Error('no whisker');
      const cx = Number(dot.attrs.cx);
      expect(cx).toBeGreaterThanOrEqual(Number(whisker.attrs.x1));
      expect(cx).toBeLessThanOrEqual(Number(whisker.attrs.x2));
    }
    const zeros = allElements(svg).filter((e) => e.attrs.class === 'zero');
    expect(new Set(zeros.map((z) => z.attrs.x1)).size).toBe(1);
  });

  it('labels the change axis with signs in the language’s decimals', () => {
    expect(texts(parseXml(dotWhisker(outcomeRows('tr'), options('tr'))))).toEqual(
      expect.arrayContaining(['-0,2', '0,0', '+0,2']),
    );
    expect(texts(parseXml(dotWhisker(outcomeRows('en'), options('en'))))).toEqual(
      expect.arrayContaining(['-0.2', '0.0', '+0.2']),
    );
  });

  it('draws rows with nothing published as a valid chart', () => {
    const rows = outcomeRows('en').filter((r) => r.mean_change === null);
    expect(() => parseXml(dotWhisker(rows, options('en')))).not.toThrow();
  });
});
