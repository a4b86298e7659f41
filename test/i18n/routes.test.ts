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
    path: '/tr/programlar/mwm-lise/nasil-isler/',
  },
  {
    lang: 'en',
    route: { key: 'programmes', params: ['mwm-high-school', { sub: 'howItWorks' }] },
    path: '/en/programmes/mwm-high-school/how-it-works/',
  },
  {
    lang: 'tr',
    route: { key: 'guides', params: ['mwm-closure'] },
    path: '/tr/rehberler/mwm-kapanis/',
  },
  { lang: 'en', route: { key: 'impact' }, path: '/en/dashboard/' },
  {
    lang: 'tr',
    route: { key: 'impact', params: ['ses-women-in-business'] },
    path: '/tr/veri-paneli/ses-is-dunyasinda-kadin/',
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

  it("a guide's twin has its own slug in the other language", () => {
    const found = routeOf('/en/artefacts/parental-consent/');
    expect(found && pathOf('tr', found.route)).toBe('/tr/materyaller/veli-onay-formu/');
  });

  it('routeOf rejects a Turkish URL that uses the English slug of a page with a Turkish one', () => {
    expect(routeOf('/tr/rehberler/mwm-closure/')).toBeUndefined();
    expect(routeOf('/tr/programlar/mwm-high-school/')).toBeUndefined();
  });

  it("a programme id without a Turkish slug (a coordinator's own data) keeps its id", () => {
    expect(pathOf('tr', { key: 'impact', params: ['my-programme'] })).toBe(
      '/tr/veri-paneli/my-programme/',
    );
    expect(routeOf('/tr/veri-paneli/my-programme/')?.route.params).toEqual(['my-programme']);
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
