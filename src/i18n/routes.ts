/**
 * The typed route map: every page of the site exists in both languages, under each language's own
 * path words. A page is named by a route key plus optional parameters (canonical slugs, the same
 * in both languages; `slugs.ts` writes them in each language), so every page knows its twin.
 */
import { isLang, type Lang } from '../core/format/lang.ts';
import { canonicalSlug, localSlug } from './slugs.ts';

export { LANGS, isLang, type Lang } from '../core/format/lang.ts';

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
  // The data dashboards. The key stays `impact` inside the code; the pages show change within the
  // group, not impact, so the path words are neutral.
  impact: { en: 'dashboard', tr: 'veri-paneli' },
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

/** A page: section, then parameters (canonical slugs, see `slugs.ts`) or sub-page words. */
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
  (route.params ?? []).forEach((p, i) => {
    if (typeof p !== 'string') words.push(SUBPAGES[p.sub][lang]);
    else words.push(i === 0 ? localSlug(lang, route.key, p) : p);
  });
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
  const params: (string | { sub: SubpageKey })[] = [];
  for (const [i, word] of rest.entries()) {
    const sub = (Object.keys(SUBPAGES) as SubpageKey[]).find((s) => SUBPAGES[s][lang] === word);
    const slug = i === 0 ? canonicalSlug(lang, key, word) : word;
    // A Turkish URL with the English slug of a page that has a Turkish one is no page.
    if (slug === undefined) return undefined;
    params.push(sub ? { sub } : slug);
  }
  return { lang, route: params.length ? { key, params } : { key } };
}

/** Prefixes a site-relative path with the deployment base (e.g. `/portal/`), escaped. */
export { withBase } from '../core/url/base-path.ts';
