import { describe, expect, it } from 'vitest';
import { parseXml, texts } from './xml.ts';

describe('parseXml (the tests’ well-formedness check)', () => {
  it.each([
    ['an unclosed element', '<svg><g></svg>'],
    ['a stray closing tag', '<svg></g></svg>'],
    ['an unquoted attribute', '<svg width=10></svg>'],
    ['a duplicate attribute', '<svg a="1" a="2"></svg>'],
    ['a raw ampersand', '<svg><text>a & b</text></svg>'],
    ['a raw less-than', '<svg><text><10</text></svg>'],
    ['two roots', '<svg></svg><svg></svg>'],
  ])('rejects %s', (_name, source) => {
    expect(() => parseXml(source)).toThrow();
  });

  it('decodes entities in text', () => {
    expect(texts(parseXml('<svg><text>&lt;10 &amp; %45</text></svg>'))).toEqual(['<10 & %45']);
  });
});
