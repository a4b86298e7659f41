import type { z } from 'zod';
import { bool, codes, id, int, text } from './columns.ts';
import { defineTable } from './table.ts';

export const surveyItems = defineTable({
  name: 'survey_items',
  presence: { kind: 'when-referenced', by: { table: 'survey_responses', column: 'item_id' } },
  description: { en: 'A questionnaire item.', tr: 'Bir anket maddesi.' },
  primaryKey: ['item_id'],
  foreignKeys: [{ column: 'programme_id', table: 'programmes' }],
  columns: {
    item_id: id(
      { en: 'Stable identifier of the item.', tr: 'Maddenin değişmeyen kimliği.' },
      { example: 'si-01' },
    ),
    construct: id(
      {
        en: 'What the item measures (e.g. `stem_interest`, `self_confidence`).',
        tr: 'Maddenin ölçtüğü boyut (ör. `stem_interest`, `self_confidence`).',
      },
      { example: 'stem_interest' },
    ),
    scale_min: int({ en: 'Lowest answer.', tr: 'En düşük yanıt.' }, {}, '1'),
    scale_max: int(
      { en: 'Highest answer (above the lowest).', tr: 'En yüksek yanıt (en düşükten büyük).' },
      {},
      '5',
    ),
    reverse_coded: bool(
      {
        en: 'A higher answer means less of the construct.',
        tr: 'Yüksek yanıt boyutun azlığını gösterir (ters puanlanır).',
      },
      'false',
    ),
    text_en: text(
      { en: 'Item wording in English.', tr: 'Maddenin İngilizce metni.' },
      { example: 'I enjoy science and technology.' },
    ),
    text_tr: text(
      { en: 'Item wording in Turkish.', tr: 'Maddenin Türkçe metni.' },
      { example: 'Bilim ve teknolojiden keyif alırım.' },
    ),
    // An addition to the contract (December 2026): programmes ask different items for the same
    // construct, and the half-of-the-items rule must count only the items a respondent was asked.
    // Last, so that exports written before it keep their column order.
    programme_id: codes(
      {
        en: 'Programmes whose questionnaire asks the item, separated by `;` (see programmes.csv). Blank: every programme.',
        tr: 'Maddeyi anketinde soran programlar, `;` ile ayrılmış (programmes.csv). Boş: tüm programlar.',
      },
      'mwm-high-school',
    ),
  },
});

export type SurveyItem = z.output<typeof surveyItems.schema>;
