import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchRecordOf } from '../../../src/core/search/search-record.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

describe('searchRecordOf', () => {
  const record = searchRecordOf(fixture('content-page.tr.html'));

  it('takes the language from <html lang>', () => {
    expect(record?.language).toBe('tr');
  });

  it('keeps the title (the h1) and description as written, for showing in results', () => {
    expect(record?.meta).toEqual({
      title: 'Iğdır Fen Lisesi',
      description: 'Iğdır\'daki okulun "MWM" sonuçları',
    });
  });

  it.each([
    ['the h1, folded', 'igdir fen lisesi'],
    [
      'prose, folded with Turkish rules and entities decoded',
      "ogrenciler ilik bir sabah istanbul'a gitti; isik & golge.",
    ],
    ['the last paragraph', 'son paragraf.'],
  ])('indexes %s', (_, text) => {
    expect(record?.content).toContain(text);
  });

  it.each([
    ['header and navigation chrome', 'programlar'],
    ['the footer', 'altbilgi'],
    ['the skip link', 'icerige'],
    ['chart SVG text', '12345'],
    ['script source', 'katilimci'],
    ['data-pagefind-ignore parts, nested ones included', 'yok sayilan'],
    ['text after a nested ignored element', 'ic ice'],
  ])('leaves out %s', (_, text) => {
    expect(record?.content).not.toContain(text);
  });

  it('holds no original Turkish capitals or marks: the whole text is folded', () => {
    expect(record?.content).not.toMatch(/[A-ZİIıŞĞÇÖÜşğçöü]/u);
  });

  it('returns undefined for a page without data-pagefind-body (a listing)', () => {
    expect(searchRecordOf(fixture('listing-page.en.html'))).toBeUndefined();
  });
});
