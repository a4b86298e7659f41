import type { z } from 'zod';
import { bool, id } from './columns.ts';
import { defineTable } from './table.ts';

export const attendance = defineTable({
  name: 'attendance',
  presence: { kind: 'optional' },
  description: {
    en: 'Whether one participant attended one session.',
    tr: 'Bir katılımcının bir oturuma katılıp katılmadığı.',
  },
  primaryKey: ['session_id', 'participant_id'],
  foreignKeys: [
    { column: 'session_id', table: 'sessions' },
    { column: 'participant_id', table: 'participants' },
  ],
  columns: {
    session_id: id(
      { en: 'The session (see sessions.csv).', tr: 'Oturum (sessions.csv).' },
      { example: 's-000001' },
    ),
    participant_id: id(
      {
        en: 'A participant of the session’s cohort.',
        tr: 'Oturumun dönemindeki bir katılımcı.',
      },
      { example: 'p-000002' },
    ),
    attended: bool({ en: 'Attended.', tr: 'Katıldı mı?' }),
  },
});

export type Attendance = z.output<typeof attendance.schema>;
