import type { z } from 'zod';
import { date, enumOf, id, optionalBool } from './columns.ts';
import { defineTable } from './table.ts';

export const ROLES = ['mentor', 'mentee'] as const;
export const AGE_BANDS = ['15-16', '17-18', '19-25', '26-35', '36-45', '46+'] as const;
export const FIELDS = [
  'engineering',
  'science',
  'technology',
  'mathematics',
  'business',
  'health',
  'law',
  'education',
  'arts',
  'public_sector',
  'ngo',
  'other',
] as const;
export const STATUSES = ['active', 'completed', 'withdrawn'] as const;

export const participants = defineTable({
  name: 'participants',
  presence: { kind: 'required' },
  description: {
    en: 'A pseudonymous mentor or mentee in one cohort.',
    tr: 'Bir dönemdeki takma kimlikli mentor ya da menti.',
  },
  primaryKey: ['participant_id'],
  foreignKeys: [{ column: 'cohort_id', table: 'cohorts' }],
  columns: {
    participant_id: id(
      {
        en: 'Pseudonymous identifier (never a name or national id number).',
        tr: 'Takma kimlik (asla ad ya da T.C. kimlik numarası değil).',
      },
      { example: 'p-000001' },
    ),
    cohort_id: id(
      { en: 'The cohort (see cohorts.csv).', tr: 'Dönem (cohorts.csv).' },
      { example: 'hs-2024-ist-01' },
    ),
    role: enumOf(ROLES, { en: '`mentor` or `mentee`.', tr: '`mentor` ya da `mentee` (menti).' }),
    age_band: enumOf(AGE_BANDS, { en: 'Age band.', tr: 'Yaş aralığı.' }),
    field: enumOf(FIELDS, {
      en: 'Field of work or of interest.',
      tr: 'Çalışma ya da ilgi alanı.',
    }),
    registered_on: date({ en: 'Date of registration.', tr: 'Kayıt tarihi.' }, '2024-01-20'),
    attended_kickoff: optionalBool({
      en: 'Attended the kickoff meeting.',
      tr: 'Açılış buluşmasına katıldı mı?',
    }),
    status: enumOf(STATUSES, {
      en: '`active`, `completed` or `withdrawn`.',
      tr: '`active` (devam ediyor), `completed` (tamamladı) ya da `withdrawn` (ayrıldı).',
    }),
  },
});

export type Participant = z.output<typeof participants.schema>;
