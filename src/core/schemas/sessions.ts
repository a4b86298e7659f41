import type { z } from 'zod';
import { date, enumOf, id, int, optionalId } from './columns.ts';
import { defineTable } from './table.ts';

export const SESSION_KINDS = ['kickoff', 'regular', 'check_in', 'closing'] as const;
export const SESSION_MODES = ['in_person', 'online'] as const;

export const sessions = defineTable({
  name: 'sessions',
  presence: { kind: 'optional' },
  description: {
    en: 'A meeting: a group session, a pair’s meeting, a kickoff, a check-in or a closing.',
    tr: 'Bir buluşma: grup oturumu, eşleşmenin buluşması, açılış, ara değerlendirme ya da kapanış.',
  },
  primaryKey: ['session_id'],
  foreignKeys: [
    { column: 'cohort_id', table: 'cohorts' },
    { column: 'match_id', table: 'matches' },
  ],
  columns: {
    session_id: id(
      { en: 'Stable identifier of the session.', tr: 'Oturumun değişmeyen kimliği.' },
      { example: 's-000001' },
    ),
    cohort_id: id(
      { en: 'The cohort (see cohorts.csv).', tr: 'Dönem (cohorts.csv).' },
      { example: 'hs-2024-ist-01' },
    ),
    match_id: optionalId({
      en: 'Set for a pair’s own meeting (see matches.csv).',
      tr: 'Eşleşmenin kendi buluşmasıysa dolu (matches.csv).',
    }),
    kind: enumOf(SESSION_KINDS, {
      en: '`kickoff`, `regular`, `check_in` or `closing`.',
      tr: '`kickoff` (açılış), `regular` (olağan), `check_in` (ara değerlendirme) ya da `closing` (kapanış).',
    }),
    held_on: date({ en: 'Date held.', tr: 'Yapıldığı tarih.' }, '2024-02-12'),
    duration_minutes: int(
      { en: 'Length in minutes (1–600).', tr: 'Süre, dakika (1–600).' },
      { min: 1, max: 600 },
      '60',
    ),
    mode: enumOf(SESSION_MODES, {
      en: '`in_person` or `online`.',
      tr: '`in_person` (yüz yüze) ya da `online` (çevrim içi).',
    }),
  },
});

export type Session = z.output<typeof sessions.schema>;
