import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { routeOf, type Lang } from '../i18n/routes.ts';

/** One built HTML page of the site. */
export interface SitePage {
  /** Absolute file path. */
  file: string;
  /** Site-relative URL path (`/tr/okullar/`), without any deployment base. */
  path: string;
  /** The page type, the same in both languages, e.g. `programmes/{slug}/howItWorks` or `404`. */
  type: string;
  lang: Lang | undefined;
}

/** The type of a page from its path pattern, so new sections and pages join the gates. */
export function typeOf(path: string): string {
  if (path === '/') return 'root';
  if (path === '/404.html') return '404';
  const found = routeOf(path);
  if (!found)
    return `other${path
      .split('/')
      .filter(Boolean)
      .map(() => '/{slug}')
      .join('')}`;
  const params = (found.route.params ?? []).map((p) => (typeof p === 'string' ? '{slug}' : p.sub));
  return [found.route.key, ...params].join('/');
}

/** Every HTML page of a built site folder (Pagefind's own files left out), sorted by path. */
export function sitePages(siteDir: string): SitePage[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !relative(siteDir, file).startsWith(`pagefind${sep}`))
    .map((file) => {
      const rel = `/${relative(siteDir, file).split(sep).join('/')}`;
      const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
      return { file, path, type: typeOf(path), lang: routeOf(path)?.lang };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The first page of each type in each language: the sample the browser gates visit. */
export function onePerType(pages: SitePage[]): SitePage[] {
  const seen = new Set<string>();
  return pages.filter((page) => {
    const key = `${page.type}|${page.lang ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
