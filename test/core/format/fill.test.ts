import { describe, expect, it } from 'vitest';
import { fill } from '../../../src/core/format/fill.ts';
import { en } from '../../../src/i18n/en.ts';
import { tr } from '../../../src/i18n/tr.ts';

describe('fill', () => {
  it('fills the school count in both languages, whatever the placeholders’ order', () => {
    const values = { shown: '1.234', total: '2.000' };
    expect(fill(en['schools.showing'], values)).toBe('1.234 of 2.000 schools shown');
    expect(fill(tr['schools.showing'], values)).toBe('2.000 okuldan 1.234 okul gösteriliyor');
  });

  it('leaves a placeholder without a value in place, and inserts `$` patterns literally', () => {
    expect(fill('{shown} / {total}', { shown: 3 })).toBe('3 / {total}');
    expect(fill('“{q}”', { q: "$& $' $1" })).toBe("“$& $' $1”");
  });
});
