import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../../src/pipeline/static-server.ts';
import { session, type Session } from './browser.ts';
import { sitePages } from '../../../src/pipeline/site-pages.ts';

const KB = 1024;
/** Budgets in gzip bytes (issue 8). */
const BUDGET = { html: 30 * KB, css: 20 * KB, js: 30 * KB, jsInteractive: 80 * KB };
/**
 * Pagefind's search data (its wasm, already compressed, plus the index and fragment chunks of
 * one query) is not JavaScript and loads only once a query runs; it gets its own budget.
 */
const SEARCH_DATA_BUDGET = 150 * KB;
const IMAGE_BUDGET = 100 * KB;

const siteDir = inject('siteDir');
const gzip = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;
const bodies = (html: string, tag: 'style' | 'script') =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'))].map(
    (m) => m[1] ?? '',
  );
const local = (url: string) => readFileSync(join(siteDir, new URL(url, 'http://x/').pathname));

/**
 * The gzip weight of a page's HTML, CSS and JS as the browser first loads it: the HTML file;
 * inline `<style>` plus linked stylesheets; inline scripts plus `<script src>` files. Each part is
 * compressed on its own, as a server would send it.
 */
function weigh(html: string) {
  const sheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)];
  const scripts = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)];
  return {
    html: gzip(html),
    css:
      gzip(bodies(html, 'style').join('\n')) +
      sheets.reduce((n, m) => n + gzip(local(m[1] ?? '')), 0),
    js:
      gzip(bodies(html, 'script').join('\n')) +
      scripts.reduce((n, m) => n + gzip(local(m[1] ?? '')), 0),
  };
}

/** Pages with search or filters (a form in the main content) get the larger JS budget. */
const interactive = (html: string) => /<main\b[\s\S]*<form\b[\s\S]*<\/main>/i.test(html);

describe('page weight budgets (gzip)', () => {
  const pages = sitePages(siteDir).map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));

  it.each(pages.map((p) => [p.path, p.type, p.html]))('%s (%s)', (_, __, html) => {
    const weight = weigh(html);
    expect(weight.html).toBeLessThanOrEqual(BUDGET.html);
    expect(weight.css).toBeLessThanOrEqual(BUDGET.css);
    expect(weight.js).toBeLessThanOrEqual(interactive(html) ? BUDGET.jsInteractive : BUDGET.js);
  });

  it(`every image is at most ${IMAGE_BUDGET / KB} kB (SVG: gzip)`, () => {
    const images = readdirSync(siteDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(png|jpe?g|webp|avif|gif|svg)$/i.test(e.name))
      .map((e) => join(e.parentPath, e.name));
    const heavy = images.filter(
      (file) =>
        (file.endsWith('.svg') ? gzip(readFileSync(file)) : statSync(file).size) > IMAGE_BUDGET,
    );
    expect(images.length).toBeGreaterThan(0);
    expect(heavy).toEqual([]);
  });
});

describe('what a search loads, measured in Chromium', () => {
  let server: StaticServer;
  let browser: Session;
  beforeAll(async () => {
    server = await serveStatic(siteDir);
    browser = await session(server.origin);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['/en/search/?q=mentor', '/tr/ara/?q=mentor'])(
    `%s: JS ≤ ${BUDGET.jsInteractive / KB} kB, search data ≤ ${SEARCH_DATA_BUDGET / KB} kB`,
    async (path) => {
      const { page, requests } = await browser.open(path);
      await page.locator('[data-status]').filter({ hasText: /\d/ }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.close();
      const paths = [...new Set(requests.map((u) => new URL(u).pathname))];
      const html = readFileSync(join(siteDir, path.split('?')[0] ?? '', 'index.html'), 'utf8');
      const js =
        weigh(html).js +
        paths.filter((p) => p.endsWith('.js')).reduce((n, p) => n + gzip(local(p)), 0);
      const data = paths
        .filter((p) => p.startsWith('/pagefind/') && !p.endsWith('.js'))
        .reduce((n, p) => n + gzip(local(p)), 0);
      expect(paths.some((p) => p.endsWith('pagefind.js'))).toBe(true);
      expect(js).toBeLessThanOrEqual(BUDGET.jsInteractive);
      expect(data).toBeLessThanOrEqual(SEARCH_DATA_BUDGET);
    },
  );
});
