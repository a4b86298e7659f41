/**
 * How the project starts a browser: Debian's Chromium (never a downloaded one), headless, with
 * nothing that phones home. The browser tests (through Playwright) and `npm run audit` (Lighthouse
 * over Playwright) share it, so both measure the same browser.
 */
import { createServer } from 'node:net';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/**
 * The Chromium to drive: `CHROME_PATH` when set, else Debian's.
 * @example chromiumPath({}) // '/usr/bin/chromium'
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROME_PATH ?? '/usr/bin/chromium';
}

/** A TCP port free on the loopback interface just now (for Chromium's DevTools endpoint). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('No TCP port');
  return address.port;
}
