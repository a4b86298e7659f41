import { execFile } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { FIXTURES, caseNames, expectedOf } from '../core/validate/fixture-files.ts';

const CLI = join(import.meta.dirname, '../../scripts/validate.ts');
const MIXED = join(import.meta.dirname, '../fixtures/validator/mixed');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const temp = mkdtempSync(join(tmpdir(), 'validator-page-'));

interface Position {
  code: string;
  file: string;
  row: number | null;
  column: string | null;
}

/** Script errors of any page opened here; none is expected. */
const pageErrors: string[] = [];
let server: StaticServer;
const servers: StaticServer[] = [];
let browser: { context: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  server = await serveStatic(inject('siteDir'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const other of servers) await other.close();
  rmSync(temp, { recursive: true, force: true });
});

/** A fixture case as a folder on disk, as the CLI tests see it: `valid/` with the case's files. */
function caseFolder(name: string, as = name): string {
  const folder = join(temp, as);
  cpSync(join(FIXTURES, 'valid'), folder, { recursive: true });
  if (name !== 'valid') cpSync(join(FIXTURES, name), folder, { recursive: true });
  rmSync(join(folder, 'expected.json'), { force: true });
  for (const file of name === 'valid' ? [] : (expectedOf(name).remove ?? [])) {
    rmSync(join(folder, file));
  }
  return folder;
}

const filesOf = (folder: string) => readdirSync(folder).map((file) => join(folder, file));

async function cliJson(folder: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, folder, '--json']);
    return stdout;
  } catch (error) {
    // Exit code 1 (invalid data) still prints the report.
    return (error as { stdout: string }).stdout;
  }
}

async function openValidator(path: string, origin = server.origin): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  return page;
}

/** Chooses files in the page and waits for the report of this check (not a previous one). */
async function check(page: Page, files: string[], input = '[data-files]'): Promise<void> {
  await page.locator('[data-report]').evaluate((box) => {
    (box as HTMLElement).hidden = true;
  });
  await page.setInputFiles(input, files);
  await page.locator('[data-report]:not([hidden])').waitFor({ timeout: 60_000 });
}

/** The problems as the page lists them: per file table, row, column and code. */
function shownProblems(page: Page): Promise<Position[]> {
  return page.locator('table[data-file]').evaluateAll((tables) =>
    tables.flatMap((table) =>
      [...table.querySelectorAll('tbody tr')].map((tr) => {
        const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
        const row = (cells[0] ?? '').replace(/\D/g, '');
        return {
          code: tr.querySelector('.severity code')?.textContent ?? '',
          file: (table as HTMLElement).dataset.file ?? '',
          row: row === '' ? null : Number(row),
          column: cells[1] === '' ? null : (cells[1] ?? null),
        };
      }),
    ),
  );
}

async function downloadedJson(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-download]').click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

describe('the validator page in Chromium', () => {
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  describe('the same fixtures as the CLI tests', () => {
    let page: Page;
    beforeAll(async () => {
      page = await openValidator('/en/validate/');
    });
    afterAll(() => page?.close());

    it.each(['valid', ...caseNames()])(
      '%s: the page shows the codes, rows and columns of validate --json, and downloads its JSON',
      async (name) => {
        const folder = caseFolder(name);
        const json = await cliJson(folder);
        const cli = JSON.parse(json) as {
          ok: boolean;
          problems: (Position & { consequenceOf?: unknown })[];
        };
        await check(page, filesOf(folder));
        // Consequences of a failed table are one line under it, not rows of their own.
        expect(await shownProblems(page)).toEqual(
          cli.problems
            .filter((p) => !p.consequenceOf)
            .map(({ code, file, row, column }) => ({ code, file, row, column })),
        );
        const verdict = await page.locator('[data-verdict]').getAttribute('data-verdict');
        expect(verdict).toBe(cli.ok ? 'ok' : 'bad');
        expect(await downloadedJson(page)).toBe(json);
      },
    );
  });

  it('a chosen folder is read as the CLI reads it: its own files, not its sub-folders’', async () => {
    const folder = caseFolder('foreign-key', 'folder-pick');
    cpSync(join(FIXTURES, 'type-error'), join(folder, 'old'), { recursive: true });
    const cli = JSON.parse(await cliJson(folder)) as { problems: Position[] };
    expect(cli.problems.map((p) => p.code)).toEqual(['foreign-key']);
    const page = await openValidator('/en/validate/');
    await check(page, [folder], '[data-folder]');
    expect(await shownProblems(page)).toEqual(
      cli.problems.map(({ code, file, row, column }) => ({ code, file, row, column })),
    );
    await page.close();
  });

  it('dropping the files on the box checks them', async () => {
    const folder = caseFolder('valid');
    const files = readdirSync(folder).map((name) => ({
      name,
      text: readFileSync(join(folder, name), 'utf8'),
    }));
    const page = await openValidator('/en/validate/');
    await page.evaluate((dropped) => {
      const data = new DataTransfer();
      for (const { name, text } of dropped) data.items.add(new File([text], name));
      const box = document.querySelector('[data-drop]') as HTMLElement;
      box.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, files);
    await page.locator('[data-report]:not([hidden])').waitFor();
    expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('ok');
    expect(await page.locator('table[data-files] tbody tr').count()).toBe(12);
    await page.close();
  });

  it('the Turkish page reads a Windows-1254 file with ; as such, and gives the Turkish messages', async () => {
    const page = await openValidator('/tr/dogrula/');
    await check(page, filesOf(caseFolder('valid-windows-1254-semicolon')));
    const schools = page.locator('table[data-files] tr', { hasText: 'schools.csv' });
    await expect.poll(() => schools.innerText()).toContain('Windows-1254 (Türkçe Excel)');
    expect(await schools.innerText()).toContain('noktalı virgül (;)');
    expect(await page.locator('[data-verdict]').innerText()).toContain('Veriler geçerli');

    const folder = caseFolder('foreign-key');
    const cli = JSON.parse(await cliJson(folder)) as { problems: { message: { tr: string } }[] };
    await check(page, filesOf(folder));
    const text = await page.locator('table[data-file="matches.csv"]').innerText();
    expect(cli.problems.length).toBeGreaterThan(0);
    for (const problem of cli.problems) expect(text).toContain(problem.message.tr);
    expect(await page.locator('[data-fix-first] li').first().innerText()).toContain(
      'Var olmayan bir satırı gösteren kimlik',
    );
    await page.close();
  });

  it('a renamed key column: the Turkish page puts the cause first and its consequences in one line', async () => {
    const page = await openValidator('/tr/dogrula/');
    await check(page, filesOf(caseFolder('key-column-renamed')));
    const tables = await page
      .locator('table[data-file]')
      .evaluateAll((all) => all.map((t) => (t as HTMLElement).dataset.file));
    expect(tables).toEqual(['participants.csv']);
    expect(await page.locator('[data-consequence="participants.csv"]').innerText()).toBe(
      'participants.csv dosyasını gösteren 20 kimlik (matches.csv: mentor_id, mentee_id; attendance.csv: participant_id; survey_responses.csv: participant_id), dosya düzeltilene kadar denetlenemez; tek tek listelenmedi.',
    );
    expect(await page.locator('[data-fix-first] li').first().getAttribute('data-code')).toBe(
      'missing-column',
    );
    await check(page, filesOf(caseFolder('encoding-damaged-stray-byte')));
    const topics = page.locator('table[data-files] tr', { hasText: 'topics.csv' });
    expect(await topics.innerText()).toContain('UTF-8');
    expect(await page.locator('table[data-file="topics.csv"]').innerText()).toContain(
      'dosyayı yeniden “CSV UTF-8” olarak kaydedin',
    );
    await page.close();
  });

  it('checking files makes no network request at all', async () => {
    const page = await openValidator('/en/validate/');
    const requests: string[] = [];
    const record = (request: { url(): string }) => requests.push(request.url());
    page.on('request', record);
    browser.context.on('request', record);
    await check(page, filesOf(caseFolder('valid')));
    expect(await page.locator('[data-preview] [data-programme]').count()).toBeGreaterThan(0);
    browser.context.off('request', record);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows the published preview with counts under k as <k, never a raw small count', async () => {
    const page = await openValidator('/en/validate/');
    await check(page, filesOf(caseFolder('valid')));
    const preview = await page.locator('[data-preview]').innerText();
    expect(preview).toContain('Mentees from registration to completion');
    // The valid fixture has fewer than ten mentees per programme: every mentee count is <10.
    const funnel = await page
      .locator('[data-preview] table td.num')
      .evaluateAll((cells) => cells.map((c) => c.textContent));
    expect(funnel.length).toBeGreaterThan(0);
    expect(new Set(funnel)).toEqual(new Set(['<10']));
    await page.close();
  });

  it('loads its worker and checks files under a --base sub-path too', async () => {
    const base = await serveStatic(inject('baseSiteDir'), inject('subPath'));
    const page = await openValidator(`${inject('subPath')}en/validate/`, base.origin);
    await check(page, filesOf(caseFolder('valid')));
    expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('ok');
    await page.close();
    // Closed after the browser: the server waits for the browser's kept-alive connections.
    servers.push(base);
  });

  it.each(['light', 'dark'] as const)(
    'the rendered report and preview have no WCAG 2.2 AA violation (axe, %s)',
    async (colorScheme) => {
      const scheme = await launchChromium({ colorScheme });
      const page = await scheme.context.newPage();
      await page.goto(`${server.origin}/tr/dogrula/`, { waitUntil: 'networkidle' });
      const mixed = caseFolder('valid', 'mixed');
      cpSync(MIXED, mixed, { recursive: true });
      rmSync(join(mixed, 'README.md'));
      const violations: unknown[] = [];
      for (const folder of [mixed, caseFolder('valid')]) {
        await check(page, filesOf(folder));
        await page.addScriptTag({ content: AXE });
        violations.push(
          ...(await page.evaluate(async () => {
            const axe = (
              window as unknown as {
                axe: {
                  run(
                    o: object,
                  ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
                };
              }
            ).axe;
            const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
            const result = await axe.run({ runOnly: { type: 'tag', values: tags } });
            return result.violations.map((v) => ({
              id: v.id,
              nodes: v.nodes.map((n) => n.target),
            }));
          })),
        );
      }
      await scheme.close();
      expect(violations).toEqual([]);
    },
  );

  it('without JavaScript, points to the CLI and the how-to page', async () => {
    const noJs = await launchChromium({ javaScriptEnabled: false });
    const page = await noJs.context.newPage();
    await page.goto(`${server.origin}/en/validate/`);
    const message = page.locator('[data-no-js]');
    expect(await message.isVisible()).toBe(true);
    expect(await message.innerText()).toContain('npm run validate -- <folder>');
    expect(await message.locator('a').getAttribute('href')).toBe('/en/use-this/');
    expect(await page.locator('[data-form]').isVisible()).toBe(false);
    await noJs.close();
  });

  describe('with a 1,000,000-row file', () => {
    let big: string;
    beforeAll(async () => {
      big = caseFolder('valid', 'big');
      const out = createWriteStream(join(big, 'participants.csv'), { flags: 'a' });
      const line = (i: number) =>
        `m-${String(i).padStart(7, '0')},hs-2024-ist-01,mentee,15-16,technology,2024-01-22,true,active\n`;
      for (let start = 0; start < 1_000_000; start += 10_000) {
        let chunk = '';
        for (let i = start; i < start + 10_000; i++) chunk += line(i);
        if (!out.write(chunk)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'close');
    });

    it('is checked without the tab crashing, with rows counted on the progress bar', async () => {
      const page = await openValidator('/en/validate/');
      let crashed = false;
      page.on('crash', () => {
        crashed = true;
      });
      const started = Date.now();
      const done = check(page, filesOf(big));
      // Progress shows thousands of rows read while the worker runs (and stays once it is done).
      await page
        .locator('[data-progress-text]', { hasText: /Rows read: \d{1,3}(,\d{3})+/ })
        .waitFor({ state: 'attached' });
      expect(
        await page.locator('progress').evaluate((p: HTMLProgressElement) => p.value),
      ).toBeGreaterThan(0);
      await done;
      const seconds = (Date.now() - started) / 1000;
      const megabytes = statSync(join(big, 'participants.csv')).size / 1e6;
      console.log(
        `validator page: 1,000,000-row participants.csv (${megabytes.toFixed(0)} MB) checked in ${seconds.toFixed(1)} s`,
      );
      expect(crashed).toBe(false);
      expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('ok');
      const row = page.locator('table[data-files] tr', { hasText: 'participants.csv' });
      expect(await row.innerText()).toContain('1,000,007');
      await page.close();
    }, 120_000);

    it('cancel stops the check, and a new check runs afterwards', async () => {
      const page = await openValidator('/en/validate/');
      await page.setInputFiles('[data-files]', filesOf(big));
      await page
        .locator('[data-progress-text]', { hasText: /Rows read: \d{1,3}(,\d{3})+/ })
        .waitFor();
      await page.locator('[data-cancel]').click();
      expect(await page.locator('[data-status]').innerText()).toContain('cancelled');
      expect(await page.locator('[data-running]').isVisible()).toBe(false);
      expect(await page.locator('[data-report]').isVisible()).toBe(false);
      await check(page, filesOf(caseFolder('valid')));
      expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('ok');
      await page.close();
    });
  });
});
