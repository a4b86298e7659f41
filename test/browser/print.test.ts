import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { LANGS, pathOf } from '../../src/i18n/routes.ts';

let server: StaticServer;
let browser: { context: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  server = await serveStatic(inject('siteDir'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Built from the route map, so the test follows the per-language slugs.
const dashboards = ['mwm-high-school', 'ses-women-in-business'].flatMap((id) =>
  LANGS.map((lang) => pathOf(lang, { key: 'impact', params: [id] })),
);

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree nodes). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

describe('printed dashboards', () => {
  it.each(dashboards)(
    '%s prints on A4 within 8 pages, without navigation, with every table',
    async (path) => {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}${path}`);
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => {
        const visible = (el: Element) => {
          const box = (el as HTMLElement).getBoundingClientRect();
          return getComputedStyle(el).display !== 'none' && box.width > 0 && box.height > 0;
        };
        return {
          header: Array.from(document.querySelectorAll('.site-header, .site-footer')).some(visible),
          figures: document.querySelectorAll('figure.chart-figure').length,
          tables: Array.from(document.querySelectorAll('figure.chart-figure details table')).map(
            visible,
          ),
          charts: Array.from(document.querySelectorAll('figure.chart-figure svg')).map(visible),
        };
      });
      expect(shown.header).toBe(false);
      expect(shown.figures).toBeGreaterThanOrEqual(6);
      expect(shown.tables).toHaveLength(shown.figures);
      expect(shown.tables.every(Boolean)).toBe(true);
      expect(shown.charts.every(Boolean)).toBe(true);
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const pages = pdfPages(pdf);
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(8);
      await page.close();
    },
  );
});
