/**
 * The typed route map: every page of the site exists in both languages, under each language's own
 * path words. A page is named by a route key plus optional parameters (slugs that are the same in
 * both languages), so every page knows its twin.
 */
export const LANGS = ['en', 'tr'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'tr';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'tr' : 'en';
}

/** Path words per section; `home` is the language root. */
export const SECTIONS = {
  home: { en: '', tr: '' },
  programmes: { en: 'programmes', tr: 'programlar' },
  guides: { en: 'guides', tr: 'rehberler' },
  artefacts: { en: 'artefacts', tr: 'materyaller' },
  findings: { en: 'findings', tr: 'bulgular' },
  impact: { en: 'impact', tr: 'etki' },
  schools: { en: 'schools', tr: 'okullar' },
  methodology: { en: 'methodology', tr: 'yontem' },
  aboutData: { en: 'about-the-data', tr: 'veriler-hakkinda' },
  useThis: { en: 'use-this', tr: 'kendi-programiniz-icin' },
  downloads: { en: 'downloads', tr: 'indirmeler' },
  validate: { en: 'validate', tr: 'dogrula' },
  search: { en: 'search', tr: 'ara' },
} as const satisfies Record<string, Record<Lang, string>>;

export type RouteKey = keyof typeof SECTIONS;

/** Sub-page words inside a section (e.g. a programme's "how it works" page). */
export const SUBPAGES = {
  howItWorks: { en: 'how-it-works', tr: 'nasil-isler' },
} as const satisfies Record<string, Record<Lang, string>>;

export type SubpageKey = keyof typeof SUBPAGES;

/** A page: section, then parameters (slugs shared by both languages) or sub-page words. */
export interface Route {
  key: RouteKey;
  params?: readonly (string | { sub: SubpageKey })[];
}

/**
 * The site-relative path of a route in a language, always with a trailing slash.
 * @example pathOf('tr', { key: 'schools', params: ['ornek-lisesi'] }) // '/tr/okullar/ornek-lisesi/'
 */
export function pathOf(lang: Lang, route: Route): string {
  const words: string[] = [lang, SECTIONS[route.key][lang]];
  for (const p of route.params ?? []) words.push(typeof p === 'string' ? p : SUBPAGES[p.sub][lang]);
  return `/${words.filter(Boolean).join('/')}/`;
}

/** Finds the route of a site-relative path (the inverse of `pathOf`), or undefined. */
export function routeOf(path: string): { lang: Lang; route: Route } | undefined {
  const [lang, section, ...rest] = path.split('/').filter(Boolean);
  if (!isLang(lang)) return undefined;
  const key = (Object.keys(SECTIONS) as RouteKey[]).find(
    (k) => SECTIONS[k][lang] === (section ?? ''),
  );
  if (!key) return undefined;
  const params = rest.map((word) => {
    const sub = (Object.keys(SUBPAGES) as SubpageKey[]).find((s) => SUBPAGES[s][lang] === word);
    return sub ? { sub } : word;
  });
  return { lang, route: params.length ? { key, params } : { key } };
}

/** Prefixes a site-relative path with the deployment base (e.g. `/portal/`), escaped. */
export { withBase } from '../core/url/base-path.ts';
