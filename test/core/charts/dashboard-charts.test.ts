import { cities } from 'turkey-map-react/lib/data/index.js';
import { describe, expect, it } from 'vitest';
import { choropleth, choroplethColour } from '../../../src/core/charts/choropleth.ts';
import { goalProgress, zoomMaximum } from '../../../src/core/charts/goal-progress.ts';
import { smallMultiples } from '../../../src/core/charts/small-multiples.ts';
import { matchProvince } from '../../../src/core/geo/provinces.ts';
import { allElements, parseXml, texts } from './xml.ts';

const shapes = cities.map((c) => ({ name: matchProvince(c.name) ?? c.name, d: c.path }));

describe('choropleth', () => {
  const svg = parseXml(
    choropleth(
      shapes,
      new Map([
        ['İstanbul', { value: 120 }],
        ['Ankara', { value: 30 }],
        ['Mardin', { suppressed: '<10' }],
        ['Şanlıurfa', { withheld: true }],
      ]),
      {
        id: 'map',
        lang: 'tr',
        title: 'İller',
        description: 'Mentiler',
        box: [0, 140, 1040, 460],
        labels: {
          title: (name, value) => `${name}: ${value} menti`,
          noSchool: (name) => `${name}: programda okul yok`,
          withheld: (name) => `${name}: gösterilmiyor`,
          legendNoSchool: 'Programda okul yok',
          legendSuppressed: '10 kişiden az ya da gösterilmiyor',
        },
      },
    ),
  );
  const provinces = allElements(svg).filter((e) => e.name === 'path');

  it('draws the 81 provinces, each a path titled with its name and figure in the page language', () => {
    expect(provinces).toHaveLength(81);
    const titled = provinces.filter((p) =>
      p.children.some((c) => typeof c !== 'string' && c.name === 'title'),
    );
    expect(titled).toHaveLength(81);
    const titleOf = (name: string) =>
      allElements(provinces.find((p) => JSON.stringify(p).includes(`"${name}:`))!)
        .filter((e) => e.name === 'title')
        .map((e) => e.children.join(''))[0];
    expect(titleOf('İstanbul')).toBe('İstanbul: 120 menti');
    expect(titleOf('Mardin')).toBe('Mardin: <10 menti');
    expect(titleOf('Şanlıurfa')).toBe('Şanlıurfa: gösterilmiyor');
    expect(titleOf('Kahramanmaraş')).toBe('Kahramanmaraş: programda okul yok');
  });

  it('colours values on the sequential scale, hatches <k and withheld, greys no school', () => {
    const fillOf = (name: string) =>
      provinces.find((p) => JSON.stringify(p).includes(`"${name}:`))!.attrs.style;
    expect(fillOf('İstanbul')).toContain(`fill:${choroplethColour(120, 120)}`);
    expect(fillOf('Ankara')).toContain(`fill:${choroplethColour(30, 120)}`);
    expect(fillOf('Mardin')).toContain('url(#map-hatch)');
    expect(fillOf('Şanlıurfa')).toContain('url(#map-hatch)');
    expect(fillOf('Van')).toContain('var(--chart-grid');
    expect(choroplethColour(30, 120)).not.toBe(choroplethColour(120, 120));
    expect(texts(svg)).toEqual(
      expect.arrayContaining([
        '0',
        '120',
        'Programda okul yok',
        '10 kişiden az ya da gösterilmiyor',
      ]),
    );
  });
});

describe('goalProgress', () => {
  const labels = {
    whole: 'The whole goal: 0 to 1,000,000',
    zoom: (zoom: string) => `Zoomed in: 0 to ${zoom}`,
    now: (current: string) => `${current} so far`,
  };
  const options = { id: 'goal', lang: 'en' as const, title: 'Goal', description: 'Goal', labels };

  it('zooms in to a round range when progress would be invisible on the whole goal', () => {
    expect(zoomMaximum(338)).toBe(500);
    expect(zoomMaximum(90)).toBe(200);
    const svg = parseXml(goalProgress(338, 1_000_000, options));
    const bars = allElements(svg).filter((e) => e.attrs.class === 'progress');
    expect(bars).toHaveLength(2);
    // On the zoomed bar, 338 of 500 fills about two thirds of the 600 units.
    expect(Number(bars[1]!.attrs.width)).toBeCloseTo(405.6, 0);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Zoomed in: 0 to 500', '338 so far']));
  });

  it('draws one bar without zoom once progress is visible', () => {
    const svg = parseXml(goalProgress(400, 1_000, options));
    expect(allElements(svg).filter((e) => e.attrs.class === 'progress')).toHaveLength(1);
    expect(allElements(svg).filter((e) => e.attrs.class === 'wedge')).toHaveLength(0);
  });
});

describe('smallMultiples', () => {
  it('draws one bar per year in each panel, each panel on its own scale, hatched where missing', () => {
    const svg = parseXml(
      smallMultiples(
        [
          { label: 'Mentees', values: [95, 243], format: String, missing: () => '' },
          {
            label: 'Completion rate',
            values: [0.88, null],
            format: (v) => `${Math.round(v * 100)}%`,
            missing: () => '–',
          },
        ],
        {
          id: 'years',
          lang: 'en',
          title: 'Years',
          description: 'Years',
          categories: ['2024', '2025'],
        },
      ),
    );
    const rects = allElements(svg).filter((e) => e.name === 'rect');
    expect(rects).toHaveLength(4);
    expect(rects.filter((r) => r.attrs.class === 'suppressed')).toHaveLength(1);
    // The largest value of each panel spans the same width.
    expect(rects[1]!.attrs.width).toBe(rects[2]!.attrs.width);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Mentees', '243', '88%', '–', '2024']));
  });
});
