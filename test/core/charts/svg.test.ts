import { describe, expect, it } from 'vitest';
import { escapeXml, num, svgDocument } from '../../../src/core/charts/svg.ts';

const options = { id: 'c', lang: 'en' as const, title: 'T', description: 'D' };

describe('svg helpers', () => {
  it('escapes markup characters in text', () => {
    expect(escapeXml(`<10 & "x" 'y'`)).toBe('&lt;10 &amp; &quot;x&quot; &#39;y&#39;');
  });

  it.each([
    [12.345, '12.3'],
    [-0.04, '0'],
    [600, '600'],
  ])('rounds the coordinate %d to %s', (n, s) => {
    expect(num(n)).toBe(s);
  });

  it.each([NaN, Infinity])('refuses the coordinate %d, so no NaN reaches the markup', (n) => {
    expect(() => num(n)).toThrow(RangeError);
  });

  it.each(['', '1chart', 'a b', 'x"y', 'a#b'])('refuses the id %j', (id) => {
    expect(() => svgDocument('bar', { ...options, id }, 10, '')).toThrow();
  });

  it('escapes the title and description', () => {
    const markup = svgDocument('bar', { ...options, title: 'A & B', description: '<10' }, 10, '');
    expect(markup).toContain('<title id="c-title">A &amp; B</title>');
    expect(markup).toContain('<desc id="c-desc">&lt;10</desc>');
  });
});
