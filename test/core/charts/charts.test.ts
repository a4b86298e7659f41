import { describe, expect, it } from 'vitest';
import { allElements, parseXml, texts } from './xml.ts';
import { CHARTS } from './render-all.ts';
import { CHART_CSS_VARIABLES } from '../../../src/core/charts/theme.ts';

describe.each(CHARTS)('%s on the fixture downloads', (_name, render) => {
  it.each(['en', 'tr'] as const)('is well-formed SVG with a unique id per element (%s)', (lang) => {
    const svg = parseXml(render(lang));
    expect(svg.name).toBe('svg');
    const ids = allElements(svg).flatMap((e) => (e.attrs.id ? [e.attrs.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is an image named by its <title> and described by its <desc>', () => {
    const svg = parseXml(render('en'));
    expect(svg.attrs.role).toBe('img');
    const [title, desc] = svg.children.filter((c) => typeof c !== 'string');
    expect(title && typeof title !== 'string' && title.name).toBe('title');
    expect(desc && typeof desc !== 'string' && desc.name).toBe('desc');
    expect(svg.attrs['aria-labelledby']).toBe(typeof title !== 'string' ? title?.attrs.id : '');
    expect(svg.attrs['aria-describedby']).toBe(typeof desc !== 'string' ? desc?.attrs.id : '');
  });

  it('scales by its viewBox and derives every id from the caller’s prefix', () => {
    const svg = parseXml(render('en'));
    expect(svg.attrs.viewBox).toMatch(/^0 0 600 \d+$/);
    const prefix = svg.attrs['aria-labelledby']?.replace(/-title$/, '');
    const withIds = allElements(svg).filter((element) => element.attrs.id);
    expect(withIds.length).toBeGreaterThan(0);
    for (const element of withIds) {
      if (element.attrs.id) expect(element.attrs.id.startsWith(`${prefix}-`)).toBe(true);
    }
  });

  it('gives the same string for the same input', () => {
    expect(render('tr')).toBe(render('tr'));
  });

  it('contains no NaN, undefined or Infinity', () => {
    for (const lang of ['en', 'tr'] as const) {
      expect(render(lang)).not.toMatch(/NaN|undefined|Infinity/);
    }
  });

  it('paints only with the theme’s CSS custom properties', () => {
    const markup = render('en');
    const used = new Set([...markup.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(0);
    for (const name of used) expect(CHART_CSS_VARIABLES).toContain(name);
    // No hard-coded colour outside the var() fallbacks.
    expect(markup.replace(/var\([^)]*\)/g, '')).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
  });

  it('writes Turkish text in Turkish number formats, never English ones', () => {
    const numbers = texts(parseXml(render('tr'))).filter((t) => /\d/.test(t) && !/n < 10/.test(t));
    expect(numbers.length).toBeGreaterThan(0);
    for (const t of numbers) expect(t).not.toMatch(/\d,\d{3}\b|\d\.\d{1,2}(?!\d)|\d%/);
  });
});
