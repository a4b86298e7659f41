import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../../src/pipeline/static-server.ts';
import { session, type Session } from './browser.ts';
import { onePerType, sitePages } from '../../../src/pipeline/site-pages.ts';

let server: StaticServer;
let browser: Session;

beforeAll(async () => {
  server = await serveStatic(inject('siteDir'));
  browser = await session(server.origin, { javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Charts are SVG images (role="img") or SVG inside a figure; icons are neither. */
const CHARTS = 'main svg[role="img"], main figure svg';

describe('without JavaScript, every page type shows its content', () => {
  const sample = onePerType(sitePages(inject('siteDir'))).map((p) => {
    const html = readFileSync(p.file, 'utf8');
    const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
    return { ...p, tables: (main.match(/<table\b/g) ?? []).length, hasSvg: /<svg\b/.test(main) };
  });

  it.each(sample)('$path ($type): heading, $tables table(s) and charts visible', async (c) => {
    const { page } = await browser.open(c.path);
    // One h1 per page; the bilingual root and 404 pages have one per language.
    const headings = await page.locator('h1').all();
    expect(headings.length).toBeGreaterThan(0);
    for (const h1 of headings) {
      expect(await h1.isVisible()).toBe(true);
      expect((await h1.innerText()).trim()).not.toBe('');
    }
    const tables = page.locator('main table');
    expect(await tables.count()).toBe(c.tables);
    for (const table of await tables.all()) {
      // A table kept in a closed <details> is one click away, which works without JS too.
      const inClosedDetails = await table.evaluate((t) => !!t.closest('details:not([open])'));
      if (!inClosedDetails) expect(await table.isVisible()).toBe(true);
    }
    for (const chart of await page.locator(CHARTS).all()) {
      expect(await chart.isVisible()).toBe(true);
    }
    if (c.hasSvg) expect(await page.locator('main svg').count()).toBeGreaterThan(0);
    await page.close();
  });
});
