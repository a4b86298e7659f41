import { describe, expect, it } from 'vitest';
import { internalLinks } from '../../src/content/links.ts';

describe('internalLinks', () => {
  const cases: [string, string, string[]][] = [
    [
      'finds Markdown links to site paths',
      'See [the code](/en/artefacts/code-of-conduct/).',
      ['/en/artefacts/code-of-conduct/'],
    ],
    [
      'finds href props of components',
      '<TemplateCard href="/tr/materyaller/izleme/" title="x" />',
      ['/tr/materyaller/izleme/'],
    ],
    ['drops the fragment', '[x](/en/guides/a/#steps)', ['/en/guides/a/']],
    [
      'ignores external, protocol-relative and anchor links',
      '[a](https://x.org/) [b](//x.org/) [c](#sources) href="#s"',
      [],
    ],
  ];
  it.each(cases)('%s', (_title, body, expected) => {
    expect(internalLinks(body).map((l) => l.href)).toEqual(expected);
  });

  it('reports the line of each link', () => {
    expect(internalLinks('a\n[x](/en/guides/a/)').map((l) => l.line)).toEqual([2]);
  });
});
