import type { Route } from '../../i18n/index.ts';

/**
 * Every page route of the site (each exists in both languages). Pages with slugs add theirs as
 * the content and data arrive; the sitemap and the link tests read this list.
 */
export function allRoutes(): Route[] {
  return [{ key: 'home' }, { key: 'programmes' }, { key: 'schools' }];
}
