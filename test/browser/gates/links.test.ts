import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../../src/pipeline/static-server.ts';
import { session, type Session } from './browser.ts';
import { anchorsOf, refsOf } from './html-refs.ts';
import { onePerType, sitePages } from '../../../src/pipeline/site-pages.ts';

/** The two builds: at the root, and under a sub-path (`--base`). */
const BUILDS = [
  { name: 'root build', dir: inject('siteDir'), base: '/' },
  {
    name: `build with --base ${inject('subPath')}`,
    dir: inject('baseSiteDir'),
    base: inject('subPath'),
  },
];

/** The built file a site path is served from, or undefined. */
function fileOf(dir: string, sitePath: string): string | undefined {
  const file = join(dir, decodeURIComponent(sitePath));
  if (!existsSync(file)) return undefined;
  if (!statSync(file).isDirectory()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Every broken internal reference, anchor or foreign resource of a built site. */
function linkProblems(dir: string, base: string): string[] {
  const pages = sitePages(dir);
  const html = new Map(pages.map((p) => [p.file, readFileSync(p.file, 'utf8')]));
  const anchors = new Map<string, Set<string>>();
  const anchorsIn = (file: string) => {
    if (!anchors.has(file))
      anchors.set(file, anchorsOf(html.get(file) ?? readFileSync(file, 'utf8')));
    return anchors.get(file) as Set<string>;
  };
  // The site's own origin, from the canonical URLs the layout writes.
  const canonical = [...html.values()]
    .map((text) => /<link rel="canonical" href="([^"]+)"/.exec(text)?.[1])
    .find(Boolean);
  const site = new URL(canonical ?? 'https://site.invalid/');
  const problems: string[] = [];
  for (const page of pages) {
    const pageUrl = new URL(`${base}${page.path.slice(1)}`, site.origin);
    for (const ref of refsOf(html.get(page.file) ?? '')) {
      const where = `${page.path}: <${ref.tag} ${ref.attribute}="${ref.url}">`;
      if (/^(mailto|tel|data):/i.test(ref.url)) continue;
      const url = new URL(ref.url, pageUrl);
      if (url.origin !== site.origin) {
        // Links to other sites (cited sources) are for readers to follow; nothing may be fetched.
        if (!/^https?:$/.test(url.protocol)) problems.push(`${where} has an unexpected scheme`);
        else if (ref.fetched) problems.push(`${where} loads from another host`);
        continue;
      }
      if (!url.pathname.startsWith(base)) {
        problems.push(`${where} points outside the base ${base}`);
        continue;
      }
      const target = fileOf(dir, `/${url.pathname.slice(base.length)}`);
      if (!target) problems.push(`${where} does not resolve to a built file`);
      else if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!anchorsIn(target).has(id)) problems.push(`${where}: no element with id "${id}"`);
      }
    }
  }
  return problems;
}

describe.each(BUILDS)('links in the $name', ({ dir, base }) => {
  it('every internal link, anchor, image and download resolves; nothing loads from elsewhere', () => {
    expect(sitePages(dir).length).toBeGreaterThan(10);
    expect(linkProblems(dir, base)).toEqual([]);
  });

  describe('in Chromium, one page of each type requests nothing from another host', () => {
    let server: StaticServer;
    let browser: Session;
    beforeAll(async () => {
      server = await serveStatic(dir, base);
      browser = await session(server.origin);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it.each(onePerType(sitePages(dir)).map((p) => p.path))('%s', async (path) => {
      const { page, status, foreignRequests, consoleErrors } = await browser.open(
        `${base}${path.slice(1)}`,
      );
      expect(status).toBe(200);
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  });
});
