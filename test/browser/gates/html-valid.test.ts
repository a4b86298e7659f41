import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { sitePages } from '../../../src/pipeline/site-pages.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's Shiki code highlighting writes its theme colours as inline styles on <pre>.
    'no-inline-style': 'off',
    // Astro's heading slugs may start with a digit ("1. Contact…" → id="1-contact…"), which HTML5
    // allows; `relaxed` checks the HTML5 rules (non-empty, no whitespace) instead of HTML4's.
    'valid-id': ['error', { relaxed: true }],
    // Search-engine advice, not validity: titles carry the site name, the root page both languages.
    'long-title': 'off',
  },
});

describe('valid HTML: every built page passes html-validate (recommended)', () => {
  const pages = sitePages(inject('siteDir'));

  it('the built site has pages to validate', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages.map((p) => [p.path, p.file]))('%s has no errors', async (path, file) => {
    const report = await validator.validateString(readFileSync(file, 'utf8'), path);
    const problems = report.results.flatMap((r) =>
      r.messages.map(
        (m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
