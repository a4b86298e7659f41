/**
 * npm run audit [-- --dir dist] [--base /]
 * Runs Lighthouse (Debian Chromium, started by Playwright as the browser tests start it, with
 * its DevTools port open for Lighthouse) on one page of each type in both languages of a built
 * site, served locally, and prints the four category scores per page. A report, not a test:
 * build first (`npm run build`). Targets: 100 accessibility, best practices and SEO; ≥ 95
 * performance.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath, freePort } from '../src/node/chromium-flags.ts';
import { onePerType, sitePages } from '../src/pipeline/site-pages.ts';
import { serveStatic } from '../src/pipeline/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } },
});
const siteDir = resolve(values.dir);
if (!existsSync(siteDir)) {
  console.error(`No built site in ${values.dir}: run npm run build first.`);
  process.exit(2);
}

const pages = onePerType(sitePages(siteDir));
const server = await serveStatic(siteDir, values.base);
const port = await freePort();
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`],
});
const rows: string[][] = [];
try {
  for (const page of pages) {
    const url = `${server.origin}${values.base}${page.path.slice(1)}`;
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const categories = result?.lhr.categories ?? {};
    const scores = CATEGORIES.map((c) => {
      const score = categories[c]?.score;
      return score === null || score === undefined ? '–' : String(Math.round(score * 100));
    });
    rows.push([page.path, page.type, ...scores]);
    console.error(`${rows.length}/${pages.length} ${page.path}`);
  }
} finally {
  await browser.close();
  await server.close();
}

const header = ['page', 'type', 'perf', 'a11y', 'best', 'seo'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
const lowest = CATEGORIES.map((_, i) => Math.min(...rows.map((r) => Number(r[i + 2]) || 0)));
console.log(line(['lowest', '', ...lowest.map(String)]));
