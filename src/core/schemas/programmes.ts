import type { z } from 'zod';
import { codes, enumOf, id, optionalDate, optionalInt, text } from './columns.ts';
import { AGE_BANDS } from './participants.ts';
import { defineTable } from './table.ts';

export const PROGRAMME_FORMATS = ['group', 'one_to_one'] as const;

export const programmes = defineTable({
  name: 'programmes',
  presence: { kind: 'required' },
  description: { en: 'One row per programme.', tr: 'Her satır bir program.' },
  primaryKey: ['programme_id'],
  foreignKeys: [],
  columns: {
    programme_id: id(
      { en: 'Stable identifier of the programme.', tr: 'Programın değişmeyen kimliği.' },
      { example: 'mwm-high-school' },
    ),
    name_en: text(
      { en: 'Name in English.', tr: 'İngilizce adı.' },
      { example: 'High School Programme' },
    ),
    name_tr: text({ en: 'Name in Turkish.', tr: 'Türkçe adı.' }, { example: 'Lise Programı' }),
    organisation: text(
      { en: 'Organisation that runs it.', tr: 'Programı yürüten kuruluş.' },
      { example: 'Türkiye Bilişim Derneği' },
    ),
    format: enumOf(PROGRAMME_FORMATS, {
      en: '`group` (a mentor with a group of students) or `one_to_one` (pairs).',
      tr: '`group` (bir mentor ve bir öğrenci grubu) ya da `one_to_one` (birebir eşleşmeler).',
    }),
    eligible_mentee_age_bands: codes(
      {
        en: 'Age bands a mentee may be in, separated by `;`. Blank: any.',
        tr: 'Mentilerin yaş aralıkları, `;` ile ayrılmış. Boş: sınır yok.',
      },
      '15-16;17-18',
      AGE_BANDS,
    ),
    target_relationships: optionalInt(
      { en: 'Goal: number of mentoring relationships.', tr: 'Hedef: mentorluk ilişkisi sayısı.' },
      { min: 1 },
      '1000000',
    ),
    target_date: optionalDate(
      { en: 'Date by which the goal should be met.', tr: 'Hedefe ulaşılması gereken tarih.' },
      '2033-12-31',
    ),
  },
});

export type Programme = z.output<typeof programmes.schema>;
