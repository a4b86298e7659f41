import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

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

/** Opens a page and records console errors and every request that leaves the loopback server. */
async function open(path: string) {
  const page = await browser.context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:')) {
      foreignRequests.push(request.url());
    }
  });
  const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  return { page, response, consoleErrors, foreignRequests };
}

describe('the bilingual shell in Chromium', () => {
  it.each([
    { path: '/en/', lang: 'en', title: /Mentoring Portal/, twin: '/tr/', twinLang: 'tr' },
    { path: '/tr/', lang: 'tr', title: /Mentorluk Portalı/, twin: '/en/', twinLang: 'en' },
    {
      path: '/en/schools/',
      lang: 'en',
      title: /Schools/,
      twin: '/tr/okullar/',
      twinLang: 'tr',
    },
  ])('$path has lang=$lang, its title, and a switch to its twin $twin', async (c) => {
    const { page, response, consoleErrors, foreignRequests } = await open(c.path);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(c.lang);
    expect(await page.title()).toMatch(c.title);
    const switchLink = page.locator('a.lang-switch');
    await switchLink.click();
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).toBe(c.twin);
    expect(await page.getAttribute('html', 'lang')).toBe(c.twinLang);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('the root page offers both languages without a redirect', async () => {
    const { page, response } = await open('/');
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/');
    const links = await page
      .locator('a.go')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/en/', '/tr/']);
    await page.close();
  });

  it('an unknown address gets the bilingual 404 page', async () => {
    const { page, response } = await open('/en/no-such-page/');
    expect(response?.status()).toBe(404);
    expect(await page.textContent('body')).toContain('Page not found');
    expect(await page.textContent('body')).toContain('Sayfa bulunamadı');
    await page.close();
  });
});
