/** The dataset-wide download tables (`downloads/programmes.csv`, `downloads/schools.csv`). */
import type {
  DatasetStats,
  PublishedProgramme,
  PublishedSchool,
} from '../disclosure/published-types.ts';
import { columnsOf } from './columns.ts';
import { table } from './table.ts';

const programme = columnsOf<PublishedProgramme>();
const school = columnsOf<PublishedSchool>();

export const PROGRAMMES_TABLE = table({
  key: 'programmes',
  path: 'programmes.csv',
  title: { en: 'Reach by programme', tr: 'Programlara göre erişim' },
  description: {
    en: 'Relationships, people, schools, cohorts, sessions, mentoring hours and staff trained per programme.',
    tr: 'Her program için eşleşme, kişi, okul, dönem, oturum, mentorluk saati ve eğitim alan personel sayıları.',
  },
  rows: (stats: DatasetStats) => stats.programmes,
  columns: [
    programme.text(
      'programme_id',
      ['Programme', 'Program', 'Programme identifier.', 'Program kimliği.'],
      (p) => p.programmeId,
    ),
    programme.count(
      'relationships',
      ['Mentoring relationships', 'Mentorluk ilişkisi'],
      (p) => p.reach.relationships,
    ),
    programme.count('mentees', ['Mentees', 'Menti'], (p) => p.reach.mentees),
    programme.count('mentors', ['Mentors', 'Mentor'], (p) => p.reach.mentors),
    programme.integer(
      'schools',
      ['Schools', 'Okul', 'Distinct schools of the cohorts.', 'Dönemlerin farklı okul sayısı.'],
      (p) => p.reach.schools,
    ),
    programme.integer('cohorts', ['Cohorts', 'Dönem'], (p) => p.reach.cohorts),
    programme.integer('sessions', ['Sessions', 'Oturum'], (p) => p.reach.sessions),
    programme.number(
      'mentoring_hours',
      [
        'Mentoring hours',
        'Mentorluk saati',
        'Total session minutes ÷ 60, rounded to 2 decimals.',
        'Toplam oturum dakikası ÷ 60, 2 ondalığa yuvarlanmış.',
      ],
      (p) => p.reach.mentoringHours,
    ),
    programme.count(
      'staff_trained',
      ['Teachers and administrators trained', 'Eğitim alan öğretmen ve yönetici'],
      (p) => p.reach.staffTrained,
    ),
  ],
});

export const SCHOOLS_TABLE = table({
  key: 'schools',
  path: 'schools.csv',
  title: { en: 'Schools', tr: 'Okullar' },
  description: {
    en: 'Participating schools with their cohorts, mentees, relationships, sessions and attendance rate.',
    tr: 'Katılan okullar; dönem, menti, eşleşme, oturum sayıları ve katılım oranı.',
  },
  rows: (stats: DatasetStats) => stats.schools,
  columns: [
    school.text('school_id', ['School', 'Okul'], (s) => s.schoolId),
    school.text('name_tr', ['Name (Turkish)', 'Ad (Türkçe)'], (s) => s.nameTr),
    school.text('name_en', ['Name (English)', 'Ad (İngilizce)'], (s) => s.nameEn),
    school.text('province', ['Province', 'İl'], (s) => s.province),
    school.text('school_type', ['School type', 'Okul türü'], (s) => s.schoolType),
    school.boolean('is_pilot', ['Pilot school', 'Pilot okul'], (s) => s.isPilot),
    school.integer('cohorts', ['Cohorts', 'Dönem'], (s) => s.cohorts),
    school.count('mentees', ['Mentees', 'Menti'], (s) => s.mentees),
    school.count('relationships', ['Relationships', 'Eşleşme'], (s) => s.relationships),
    school.integer('sessions', ['Sessions', 'Oturum'], (s) => s.sessions),
    school.number(
      'attendance_rate',
      [
        'Attendance rate',
        'Katılım oranı',
        "Attendance records of the school's mentees marked attended ÷ all their records (0–1), 2 decimals; blank under k mentees with records.",
        'Okulun mentilerinin “katıldı” yoklama kayıtları ÷ tüm kayıtları (0–1), 2 ondalık; kaydı olan menti k’dan azsa boş.',
      ],
      (s) => s.attendanceRate,
    ),
  ],
});
