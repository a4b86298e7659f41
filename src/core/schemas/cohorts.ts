import type { z } from 'zod';
import { date, id, int, optionalId, optionalInt } from './columns.ts';
import { defineTable } from './table.ts';

export const cohorts = defineTable({
  name: 'cohorts',
  presence: { kind: 'required' },
  description: {
    en: 'One run of a programme: a school group, or one intake of pairs.',
    tr: 'Programın bir dönemi: bir okul grubu ya da bir eşleşme dönemi.',
  },
  primaryKey: ['cohort_id'],
  foreignKeys: [
    { column: 'programme_id', table: 'programmes' },
    { column: 'school_id', table: 'schools' },
  ],
  columns: {
    cohort_id: id(
      { en: 'Stable identifier of the cohort.', tr: 'Dönemin değişmeyen kimliği.' },
      { example: 'hs-2024-ist-01' },
    ),
    programme_id: id(
      { en: 'The programme (see programmes.csv).', tr: 'Program (programmes.csv).' },
      { example: 'mwm-high-school' },
    ),
    school_id: optionalId(
      {
        en: 'The school, for a school group (see schools.csv).',
        tr: 'Okul grubu ise okul (schools.csv).',
      },
      'ist-0001',
    ),
    start_date: date({ en: 'First day.', tr: 'Başlangıç tarihi.' }, '2024-02-05'),
    end_date: date(
      { en: 'Last day (not before the start).', tr: 'Bitiş tarihi (başlangıçtan önce olamaz).' },
      '2024-03-15',
    ),
    planned_sessions: int(
      { en: 'Sessions planned (1–52).', tr: 'Planlanan oturum sayısı (1–52).' },
      { min: 1, max: 52 },
      '6',
    ),
    staff_trained: optionalInt(
      {
        en: 'Teachers and administrators trained.',
        tr: 'Eğitim alan öğretmen ve yönetici sayısı.',
      },
      { min: 0 },
      '3',
    ),
  },
});

export type Cohort = z.output<typeof cohorts.schema>;
