import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../../src/pipeline/static-server.ts';
import { session, type Session } from './browser.ts';
import { onePerType, sitePages } from '../../../src/pipeline/site-pages.ts';

let server: StaticServer;
let browser: Session;

beforeAll(async () => {
  server = await serveStatic(inject('siteDir'));
  browser = await session(server.origin);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Presses Tab `count` times and describes each element that took focus. */
async function tabStops(page: Page, count: number): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'body';
        const cls = el.classList[0] ? `.${el.classList[0]}` : '';
        const where = el.closest('nav') ? 'nav ' : '';
        return `${where}${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`;
      }),
    );
  }
  return stops;
}

describe('keyboard path', () => {
  it.each(['/en/', '/tr/'])(
    'on %s, Tab from the top reaches skip link, brand, search, language switch, then the nav',
    async (path) => {
      const { page } = await browser.open(path);
      const stops = await tabStops(page, 10);
      expect(stops.slice(0, 5)).toEqual([
        'a.skip-link',
        'a.brand',
        'input#site-search',
        'button',
        'a.lang-switch',
      ]);
      expect(stops.slice(5).every((s) => s === 'nav a')).toBe(true);
      await page.close();
    },
  );

  it.each(['/en/', '/tr/'])('on %s, the skip link moves focus to main', async (path) => {
    const { page } = await browser.open(path);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  // On a phone-wide screen wide tables scroll sideways; keyboard users must be able to reach
  // (focus) every such scroll box, or its hidden columns are out of reach.
  const withTables = onePerType(sitePages(inject('siteDir'))).filter((p) =>
    readFileSync(p.file, 'utf8').includes('<table'),
  );

  it('the sample site has pages with tables', () => {
    expect(withTables.length).toBeGreaterThan(0);
  });

  it.each(withTables.map((p) => p.path))(
    'on %s, every table that scrolls sideways can be reached with Tab',
    async (path) => {
      const { page } = await browser.open(path);
      await page.setViewportSize({ width: 360, height: 800 });
      // Tables kept in <details> count once opened: the summary itself is in the tab order.
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      const focusable = await page.evaluate(
        () => document.querySelectorAll('a, button, input, select, textarea, [tabindex]').length,
      );
      for (let i = 0; i < focusable + 2; i += 1) {
        await page.keyboard.press('Tab');
        await page.evaluate(() => document.activeElement?.setAttribute('data-kb-reached', ''));
      }
      const unreachable = await page.evaluate(() =>
        [...document.querySelectorAll('table')].flatMap((table, i) => {
          let box: HTMLElement | null = table.parentElement;
          while (box && box.scrollWidth <= box.clientWidth) box = box.parentElement;
          if (!box || box === document.body || box === document.documentElement) return [];
          const reached =
            box.matches('[data-kb-reached]') || !!box.querySelector('[data-kb-reached]');
          return reached ? [] : [`table ${i + 1}`];
        }),
      );
      expect(unreachable).toEqual([]);
      await page.close();
    },
  );
});
