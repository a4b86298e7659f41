import { describe, expect, it } from 'vitest';
import {
  escapeUrlPath,
  parseBasePath,
  parseSiteUrl,
  withBase,
} from '../../../src/core/url/base-path.ts';

describe('parseBasePath', () => {
  it.each([
    ['/', '/'],
    ['/portal/', '/portal/'],
    ['/portal', '/portal/'],
    ['/org/portal-2_v.1~x/', '/org/portal-2_v.1~x/'],
  ])('accepts %s as %s', (input, expected) => {
    expect(parseBasePath(input)).toBe(expected);
  });

  it.each([
    ['a quote', '/a"onload="alert(1)/'],
    ['an apostrophe', "/a'b/"],
    ['angle brackets', '/a<script>/'],
    ['another host', '//other.host/'],
    ['an empty segment', '/a//b/'],
    ['a space', '/a b/'],
    ['a parent folder', '/../'],
    ['a dot segment', '/a/./b/'],
    ['a back-slash', '/a\\b/'],
    ['a query', '/a?x=1/'],
    ['a fragment', '/a#x/'],
    ['percent-encoding', '/a%22/'],
    ['no leading slash', 'portal/'],
    ['a scheme', 'https://other.host/'],
    ['an empty value', ''],
    ['non-ASCII letters', '/görünüm/'],
  ])('refuses %s', (_what, input) => {
    expect(parseBasePath(input)).toBeUndefined();
  });
});

describe('parseSiteUrl', () => {
  it.each([
    ['https://example.org', 'https://example.org/'],
    ['http://localhost:4321/', 'http://localhost:4321/'],
    ['https://example.org/portal/', 'https://example.org/portal/'],
  ])('accepts %s', (input, expected) => {
    expect(parseSiteUrl(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'ftp://example.org',
    'example.org',
    '//example.org',
    'https://',
    'https://exa mple.org',
    'https://example.org/"onload="x',
    'https://user:pw@example.org',
    'https://example.org/?q=1',
    'https://example.org/#top',
  ])('refuses %s', (input) => {
    expect(parseSiteUrl(input)).toBeUndefined();
  });
});

describe('withBase escapes what it joins', () => {
  it('percent-encodes quotes, angle brackets and spaces, keeps Turkish letters', () => {
    expect(withBase('/p/', '/a"b <c>/')).toBe('/p/a%22b%20%3Cc%3E/');
    expect(escapeUrlPath("/x'y`z\\/")).toBe('/x%27y%60z%5C/');
    expect(withBase('/', '/tr/okullar/darüşşafaka/')).toBe('/tr/okullar/darüşşafaka/');
  });
});
