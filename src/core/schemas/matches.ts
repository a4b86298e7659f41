import type { z } from 'zod';
import { codes, date, id, optionalDate } from './columns.ts';
import { defineTable } from './table.ts';

export const matches = defineTable({
  name: 'matches',
  presence: { kind: 'required' },
  description: {
    en: 'One mentoring relationship (in group format, one row per mentee in the group).',
    tr: 'Bir mentorluk ilişkisi (grup biçiminde gruptaki her menti için bir satır).',
  },
  primaryKey: ['match_id'],
  foreignKeys: [
    { column: 'cohort_id', table: 'cohorts' },
    { column: 'mentor_id', table: 'participants' },
    { column: 'mentee_id', table: 'participants' },
    { column: 'shared_topics', table: 'topics' },
  ],
  columns: {
    match_id: id(
      { en: 'Stable identifier of the relationship.', tr: 'Eşleşmenin değişmeyen kimliği.' },
      { example: 'm-000001' },
    ),
    cohort_id: id(
      { en: 'The cohort (see cohorts.csv).', tr: 'Dönem (cohorts.csv).' },
      { example: 'hs-2024-ist-01' },
    ),
    mentor_id: id(
      {
        en: 'A participant with role `mentor` in the same cohort.',
        tr: 'Aynı dönemde rolü `mentor` olan katılımcı.',
      },
      { example: 'p-000001' },
    ),
    mentee_id: id(
      {
        en: 'A participant with role `mentee` in the same cohort.',
        tr: 'Aynı dönemde rolü `mentee` olan katılımcı.',
      },
      { example: 'p-000002' },
    ),
    matched_on: date({ en: 'Date of matching.', tr: 'Eşleştirme tarihi.' }, '2024-02-05'),
    shared_topics: codes(
      {
        en: 'Topics of interest the pair shares, separated by `;` (see topics.csv).',
        tr: 'Eşleşmenin ortak ilgi konuları, `;` ile ayrılmış (topics.csv).',
      },
      'career;work-life',
    ),
    ended_on: optionalDate({
      en: 'Date the relationship ended (not before matching).',
      tr: 'İlişkinin bittiği tarih (eşleştirmeden önce olamaz).',
    }),
  },
});

export type Match = z.output<typeof matches.schema>;
