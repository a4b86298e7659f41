import { describe, expect, it } from 'vitest';
import { clientStrings } from '../../../src/components/validator/strings.ts';
import { makeText } from '../../../src/components/validator/text.ts';

describe('makeText(clientStrings(lang))', () => {
  it.each([
    { lang: 'en', n: '1,234.5', progress: 'Rows read: 1,000,000 · matches.csv' },
    { lang: 'tr', n: '1.234,5', progress: 'Okunan satır: 1.000.000 · matches.csv' },
  ] as const)('$lang: numbers and filled strings in the language', ({ lang, n, progress }) => {
    const x = makeText(clientStrings(lang));
    expect(x.n(1234.5)).toBe(n);
    expect(x.t('validator.progress', { rows: x.n(1_000_000), file: 'matches.csv' })).toBe(progress);
  });

  it.each([
    { cell: 1234, en: '1,234', tr: '1.234' },
    { cell: { below: 10 }, en: '<10', tr: '<10' },
    { cell: null, en: '–', tr: '–' },
  ])('shows the published count $cell as $en / $tr', ({ cell, en, tr }) => {
    expect(makeText(clientStrings('en')).count(cell)).toBe(en);
    expect(makeText(clientStrings('tr')).count(cell)).toBe(tr);
  });

  it('the Turkish strings are the Turkish dictionary’s', () => {
    const { text } = clientStrings('tr');
    expect(text['validator.encoding.windows-1254']).toBe('Windows-1254 (Türkçe Excel)');
    expect(text['funnel.registered']).not.toBe(clientStrings('en').text['funnel.registered']);
    expect(Object.keys(text)).toEqual(Object.keys(clientStrings('en').text));
    expect(Object.keys(text).length).toBeGreaterThan(0);
    for (const value of Object.values(text)) expect(value.trim()).not.toBe('');
  });
});
