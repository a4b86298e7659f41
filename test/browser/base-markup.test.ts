import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { sitePages } from '../../src/pipeline/site-pages.ts';
import { refsOf } from './gates/html-refs.ts';

/**
 * The deployment base reaches markup that Astro writes itself (`<script src>`, stylesheet links),
 * where nothing escapes it; scripts/build.ts refuses an unsafe `--base` (test/cli/build.test.ts).
 * This reads the site built under a sub-path: every tag of every page, the validator's included,
 * has no event-handler attribute, and everything a page fetches comes from under the base.
 */
describe('the base reaches markup as a plain path', () => {
  const base = inject('subPath');
  const pages = sitePages(inject('baseSiteDir'));

  it('no page has an event-handler attribute, and every fetched URL is under the base', () => {
    expect(pages.length).toBeGreaterThan(50);
    const validator = pages.filter((page) => page.type === 'validate');
    expect(validator.length).toBe(2);
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      const tags = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/gi, '$1');
      for (const [attribute] of tags.matchAll(/<[a-z][^>]*\son[a-z]+=/gi)) {
        problems.push(`${page.path}: ${attribute}`);
      }
      const fetched = refsOf(html).filter((ref) => ref.fetched && !ref.url.startsWith('data:'));
      for (const ref of fetched) {
        if (!ref.url.startsWith(base)) problems.push(`${page.path}: <${ref.tag}> ${ref.url}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
