/**
 * `npm run bench:validator -- [dist]` (default `dist/`): the browser validator's figure of issue 16.
 * Serves an existing build (it builds nothing), opens /en/validate/ in Debian's Chromium and checks
 * the valid validation fixture with participants.csv grown by 1,000,000 rows (as the browser test
 * does), then prints one JSON line:
 * `{ stage: 'browser-validator', rows, megabytes, wall, load }`. Not a test: nothing is asserted
 * beyond the page reaching its verdict.
 */
import { cpSync, createWriteStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../src/node/chromium.ts';
import { serveStatic } from '../src/pipeline/static-server.ts';

const ROWS = 1_000_000;
const dist = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist');
const folder = mkdtempSync(join(tmpdir(), 'bench-validator-'));
cpSync(resolve(import.meta.dirname, '../test/fixtures/validation/valid'), folder, {
  recursive: true,
});
rmSync(join(folder, 'expected.json'), { force: true });

/** The fixture's participants.csv plus ROWS generated mentees of one of its cohorts. */
async function growParticipants(path: string): Promise<void> {
  const out = createWriteStream(path, { flags: 'a' });
  const line = (i: number) =>
    `m-${String(i).padStart(7, '0')},hs-2024-ist-01,mentee,15-16,technology,2024-01-22,true,active\n`;
  for (let start = 0; start < ROWS; start += 10_000) {
    let chunk = '';
    for (let i = start; i < start + 10_000; i++) chunk += line(i);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

const participants = join(folder, 'participants.csv');
await growParticipants(participants);
const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/en/validate/`, { waitUntil: 'networkidle' });
  const files = readdirSync(folder).map((file) => join(folder, file));
  const started = performance.now();
  await page.setInputFiles('[data-files]', files);
  // Checked every 20 ms: a locator's wait backs off to once a second, which rounded every
  // figure to whole seconds (2.95, 3.97, 2.95 s in one series).
  await page.waitForFunction(
    () => document.querySelector('[data-report]:not([hidden])') !== null,
    undefined,
    { polling: 20, timeout: 600_000 },
  );
  const wall = (performance.now() - started) / 1000;
  const verdict = await page.locator('[data-verdict]').getAttribute('data-verdict');
  console.log(
    JSON.stringify({
      stage: 'browser-validator',
      rows: ROWS,
      megabytes: statSync(participants).size / 1e6,
      wall,
      verdict,
      load: loadavg()[0],
    }),
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}
