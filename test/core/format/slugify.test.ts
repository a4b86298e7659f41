import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/core/format/slugify.ts';

describe('slugify(s)', () => {
  it.each([
    ['Darüşşafaka', 'darussafaka'],
    ['İstanbul', 'istanbul'],
    ['Iğdır', 'igdir'],
    ['IĞDIR', 'igdir'],
    ['ŞANLIURFA', 'sanliurfa'],
    ['Çanakkale Onsekiz Mart', 'canakkale-onsekiz-mart'],
    ['Gümüşhane (Merkez)', 'gumushane-merkez'],
    ["Atatürk'ün Okulu", 'ataturkun-okulu'],
    ['Kız Teknik ve Meslek Lisesi — 2', 'kiz-teknik-ve-meslek-lisesi-2'],
    ['  Ödemiş  ', 'odemis'],
    // Already-decomposed input (NFD) gives the same slug as composed input.
    ['Mug\u0306la', 'mugla'],
  ])('%j → %j', (s, expected) => {
    expect(slugify(s)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const s of ['Darüşşafaka Lisesi', 'IĞDIR', 'a--b']) {
      expect(slugify(slugify(s))).toBe(slugify(s));
    }
  });
});
