import type { z } from 'zod';
import { bool, date, enumOf, id, optionalText, text } from './columns.ts';
import { defineTable } from './table.ts';

export const SCHOOL_TYPES = [
  'anatolian_high_school',
  'science_high_school',
  'vocational_technical_anatolian_high_school',
  'social_sciences_high_school',
  'private_high_school',
  'other',
] as const;

export const schools = defineTable({
  name: 'schools',
  presence: { kind: 'when-referenced', by: { table: 'cohorts', column: 'school_id' } },
  description: {
    en: 'One row per school (public information, not personal data).',
    tr: 'Her satır bir okul (kamuya açık bilgi, kişisel veri değildir).',
  },
  primaryKey: ['school_id'],
  foreignKeys: [],
  columns: {
    school_id: id(
      { en: 'Stable identifier of the school.', tr: 'Okulun değişmeyen kimliği.' },
      { example: 'ist-0001' },
    ),
    name_tr: text(
      { en: 'Official name in Turkish.', tr: 'Okulun resmî Türkçe adı.' },
      { example: 'Örnek Anadolu Lisesi' },
    ),
    name_en: optionalText({
      en: 'Name in English (blank: the Turkish name is used).',
      tr: 'İngilizce adı (boşsa Türkçe adı kullanılır).',
    }),
    province: text({ en: 'Province (il).', tr: 'İl.' }, { example: 'İstanbul' }),
    district: optionalText({ en: 'District (ilçe).', tr: 'İlçe.' }),
    school_type: enumOf(SCHOOL_TYPES, {
      en: 'Type of high school.',
      tr: 'Lise türü.',
    }),
    is_pilot: bool({ en: 'A pilot school of the programme.', tr: 'Programın pilot okulu mu?' }),
    joined_on: date({ en: 'Date the school joined.', tr: 'Okulun programa katıldığı tarih.' }),
  },
});

export type School = z.output<typeof schools.schema>;
