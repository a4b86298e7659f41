import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../../src/pipeline/static-server.ts';
import { session, type Session } from './browser.ts';
import { sitePages, type SitePage } from '../../../src/pipeline/site-pages.ts';

let server: StaticServer;
let browser: Session;
let indexed: (SitePage & { html: string })[];

beforeAll(async () => {
  const siteDir = inject('siteDir');
  server = await serveStatic(siteDir);
  browser = await session(server.origin);
  indexed = sitePages(siteDir)
    .map((page) => ({ ...page, html: readFileSync(page.file, 'utf8') }))
    .filter((page) => page.html.includes('data-pagefind-body'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Result paths of a query typed into a language's search page, after the count is announced. */
async function search(searchPath: string, query: string): Promise<string[]> {
  const { page, foreignRequests, consoleErrors } = await browser.open(
    `${searchPath}?q=${encodeURIComponent(query)}`,
  );
  await page
    .locator('[data-status]')
    .filter({ hasText: /\d|yok|No pages/ })
    .waitFor();
  const hrefs = await page
    .locator('[data-results] a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(await page.inputValue('#search-q')).toBe(query);
  await page.close();
  return hrefs;
}

/** Indexed pages of a language whose main text contains `word` exactly as written. */
function pagesWith(lang: string, word: RegExp): string[] {
  const paths = indexed
    .filter((p) => p.lang === lang && word.test(p.html.replace(/<[^>]*>/g, ' ')))
    .map((p) => p.path);
  // A guard, not an answer: the sample site must contain the word for the case to mean anything.
  expect(paths.length, `no ${lang} page contains ${word}`).toBeGreaterThan(0);
  return paths;
}

describe('Turkish-aware search on the built sample site', () => {
  it.each([
    { query: 'İSTANBUL', word: /İstanbul/ },
    { query: 'istanbul', word: /İstanbul/ },
    { query: 'Istanbul', word: /İstanbul/ },
    { query: 'DEVAMLILIK', word: /[Dd]evamlılık/ },
    { query: 'devamlılık', word: /[Dd]evamlılık/ },
    { query: 'devamlilik', word: /[Dd]evamlılık/ },
    { query: 'AYRIMCILIK', word: /ayrımcılık/i },
    { query: 'ÖĞRENCİ', word: /öğrenci/i },
    { query: 'ogrenci', word: /öğrenci/i },
  ])('/tr/ara/?q=$query finds every Turkish page with $word, and only Turkish pages', async (c) => {
    const found = await search('/tr/ara/', c.query);
    expect(found).toEqual(expect.arrayContaining(pagesWith('tr', c.word)));
    expect(found.every((path) => path.startsWith('/tr/'))).toBe(true);
  });

  it('English queries on /en/search/ find English pages only', async () => {
    const found = await search('/en/search/', 'İstanbul');
    expect(found).toEqual(expect.arrayContaining(pagesWith('en', /İstanbul/)));
    expect(found.every((path) => path.startsWith('/en/'))).toBe(true);
  });

  it('every Turkish content page is found by its title typed in Turkish capitals', async () => {
    // Capitals are the hard case: `I` and `İ` lower-case differently in Turkish.
    const turkish = indexed.filter((p) => p.lang === 'tr').slice(0, 25);
    expect(turkish.length).toBeGreaterThan(0);
    for (const page of turkish) {
      const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(page.html)?.[1] ?? '';
      const query = h1
        .replace(/<[^>]*>|&[^;\s]+;/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .toLocaleUpperCase('tr-TR');
      expect(await search('/tr/ara/', query), `${page.path}: ${query}`).toContain(page.path);
    }
  }, 180_000);

  it('listing, search, root and 404 pages are not indexed', () => {
    const types = new Set(indexed.map((p) => p.type));
    for (const type of [
      'root',
      '404',
      'search',
      'programmes',
      'guides',
      'artefacts',
      'findings',
      'schools',
    ]) {
      expect(types.has(type), type).toBe(false);
    }
  });
});

describe('search under a deployment base (--base)', () => {
  it('/some/path/tr/ara/?q=İSTANBUL loads Pagefind from the base and links results under it', async () => {
    const base = inject('subPath');
    const baseServer = await serveStatic(inject('baseSiteDir'), base);
    const baseBrowser = await session(baseServer.origin);
    try {
      const { page, consoleErrors } = await baseBrowser.open(`${base}tr/ara/?q=İSTANBUL`);
      await page.locator('[data-status]').filter({ hasText: /\d/ }).waitFor();
      const hrefs = await page
        .locator('[data-results] a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.every((h) => h.startsWith(`${base}tr/`))).toBe(true);
      expect(consoleErrors).toEqual([]);
    } finally {
      await baseBrowser.close();
      await baseServer.close();
    }
  });
});
