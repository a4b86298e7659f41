import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../../src/pipeline/static-server.ts';
import { session, type Session } from './browser.ts';
import { onePerType, sitePages } from '../../../src/pipeline/site-pages.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

let server: StaticServer;
const browsers: Partial<Record<(typeof SCHEMES)[number], Session>> = {};

beforeAll(async () => {
  server = await serveStatic(inject('siteDir'));
  for (const colorScheme of SCHEMES)
    browsers[colorScheme] = await session(server.origin, { colorScheme });
});
afterAll(async () => {
  for (const browser of Object.values(browsers)) await browser?.close();
  await server?.close();
});

describe('accessibility: axe-core finds no WCAG 2.2 AA violation', () => {
  const sample = onePerType(sitePages(inject('siteDir')));
  const cases = sample.flatMap((page) => SCHEMES.map((scheme) => ({ ...page, scheme })));

  it.each(cases)('$path ($type, $scheme)', async ({ path, scheme }) => {
    const { page } = await (browsers[scheme] as Session).open(path);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (tags) => {
      const axe = (
        window as unknown as { axe: { run(o: object): Promise<{ violations: AxeViolation[] }> } }
      ).axe;
      const result = await axe.run({ runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => n.target),
      }));
    }, TAGS);
    await page.close();
    expect(violations).toEqual([]);
  });
});
