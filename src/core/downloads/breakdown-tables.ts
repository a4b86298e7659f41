/** The per-programme breakdowns: years side by side and provinces (`by-year.csv`, `provinces.csv`). */
import type {
  PublishedProgramme,
  PublishedProvince,
  PublishedYear,
} from '../disclosure/published-types.ts';
import { columnsOf } from './columns.ts';
import { table } from './table.ts';

const year = columnsOf<PublishedYear>();
const province = columnsOf<PublishedProvince>();

export const BREAKDOWN_TABLES = [
  table({
    key: 'by-year',
    path: '{programme}/by-year.csv',
    title: { en: 'Years side by side', tr: 'Yıllara göre karşılaştırma' },
    description: {
      en: 'Cohorts, mentees, relationships, sessions, mentoring hours and completion rate by calendar year of the cohorts’ start date.',
      tr: 'Dönemlerin başlangıç tarihinin takvim yılına göre dönem, menti, eşleşme, oturum, mentorluk saati ve tamamlama oranı.',
    },
    rows: (p: PublishedProgramme) => p.years,
    columns: [
      year.integer(
        'year',
        [
          'Year',
          'Yıl',
          'Calendar year of the cohorts’ start_date.',
          'Dönemlerin start_date değerinin takvim yılı.',
        ],
        (r) => r.year,
      ),
      year.integer('cohorts', ['Cohorts', 'Dönem'], (r) => r.cohorts),
      year.count('mentees', ['Mentees', 'Menti'], (r) => r.mentees),
      year.count('relationships', ['Relationships', 'Eşleşme'], (r) => r.relationships),
      year.integer('sessions', ['Sessions', 'Oturum'], (r) => r.sessions),
      year.number(
        'mentoring_hours',
        [
          'Mentoring hours',
          'Mentorluk saati',
          'Session minutes of the year’s cohorts ÷ 60, rounded to 2 decimals.',
          'O yılın dönemlerindeki oturum dakikaları ÷ 60, 2 ondalığa yuvarlanmış.',
        ],
        (r) => r.mentoringHours,
      ),
      year.number(
        'completion_rate',
        [
          'Completion rate',
          'Tamamlama oranı',
          'Mentees of the year’s cohorts with status completed ÷ all mentees registered in them (0–1), 2 decimals; blank unless both counts could be published (k or more each, and not withheld).',
          'O yılın dönemlerinde durumu completed (tamamladı) olan mentiler ÷ bu dönemlere kayıtlı tüm mentiler (0–1), 2 ondalık; iki sayı da yayımlanabilir değilse (her biri en az k ve gizlenmemiş) boş.',
        ],
        (r) => r.completionRate,
      ),
    ],
  }),
  table({
    key: 'provinces',
    path: '{programme}/provinces.csv',
    title: { en: 'Reach by province', tr: 'İllere göre erişim' },
    description: {
      en: 'Schools, mentees and relationships of the programme’s school cohorts by the schools’ province (provinces without a school of the programme are not listed).',
      tr: 'Programın okul dönemlerindeki okul, menti ve eşleşme sayıları, okulların iline göre (programdan okulu olmayan iller listelenmez).',
    },
    rows: (p: PublishedProgramme) => p.provinces,
    columns: [
      province.text(
        'province',
        ['Province', 'İl', 'Official province name.', 'Resmî il adı.'],
        (r) => r.province,
      ),
      province.integer('schools', ['Schools', 'Okul'], (r) => r.schools),
      province.count('mentees', ['Mentees', 'Menti'], (r) => r.mentees),
      province.count('relationships', ['Relationships', 'Eşleşme'], (r) => r.relationships),
    ],
  }),
] as const;
