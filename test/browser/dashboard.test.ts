import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { pathOf, type Lang } from '../../src/i18n/routes.ts';

let server: StaticServer;
let browser: { context: BrowserContext; close(): Promise<void> };
const siteDir = inject('siteDir');

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const programmes = ['mwm-high-school', 'ses-women-in-business'];
const dashboard = (lang: Lang, id: string) => pathOf(lang, { key: 'impact', params: [id] });

/** Which CSV column each numeric table column shows, per chart (by its id prefix). */
const COLUMNS: Record<string, { csv: string; table: number; percent?: boolean }[]> = {
  months: [
    { csv: 'new', table: 1 },
    { csv: 'cumulative', table: 2 },
  ],
  funnel: [{ csv: 'mentees', table: 1 }],
  meetings: [
    { csv: 'meetings', table: 0 },
    { csv: 'pairs', table: 1 },
  ],
  retention: [
    { csv: 'session_number', table: 0 },
    { csv: 'enrolled', table: 1 },
    { csv: 'attended', table: 2 },
    { csv: 'rate', table: 3, percent: true },
  ],
  outcomes: [
    { csv: 'n_pre', table: 1 },
    { csv: 'n_post', table: 2 },
    { csv: 'n', table: 3 },
    { csv: 'mean_pre', table: 4 },
    { csv: 'mean_post', table: 5 },
    { csv: 'mean_change', table: 6 },
  ],
  themes: [{ csv: 'groups', table: 2 }],
  provinces: [
    { csv: 'schools', table: 1 },
    { csv: 'mentees', table: 2 },
    { csv: 'relationships', table: 3 },
  ],
  years: [
    { csv: 'year', table: 0 },
    { csv: 'cohorts', table: 1 },
    { csv: 'mentees', table: 2 },
    { csv: 'relationships', table: 3 },
    { csv: 'sessions', table: 4 },
    { csv: 'completion_rate', table: 6, percent: true },
  ],
};

/** The value a formatted table cell stands for, as the CSV writes it (`<10`, blank, or a number). */
function parseDisplayed(lang: Lang, text: string, percent = false): string | number {
  const cell = text.trim();
  if (cell === '–') return '';
  if (cell.startsWith('<')) return cell;
  const plain = cell.replace(/\u2212/g, '-').replace(/[+%\s]/g, '');
  const number = Number(
    lang === 'tr' ? plain.replace(/\./g, '').replace(',', '.') : plain.replace(/,/g, ''),
  );
  return percent ? number / 100 : number;
}

function csvValue(value: string): string | number {
  return value === '' || value.startsWith('<') ? value : Number(value);
}

async function tablesOf(page: Page) {
  return page.locator('figure.chart-figure').evaluateAll((figures) =>
    figures.map((figure) => ({
      id: (figure.getAttribute('aria-labelledby') ?? '').replace(/-heading$/, ''),
      hasSvg: Boolean(figure.querySelector('svg[role="img"]')),
      download: figure.querySelector('a[download]')?.getAttribute('href') ?? null,
      rows: Array.from(figure.querySelectorAll('details table tbody tr')).map((tr) =>
        Array.from(tr.children).map((cell) => cell.textContent ?? ''),
      ),
    })),
  );
}

describe('programme dashboards', () => {
  for (const lang of ['en', 'tr'] as const) {
    for (const id of programmes) {
      it(`${dashboard(lang, id)}: every chart has its SVG, its table and a CSV download whose values the table shows`, async () => {
        const page = await browser.context.newPage();
        const response = await page.goto(`${server.origin}${dashboard(lang, id)}`);
        expect(response?.status()).toBe(200);
        const figures = await tablesOf(page);
        expect(figures.length).toBeGreaterThanOrEqual(4);
        // Figures of a kind in COLUMNS are compared with their CSV; at least one must be.
        let compared = 0;
        for (const figure of figures) {
          expect(figure.hasSvg, figure.id).toBe(true);
          expect(figure.download, figure.id).toMatch(/\/downloads\/.+\.csv$/);
          expect(figure.rows.length, figure.id).toBeGreaterThan(0);
          const kind = Object.keys(COLUMNS).find((prefix) => figure.id.startsWith(`${prefix}-`));
          if (!kind) continue;
          const csv = Papa.parse<Record<string, string>>(
            readFileSync(join(siteDir, (figure.download as string).replace(/^\//, '')), 'utf8'),
            { header: true, skipEmptyLines: true },
          ).data;
          expect(csv.length, figure.id).toBe(figure.rows.length);
          compared += 1;
          for (const [i, row] of figure.rows.entries()) {
            for (const column of COLUMNS[kind] ?? []) {
              const shown = parseDisplayed(lang, row[column.table] ?? '', column.percent);
              const published = csvValue(csv[i]?.[column.csv] ?? '');
              if (typeof shown === 'number' && typeof published === 'number') {
                // Rates are shown as whole percentages, statistics with 2 decimals.
                expect(
                  Math.abs(shown - published),
                  `${figure.id} row ${i} ${column.csv}`,
                ).toBeLessThanOrEqual(column.percent ? 0.005 : 0.005);
              } else {
                expect(shown, `${figure.id} row ${i} ${column.csv}`).toEqual(published);
              }
            }
          }
        }
        expect(compared).toBeGreaterThan(0);
        await page.close();
      });
    }
  }

  it('Turkish pages use Turkish number formats, English pages English ones', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${dashboard('tr', 'mwm-high-school')}`);
    const tr = await page.locator('main').innerText();
    expect(tr).toMatch(/%\d/); // %45
    expect(tr).not.toMatch(/\d%/);
    expect(tr).toMatch(/\d\.\d{3}\b/); // 1.000.000
    expect(tr).toMatch(/\d,\d/); // 0,35
    await page.goto(`${server.origin}${dashboard('en', 'mwm-high-school')}`);
    const en = await page.locator('main').innerText();
    expect(en).toMatch(/\d%/);
    expect(en).toMatch(/\d,\d{3}\b/);
    await page.close();
  });

  it('a suppressed cell shows <k and its number appears nowhere in the table or the CSV', async () => {
    const page = await browser.context.newPage();
    let found = 0;
    for (const id of programmes) {
      await page.goto(`${server.origin}${dashboard('en', id)}`);
      for (const figure of await tablesOf(page)) {
        const csvText = readFileSync(
          join(siteDir, (figure.download as string).replace(/^\//, '')),
          'utf8',
        );
        for (const row of figure.rows) {
          for (const cell of row) {
            if (/^<\d+$/.test(cell.trim())) {
              found += 1;
              expect(csvText).toContain(cell.trim());
            }
          }
        }
      }
    }
    // The sample data is built so that some cells fall under k.
    expect(found).toBeGreaterThan(0);
    await page.close();
  });
});

describe('school index', () => {
  it('keeps its filter rules in the head: no <style> inside <body> (valid HTML)', () => {
    for (const path of ['en/schools/index.html', 'tr/okullar/index.html']) {
      const html = readFileSync(join(siteDir, path), 'utf8');
      const head = html.slice(0, html.indexOf('<body'));
      expect(head, path).toContain('#school-province option[value=');
      expect(html.slice(html.indexOf('<body')), path).not.toMatch(/<style\b/);
    }
  });

  for (const javaScriptEnabled of [false, true]) {
    it(`filters by province ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const chromium = await launchChromium({ javaScriptEnabled });
      const page = await chromium.context.newPage();
      await page.goto(`${server.origin}/tr/okullar/`);
      const rows = page.locator('.school-index tbody tr');
      const total = await rows.count();
      expect(total).toBeGreaterThan(1);
      const province = await page.locator('#school-province option').nth(1).getAttribute('value');
      await page.selectOption('#school-province', province as string);
      const visible = await rows.evaluateAll(
        (trs, wanted) =>
          trs
            .filter((tr) => (tr as HTMLElement).offsetParent !== null)
            .map((tr) => tr.getAttribute('data-province') === wanted),
        province,
      );
      expect(visible.length).toBeGreaterThan(0);
      expect(visible.length).toBeLessThan(total);
      expect(visible.every(Boolean)).toBe(true);
      if (javaScriptEnabled) {
        await expect
          .poll(() => page.locator('[data-count]').innerText())
          .toContain(`${visible.length} okul gösteriliyor`);
      }
      await chromium.close();
    });
  }
});
