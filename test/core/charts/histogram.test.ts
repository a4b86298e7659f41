import { describe, expect, it } from 'vitest';
import { histogram } from '../../../src/core/charts/histogram.ts';
import { allElements, parseXml, texts } from './xml.ts';
import { meetingBins } from './fixtures.ts';

const options = (lang: 'en' | 'tr') => ({
  id: 'meetings',
  lang,
  title: 'Meetings',
  description: 'Meetings per pair',
  xLabel: lang === 'tr' ? 'Çift başına görüşme' : 'Meetings per pair',
  yLabel: lang === 'tr' ? 'Çiftler' : 'Pairs',
});

describe('histogram(bins, options)', () => {
  it('labels every bin of meetings 0–10 and the axes', () => {
    const shown = texts(parseXml(histogram(meetingBins('en'), options('en'))));
    for (const label of ['0', '5', '10', 'Meetings per pair', 'Pairs'])
      expect(shown).toContain(label);
  });

  it('writes Turkish y-axis ticks with dots as thousands separators', () => {
    const shown = texts(parseXml(histogram(meetingBins('tr'), options('tr'))));
    expect(shown).toContain('2.000');
    expect(shown).not.toContain('2,000');
  });

  it('shows the suppressed bin as hatched with <10', () => {
    const svg = parseXml(histogram(meetingBins('tr'), options('tr')));
    expect(allElements(svg).filter((e) => e.attrs.class === 'suppressed')).toHaveLength(1);
    expect(texts(svg)).toContain('<10');
  });

  it('makes bar heights proportional to the counts', () => {
    const bins = meetingBins('en').filter((bin) => bin.value !== null);
    const rects = allElements(parseXml(histogram(bins, options('en')))).filter(
      (e) => e.name === 'rect',
    );
    const heights = rects.map((e) => Number(e.attrs.height));
    const counts = bins.map((bin) => bin.value ?? 0);
    const largest = counts.indexOf(Math.max(...counts));
    expect(bins.length).toBeGreaterThan(1);
    expect(heights).toHaveLength(bins.length);
    heights.forEach((h, i) => {
      expect(h / (heights[largest] ?? 1)).toBeCloseTo((counts[i] ?? 0) / (counts[largest] ?? 1), 1);
    });
  });

  it('writes the counts above the bars when there is room for them', () => {
    const few = meetingBins('tr').slice(0, 4);
    expect(texts(parseXml(histogram(few, options('tr'))))).toContain('3.310');
  });
});
