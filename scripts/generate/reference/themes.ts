import type { Bilingual } from '../../../src/core/format/lang.ts';
import type { themes } from '../../../src/core/schemas/index.ts';
import type { RawRow } from './rows.ts';

interface ThemeSpec {
  row: RawRow<typeof themes>;
  /** Share of workshop groups that raise the theme (shapes the ranking). */
  share: number;
  /** A short, harmless paraphrase a group might note beside the theme. */
  note: Bilingual;
}

/** The challenges and recommendations raised at the SES closing workshop. */
export const THEME_SPECS: readonly ThemeSpec[] = [
  {
    row: {
      theme_id: 'pay-gap',
      kind: 'challenge',
      label_en: 'Unequal pay for equal work',
      label_tr: 'Eşit işe eşit olmayan ücret',
    },
    share: 0.95,
    note: {
      en: 'Pay for the same role differs and is rarely discussed.',
      tr: 'Aynı pozisyon için ücretler farklı ve bu konu pek konuşulmuyor.',
    },
  },
  {
    row: {
      theme_id: 'hiring-discrimination',
      kind: 'challenge',
      label_en: 'Gender discrimination in hiring and promotion',
      label_tr: 'İşe alımda ve terfide cinsiyet ayrımcılığı',
    },
    share: 0.9,
    note: {
      en: 'Promotion criteria are not shared openly.',
      tr: 'Terfi ölçütleri açıkça paylaşılmıyor.',
    },
  },
  {
    row: {
      theme_id: 'glass-ceiling',
      kind: 'challenge',
      label_en: 'The glass ceiling',
      label_tr: 'Cam tavan',
    },
    share: 0.85,
    note: {
      en: 'Few women reach senior management.',
      tr: 'Üst yönetime çok az kadın ulaşabiliyor.',
    },
  },
  {
    row: {
      theme_id: 'family-as-obstacle',
      kind: 'challenge',
      label_en: 'Children and marriage treated as career obstacles',
      label_tr: 'Çocuk ve evliliğin kariyere engel sayılması',
    },
    share: 0.8,
    note: {
      en: 'Questions about family plans come up in job interviews.',
      tr: 'İş görüşmelerinde aile planlarıyla ilgili sorular soruluyor.',
    },
  },
  {
    row: {
      theme_id: 'sexist-discourse',
      kind: 'challenge',
      label_en: 'Sexist discourse and bias',
      label_tr: 'Cinsiyetçi söylem ve önyargılar',
    },
    share: 0.75,
    note: {
      en: 'Jokes in meetings undermine women’s views.',
      tr: 'Toplantılarda yapılan şakalar kadınların görüşlerini küçümsüyor.',
    },
  },
  {
    row: {
      theme_id: 'few-role-models',
      kind: 'challenge',
      label_en: 'Too few role models',
      label_tr: 'Rol modellerin azlığı',
    },
    share: 0.7,
    note: {
      en: 'Younger women find few examples to follow in their field.',
      tr: 'Genç kadınlar kendi alanlarında örnek alacakları az kişi buluyor.',
    },
  },
  {
    row: {
      theme_id: 'rights-awareness',
      kind: 'challenge',
      label_en: 'Little awareness of employment rights',
      label_tr: 'Çalışma hakları konusunda farkındalığın düşüklüğü',
    },
    share: 0.65,
    note: {
      en: 'Many do not know where to turn when a right is ignored.',
      tr: 'Birçok kadın bir hakkı yok sayıldığında nereye başvuracağını bilmiyor.',
    },
  },
  {
    row: {
      theme_id: 'harassment-mobbing',
      kind: 'challenge',
      label_en: 'Harassment and mobbing',
      label_tr: 'Taciz ve mobbing',
    },
    share: 0.55,
    note: {
      en: 'Reporting channels are missing or not trusted.',
      tr: 'Bildirim kanalları ya yok ya da bunlara güvenilmiyor.',
    },
  },
  {
    row: {
      theme_id: 'appearance-standards',
      kind: 'challenge',
      label_en: 'Physical appearance standards',
      label_tr: 'Dış görünüşle ilgili dayatılan standartlar',
    },
    share: 0.45,
    note: {
      en: 'Women are judged on looks more than on work.',
      tr: 'Kadınlar işlerinden çok görünüşleriyle değerlendiriliyor.',
    },
  },
  {
    row: {
      theme_id: 'pay-transparency-law',
      kind: 'recommendation',
      label_en: 'Pay transparency, made mandatory by law',
      label_tr: 'Ücret şeffaflığı ve bunun yasayla zorunlu hâle getirilmesi',
    },
    share: 0.85,
    note: {
      en: 'Companies should publish pay ranges for every role.',
      tr: 'Şirketler her pozisyonun ücret aralığını açıklamalı.',
    },
  },
  {
    row: {
      theme_id: 'ngo-ambassadors',
      kind: 'recommendation',
      label_en: 'NGO–company communication, with NGO ambassadors inside companies',
      label_tr: 'STK’lar ile şirketler arasında iletişim; şirket içinde STK elçileri',
    },
    share: 0.7,
    note: {
      en: 'An ambassador inside the company could bring NGO support closer.',
      tr: 'Şirket içindeki bir elçi STK desteğini çalışanlara yaklaştırabilir.',
    },
  },
  {
    row: {
      theme_id: 'gender-equality-education',
      kind: 'recommendation',
      label_en: 'Gender-equality education at every level',
      label_tr: 'Her kademede toplumsal cinsiyet eşitliği eğitimi',
    },
    share: 0.65,
    note: {
      en: 'Equality should be taught from the first years of school.',
      tr: 'Eşitlik okulun ilk yıllarından itibaren öğretilmeli.',
    },
  },
  {
    row: {
      theme_id: 'free-rights-seminars',
      kind: 'recommendation',
      label_en: 'Free seminars on rights with bar associations and NGOs',
      label_tr: 'Barolar ve STK’larla haklar üzerine ücretsiz seminerler',
    },
    share: 0.6,
    note: {
      en: 'Short evening seminars would suit working women.',
      tr: 'Kısa akşam seminerleri çalışan kadınlar için uygun olur.',
    },
  },
  {
    row: {
      theme_id: 'rights-education-early',
      kind: 'recommendation',
      label_en: 'Rights-based and active-citizenship education from primary school',
      label_tr: 'İlkokuldan başlayarak hak temelli ve aktif yurttaşlık eğitimi',
    },
    share: 0.5,
    note: {
      en: 'Children should learn about rights and participation early.',
      tr: 'Çocuklar haklarını ve katılımı erken yaşta öğrenmeli.',
    },
  },
  {
    row: {
      theme_id: 'spread-legal-texts',
      kind: 'recommendation',
      label_en: 'Spreading the articles of CEDAW, the Istanbul Convention and the Constitution',
      label_tr: 'CEDAW, İstanbul Sözleşmesi ve Anayasa maddelerinin yaygınlaştırılması',
    },
    share: 0.4,
    note: {
      en: 'Plain-language summaries of the texts would help.',
      tr: 'Metinlerin sade dille yazılmış özetleri işe yarar.',
    },
  },
  {
    row: {
      theme_id: 'brand-campaigns',
      kind: 'recommendation',
      label_en: 'Awareness campaigns by women-owned brands',
      label_tr: 'Kadınlara ait markaların farkındalık kampanyaları',
    },
    share: 0.35,
    note: {
      en: 'Brands run by women can reach wide audiences.',
      tr: 'Kadınların yönettiği markalar geniş kitlelere ulaşabilir.',
    },
  },
];
