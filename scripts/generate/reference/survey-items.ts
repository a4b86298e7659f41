import type { surveyItems } from '../../../src/core/schemas/index.ts';
import { MWM_HIGH_SCHOOL, SES_WOMEN_IN_BUSINESS } from './programmes.ts';
import type { RawRow } from './rows.ts';

interface ItemSpec {
  row: RawRow<typeof surveyItems>;
  /** Mean and spread of the construct before the programme, on the 1–5 scale. */
  pre: number;
  /** Mean change over the programme (self-reported change within the group). */
  change: number;
}

// Each programme's items carry its programme_id: the SES questionnaire asks one self-confidence
// item and the high-school one two, and a score needs half of the items the respondent was asked.
const highSchool = { scale_min: '1', scale_max: '5', programme_id: MWM_HIGH_SCHOOL } as const;
const womenInBusiness = {
  scale_min: '1',
  scale_max: '5',
  programme_id: SES_WOMEN_IN_BUSINESS,
} as const;

/** The high-school pre/post questionnaire: five constructs, one item reverse-coded. */
export const HIGH_SCHOOL_ITEMS: readonly ItemSpec[] = [
  {
    row: {
      item_id: 'hs-int-1',
      construct: 'stem_interest',
      ...highSchool,
      reverse_coded: 'false',
      text_en: 'I enjoy learning about science and technology.',
      text_tr: 'Bilim ve teknoloji hakkında bir şeyler öğrenmekten keyif alırım.',
    },
    pre: 3.4,
    change: 0.3,
  },
  {
    row: {
      item_id: 'hs-int-2',
      construct: 'stem_interest',
      ...highSchool,
      reverse_coded: 'false',
      text_en: 'I would like a job in engineering, science, technology or mathematics.',
      text_tr: 'Mühendislik, fen bilimleri, teknoloji ya da matematik alanında çalışmak isterim.',
    },
    pre: 3.1,
    change: 0.35,
  },
  {
    row: {
      item_id: 'hs-conf-1',
      construct: 'self_confidence',
      ...highSchool,
      reverse_coded: 'false',
      text_en: 'I am sure I can do well in mathematics and science.',
      text_tr: 'Matematik ve fen derslerinde başarılı olabileceğimden eminim.',
    },
    pre: 3.2,
    change: 0.25,
  },
  {
    row: {
      item_id: 'hs-conf-2',
      construct: 'self_confidence',
      ...highSchool,
      reverse_coded: 'true',
      text_en: 'Careers in STEM seem too hard for someone like me.',
      text_tr: 'STEM alanındaki meslekler bana göre fazla zor görünüyor.',
    },
    pre: 3.2,
    change: 0.2,
  },
  {
    row: {
      item_id: 'hs-car-1',
      construct: 'career_clarity',
      ...highSchool,
      reverse_coded: 'false',
      text_en: 'I know which careers I could choose after school.',
      text_tr: 'Okuldan sonra hangi meslekleri seçebileceğimi biliyorum.',
    },
    pre: 2.9,
    change: 0.45,
  },
  {
    row: {
      item_id: 'hs-car-2',
      construct: 'career_clarity',
      ...highSchool,
      reverse_coded: 'false',
      text_en: 'I know what to study to reach the career I want.',
      text_tr: 'İstediğim mesleğe ulaşmak için ne okumam gerektiğini biliyorum.',
    },
    pre: 2.8,
    change: 0.4,
  },
  {
    row: {
      item_id: 'hs-role-1',
      construct: 'role_models',
      ...highSchool,
      reverse_coded: 'false',
      text_en: 'I know women working in STEM whom I can look up to.',
      text_tr: 'STEM alanında çalışan ve örnek alabileceğim kadınlar tanıyorum.',
    },
    pre: 2.5,
    change: 0.7,
  },
  {
    row: {
      item_id: 'hs-prof-1',
      construct: 'professional_confidence',
      ...highSchool,
      reverse_coded: 'false',
      text_en: 'I feel at ease asking questions to people who work in a profession.',
      text_tr: 'Bir meslekte çalışan kişilere soru sormakta kendimi rahat hissederim.',
    },
    pre: 3.0,
    change: 0.35,
  },
];

/** The SES application and evaluation questionnaire (mentees), one item reverse-coded. */
export const WOMEN_IN_BUSINESS_ITEMS: readonly ItemSpec[] = [
  {
    row: {
      item_id: 'wb-conf-1',
      construct: 'self_confidence',
      ...womenInBusiness,
      reverse_coded: 'false',
      text_en: 'I can name my strengths at work.',
      text_tr: 'İş hayatındaki güçlü yönlerimi sayabilirim.',
    },
    pre: 3.3,
    change: 0.45,
  },
  {
    row: {
      item_id: 'wb-car-1',
      construct: 'career_clarity',
      ...womenInBusiness,
      reverse_coded: 'false',
      text_en: 'I have a clear plan for the next step in my career.',
      text_tr: 'Kariyerimde atacağım bir sonraki adım için net bir planım var.',
    },
    pre: 2.9,
    change: 0.35,
  },
  {
    row: {
      item_id: 'wb-rights-1',
      construct: 'rights_awareness',
      ...womenInBusiness,
      reverse_coded: 'false',
      text_en: 'I know my rights as an employee.',
      text_tr: 'Çalışan olarak haklarımı biliyorum.',
    },
    pre: 2.8,
    change: 0.3,
  },
  {
    row: {
      item_id: 'wb-net-1',
      construct: 'support_network',
      ...womenInBusiness,
      reverse_coded: 'false',
      text_en: 'There are women in working life I can turn to for advice.',
      text_tr: 'İş hayatında danışabileceğim kadınlar var.',
    },
    pre: 3.0,
    change: 0.6,
  },
  {
    row: {
      item_id: 'wb-net-2',
      construct: 'support_network',
      ...womenInBusiness,
      reverse_coded: 'true',
      text_en: 'I often feel alone with the problems I face at work.',
      text_tr: 'İşte karşılaştığım sorunlarla çoğu zaman yalnız kaldığımı hissederim.',
    },
    pre: 3.1,
    change: 0.5,
  },
];

/** Every item, in the order of survey_items.csv. */
export const SURVEY_ITEM_SPECS: readonly ItemSpec[] = [
  ...HIGH_SCHOOL_ITEMS,
  ...WOMEN_IN_BUSINESS_ITEMS,
];
