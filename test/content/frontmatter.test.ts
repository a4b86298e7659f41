import { describe, expect, it } from 'vitest';
import { FrontmatterError, splitFrontmatter } from '../../src/content/frontmatter.ts';

describe('splitFrontmatter', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['reads double-quoted strings', '---\ntitle: "Screening"\n---\n', { title: 'Screening' }],
    [
      'keeps Turkish characters and escaped quotes',
      '---\ntitle: "Ön eleme \\"adli sicil\\""\n---\n',
      { title: 'Ön eleme "adli sicil"' },
    ],
    [
      'reads numbers and booleans',
      '---\nchapter: 3\norder: 2.5\ndraft: false\n---\n',
      { chapter: 3, order: 2.5, draft: false },
    ],
    [
      'reads bracketed lists, empty or not',
      '---\na: []\nb: ["x", "y, z"]\n---\n',
      { a: [], b: ['x', 'y, z'] },
    ],
    ['skips blank and comment lines', '---\n\n# note\nk: 1\n---\n', { k: 1 }],
  ];
  it.each(cases)('%s', (_title, text, expected) => {
    expect(splitFrontmatter(text).data).toEqual(expected);
  });

  it('returns the body after the closing fence and the line it starts on', () => {
    const doc = splitFrontmatter('---\nk: 1\n---\n## Heading\ntext');
    expect(doc.body).toBe('## Heading\ntext');
    expect(doc.bodyLine).toBe(4);
  });

  const errors: [string, string, number][] = [
    ['rejects a file without frontmatter', '## Heading', 1],
    ['rejects an unclosed block', '---\nk: 1\n', 3],
    [
      'rejects unquoted strings (outside the documented subset)',
      '---\nk: 1\ntitle: Screening\n---\n',
      3,
    ],
    ['rejects duplicate keys', '---\nk: 1\nk: 2\n---\n', 3],
    ['rejects an unterminated string in a list', '---\nk: ["a]\n---\n', 2],
  ];
  it.each(errors)('%s, naming the line', (_title, text, line) => {
    expect(() => splitFrontmatter(text)).toThrow(FrontmatterError);
    try {
      splitFrontmatter(text);
    } catch (e) {
      expect((e as FrontmatterError).line).toBe(line);
    }
  });
});
