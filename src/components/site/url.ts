import { pathOf, withBase, type Lang, type Route } from '../../i18n/index.ts';

/** Base-aware href of a route, for use in components and pages. */
export function href(lang: Lang, route: Route): string {
  return withBase(import.meta.env.BASE_URL, pathOf(lang, route));
}

/** Base-aware href of a site-relative asset path such as `downloads/programmes.csv`. */
export function assetHref(path: string): string {
  return withBase(import.meta.env.BASE_URL, `/${path.replace(/^\//, '')}`);
}
