import { describe, expect, it } from 'vitest';
import { retention } from '../../../src/core/charts/retention.ts';
import { allElements, parseXml, texts } from './xml.ts';
import { retentionRows } from './fixtures.ts';

const options = (lang: 'en' | 'tr') => ({
  id: 'ret',
  lang,
  title: 'Devam',
  description: 'Oturuma göre katılım',
  xLabel: 'Oturum',
  yLabel: 'Katılım oranı',
});

describe('retention(rows, options)', () => {
  it.each([
    ['tr', ['%0', '%25', '%50', '%75', '%100']],
    ['en', ['0%', '25%', '50%', '75%', '100%']],
  ] as const)('puts percentages 0–100 on the y axis in %s', (lang, ticks) => {
    expect(texts(parseXml(retention(retentionRows(), options(lang))))).toEqual(
      expect.arrayContaining([...ticks]),
    );
  });

  it('draws a point per published rate and none for the unpublished session', () => {
    const rows = retentionRows();
    const circles = allElements(parseXml(retention(rows, options('tr')))).filter(
      (e) => e.name === 'circle',
    );
    expect(circles).toHaveLength(rows.filter((r) => r.rate !== null).length);
    expect(circles.length).toBeLessThan(rows.length);
  });

  it('breaks the line at the unpublished session', () => {
    const svg = parseXml(retention(retentionRows(), options('tr')));
    const d = allElements(svg).find((e) => e.name === 'path')?.attrs.d ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it('writes the last published rate at its point in Turkish format', () => {
    const rows = retentionRows();
    const last = rows.filter((r) => r.rate !== null).at(-1)?.rate ?? 0;
    const label = `%${Math.round(last * 100)}`;
    expect(texts(parseXml(retention(rows, options('tr'))))).toContain(label);
  });

  it('refuses a rate outside [0, 1]', () => {
    expect(() => retention([{ session_number: 1, rate: 45 }], options('en'))).toThrow(RangeError);
  });
});
