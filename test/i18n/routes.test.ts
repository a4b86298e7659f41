import { describe, expect, it } from 'vitest';
import { pathOf, routeOf, withBase, type Lang, type Route } from '../../src/i18n/routes.ts';

const cases: { lang: Lang; route: Route; path: string }[] = [
  { lang: 'en', route: { key: 'home' }, path: '/en/' },
  { lang: 'tr', route: { key: 'home' }, path: '/tr/' },
  { lang: 'en', route: { key: 'programmes' }, path: '/en/programmes/' },
  { lang: 'tr', route: { key: 'programmes' }, path: '/tr/programlar/' },
  {
    lang: 'tr',
    route: { key: 'schools', params: ['ornek-lisesi'] },
    path: '/tr/okullar/ornek-lisesi/',
  },
  { lang: 'tr', route: { key: 'guides' }, path: '/tr/rehberler/' },
  { lang: 'tr', route: { key: 'validate' }, path: '/tr/dogrula/' },
  {
    lang: 'tr',
    route: { key: 'programmes', params: ['mwm-high-school', { sub: 'howItWorks' }] },
    path: '/tr/programlar/mwm-high-school/nasil-isler/',
  },
];

describe('route map', () => {
  it.each(cases)('pathOf($lang, $route.key) is $path', ({ lang, route, path }) => {
    expect(pathOf(lang, route)).toBe(path);
  });

  it.each(cases)('routeOf($path) gives back the route', ({ lang, route, path }) => {
    expect(routeOf(path)).toEqual({ lang, route });
  });

  it('a twin is the same route in the other language', () => {
    const found = routeOf('/en/schools/ornek-lisesi/');
    expect(found && pathOf('tr', found.route)).toBe('/tr/okullar/ornek-lisesi/');
  });

  it('routeOf rejects unknown languages and sections', () => {
    expect(routeOf('/de/')).toBeUndefined();
    expect(routeOf('/en/okullar/')).toBeUndefined();
  });

  it.each([
    ['/', '/en/', '/en/'],
    ['/portal/', '/en/', '/portal/en/'],
    ['/portal', '/tr/okullar/', '/portal/tr/okullar/'],
  ])('withBase(%s, %s) is %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});
