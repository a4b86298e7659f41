import type { Bilingual } from '../../../src/core/format/lang.ts';
import type { SCHOOL_TYPES } from '../../../src/core/schemas/index.ts';

type SchoolType = (typeof SCHOOL_TYPES)[number];

/**
 * Invented name stems for synthetic schools. Deliberately not the names of the real pilot
 * schools (or of Atatürk, Darüşşafaka or Midyat), so invented figures never sit beside a real
 * school's name.
 */
export const NAME_STEMS: readonly string[] = [
  'Akçaağaç',
  'Altınbaşak',
  'Ayçiçeği',
  'Badem Çiçeği',
  'Beyaz Martı',
  'Bilgeçınar',
  'Çamlıtepe',
  'Çınaraltı',
  'Defne',
  'Deniz Feneri',
  'Ege Işığı',
  'Erguvan',
  'Gökkuşağı',
  'Gümüşsu',
  'Ihlamur Vadisi',
  'Işıklı Yol',
  'İncirli Bahçe',
  'Kardelen',
  'Kırlangıç',
  'Lale Bahçesi',
  'Mavi Yunus',
  'Nergis',
  'Ormanaltı',
  'Papatya',
  'Pusula',
  'Sedir',
  'Sümbül',
  'Şelale',
  'Tomurcuk',
  'Turnalar',
  'Umut Tepesi',
  'Üzüm Bağı',
  'Yakamoz',
  'Yedi Göl',
  'Yıldızlı Gök',
  'Zeytindalı',
];

const SUFFIX: Record<SchoolType, Bilingual> = {
  anatolian_high_school: { tr: 'Anadolu Lisesi', en: 'Anatolian High School' },
  science_high_school: { tr: 'Fen Lisesi', en: 'Science High School' },
  vocational_technical_anatolian_high_school: {
    tr: 'Mesleki ve Teknik Anadolu Lisesi',
    en: 'Vocational and Technical Anatolian High School',
  },
  social_sciences_high_school: { tr: 'Sosyal Bilimler Lisesi', en: 'Social Sciences High School' },
  private_high_school: { tr: 'Özel Lisesi', en: 'Private High School' },
  other: { tr: 'Çok Programlı Anadolu Lisesi', en: 'Multi-Programme Anatolian High School' },
};

/**
 * The `k`-th fictional school name of one type in one province, in Turkish and English.
 * Names stay unique within the province: after every stem is used once, a number follows
 * ("Defne Anadolu Lisesi 2"). `offset` varies which stems a province starts with.
 * @example schoolName('science_high_school', 0, 8) // { tr: 'Defne Fen Lisesi', en: 'Defne Science High School' }
 */
export function schoolName(type: SchoolType, k: number, offset: number): Bilingual {
  const stem = NAME_STEMS[(offset + k) % NAME_STEMS.length] as string;
  const n = Math.floor(k / NAME_STEMS.length) + 1;
  const suffix = SUFFIX[type];
  // Private schools put "Özel" first, as Turkish private school names do.
  const tr = type === 'private_high_school' ? `Özel ${stem} Lisesi` : `${stem} ${suffix.tr}`;
  const en = `${stem} ${suffix.en}`;
  return n > 1 ? { tr: `${tr} ${n}`, en: `${en} ${n}` } : { tr, en };
}
