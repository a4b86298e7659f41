import { pathOf, withBase, type Lang, type Route } from '../../i18n/index.ts';

/** Base-aware href of a route, for use in components and pages. */
export function href(lang: Lang, route: Route): string {
  return withBase(import.meta.env.BASE_URL, pathOf(lang, route));
}

/** Base-aware href of a site-relative asset path such as `downloads/programmes.csv`. */
export function assetHref(path: string): string {
  return withBase(import.meta.env.BASE_URL, `/${path.replace(/^\//, '')}`);
}

/**
 * The absolute URL of a site-relative path under the deployment base, for canonical links,
 * hreflang alternates, Open Graph and the sitemap. `site` is always set by astro.config.mjs.
 */
export function absoluteHref(site: URL | undefined, path: string): string {
  if (!site) throw new Error('astro.config.mjs must set `site`');
  return new URL(withBase(import.meta.env.BASE_URL, path), site).href;
}
