import { describe, expect, it } from 'vitest';
import { headingsOf, outline } from '../../src/content/headings.ts';

describe('headingsOf', () => {
  const cases: [string, string, [number, string][]][] = [
    [
      'finds ## and ### headings in order',
      '## A\ntext\n### B\n## C',
      [
        [2, 'A'],
        [3, 'B'],
        [2, 'C'],
      ],
    ],
    [
      'ignores # inside fenced code',
      '## A\n```\n## not a heading\n```\n### B',
      [
        [2, 'A'],
        [3, 'B'],
      ],
    ],
    ['ignores # without a following space (e.g. #hashtags)', '#tag\n## Real', [[2, 'Real']]],
    ['drops closing hashes', '## Title ##', [[2, 'Title']]],
    ['reads Turkish text as written', '## Adımlar ve süreler', [[2, 'Adımlar ve süreler']]],
  ];
  it.each(cases)('%s', (_title, body, expected) => {
    expect(headingsOf(body).map((h) => [h.level, h.text])).toEqual(expected);
  });

  it('gives 1-based body lines', () => {
    expect(headingsOf('text\n\n## A').map((h) => h.line)).toEqual([3]);
  });
});

describe('outline', () => {
  it('lists the levels, so two translations with the same structure compare equal', () => {
    expect(outline(headingsOf('## Steps\n### One\n## Pitfalls'))).toBe(
      outline(headingsOf('## Adımlar\n### Bir\n## Sık yapılan hatalar')),
    );
    expect(outline(headingsOf('## A\n### B'))).not.toBe(outline(headingsOf('## A\n## B')));
  });
});
