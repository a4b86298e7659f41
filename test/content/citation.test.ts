/** Sources are cited in the reader's language; what stays English is marked as English. */
import { describe, expect, it } from 'vitest';
import { citationOf } from '../../src/content/citation.ts';
import { sourceSchema, type SourceEntry } from '../../src/content/schemas.ts';
import { readSource, sourceIds } from './read-content.ts';

const sources = new Map<string, SourceEntry>(
  sourceIds().map((id) => [id, sourceSchema.parse(readSource(id))]),
);
const ids = [...sources.keys()];
const tr = (id: string) => citationOf('tr', sources.get(id) as SourceEntry);

describe('Turkish citations', () => {
  it('there are sources (guards the loops below)', () => {
    expect(ids.length).toBeGreaterThanOrEqual(8);
  });

  it('use the official Turkish titles and publishers', () => {
    expect(tr('kvkk-law-6698').title).toEqual({
      text: '6698 sayılı Kişisel Verilerin Korunması Kanunu',
    });
    expect(tr('cedaw').title.text).toMatch(
      /^Kadınlara Karşı Her Türlü Ayrımcılığın Önlenmesi Sözleşmesi/,
    );
    expect(tr('cedaw').publisher).toEqual({ text: 'Birleşmiş Milletler Genel Kurulu' });
    expect(tr('istanbul-convention').title.text).toMatch(
      /^Kadınlara Yönelik Şiddet ve Aile İçi Şiddetin Önlenmesi ve Bunlarla Mücadeleye İlişkin Avrupa Konseyi Sözleşmesi/,
    );
    expect(tr('istanbul-convention').short).toEqual({ text: 'Avrupa Konseyi' });
  });

  it('write "vd." and "baskı", never "et al." or "edition"', () => {
    expect(tr('stem-career-interest-survey').short).toEqual({ text: 'Kier vd.' });
    expect(tr('mentor-elements-of-effective-practice').edition).toBe('4. baskı');
    expect(citationOf('en', sources.get('mentor-elements-of-effective-practice')!).edition).toBe(
      '4th edition',
    );
    const text = ids
      .map((id) => tr(id))
      .map((c) => [c.title.text, c.publisher.text, c.short.text, c.edition].join(' '))
      .join(' ');
    expect(text).not.toMatch(/et al\.|edition|\(Law No\./);
  });

  it.each(ids)('%s: a part without a Turkish form is marked lang="en"', (id) => {
    const source = sources.get(id) as SourceEntry;
    const cite = tr(id);
    expect(cite.title.lang).toBe(source.title_tr ? undefined : 'en');
    expect(cite.publisher.lang).toBe(source.publisher_tr ? undefined : 'en');
    expect(cite.note).toBe(source.note_tr);
  });

  it('says when the document is in the other language', () => {
    expect(tr('cepis-million-women-mentors').documentLang).toBe('en');
    expect(tr('kvkk-law-6698').documentLang).toBeUndefined();
    expect(citationOf('en', sources.get('kvkk-law-6698')!).documentLang).toBe('tr');
  });
});
