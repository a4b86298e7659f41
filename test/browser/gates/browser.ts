import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../helpers/chromium.ts';

/** A page opened on the local server, with every request that left it recorded. */
export interface OpenedPage {
  page: Page;
  status: number | undefined;
  /** Every URL requested, by the page or its workers. */
  requests: string[];
  foreignRequests: string[];
  consoleErrors: string[];
}

/** A Chromium session bound to one local server origin. */
export interface Session {
  open(path: string): Promise<OpenedPage>;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium for pages served from `origin`; `open` records requests to other hosts. */
export async function session(
  origin: string,
  options: Parameters<typeof launchChromium>[0] = {},
): Promise<Session> {
  const browser = await launchChromium(options);
  return {
    context: browser.context,
    close: () => browser.close(),
    async open(path) {
      const page = await browser.context.newPage();
      const requests: string[] = [];
      const foreignRequests: string[] = [];
      const consoleErrors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        requests.push(url);
        if (!url.startsWith(origin) && !url.startsWith('data:')) foreignRequests.push(url);
      });
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      return { page, status: response?.status(), requests, foreignRequests, consoleErrors };
    },
  };
}
