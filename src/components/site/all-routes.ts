import { entriesIn, slugOf } from '../content/entries.ts';
import { siteData } from '../../data/load.ts';
import { provinceGroups, splitByProvince } from '../../data/school-index.ts';
import { schoolSlugs } from '../../data/school-slugs.ts';
import type { Route, RouteKey } from '../../i18n/index.ts';

const SECTION_PAGES: RouteKey[] = [
  'home',
  'programmes',
  'guides',
  'artefacts',
  'findings',
  'impact',
  'schools',
  'methodology',
  'aboutData',
  'useThis',
  'downloads',
  'validate',
  'search',
];

/** Every page route of the site (each exists in both languages): the sitemap lists these. */
export async function allRoutes(): Promise<Route[]> {
  const routes: Route[] = SECTION_PAGES.map((key) => ({ key }));
  for (const entry of await entriesIn('programmes', 'en')) {
    const id = entry.data.programme;
    routes.push(
      entry.data.kind === 'overview'
        ? { key: 'programmes', params: [id] }
        : { key: 'programmes', params: [id, { sub: 'howItWorks' }] },
    );
  }
  for (const collection of ['guides', 'artefacts', 'findings'] as const) {
    for (const entry of await entriesIn(collection, 'en')) {
      routes.push({ key: collection, params: [slugOf(entry)] });
    }
  }
  const { stats } = siteData();
  for (const p of stats.programmes) routes.push({ key: 'impact', params: [p.programmeId] });
  for (const slug of schoolSlugs(stats.schools).values()) {
    routes.push({ key: 'schools', params: [slug] });
  }
  if (splitByProvince(stats.schools)) {
    for (const group of provinceGroups(stats.schools)) {
      routes.push({ key: 'schools', params: [group.slug] });
    }
  }
  return routes;
}
