import type { z } from 'zod';
import { enumOf, id, optionalDate, optionalInt } from './columns.ts';
import { defineTable } from './table.ts';

export const WAVES = ['pre', 'mid', 'post'] as const;

export const surveyResponses = defineTable({
  name: 'survey_responses',
  presence: { kind: 'optional' },
  description: {
    en: 'One answer of one participant to one item in one wave.',
    tr: 'Bir katılımcının bir uygulamada bir maddeye verdiği yanıt.',
  },
  primaryKey: ['participant_id', 'wave', 'item_id'],
  foreignKeys: [
    { column: 'participant_id', table: 'participants' },
    { column: 'item_id', table: 'survey_items' },
  ],
  columns: {
    participant_id: id(
      { en: 'The participant (see participants.csv).', tr: 'Katılımcı (participants.csv).' },
      { example: 'p-000002' },
    ),
    wave: enumOf(WAVES, {
      en: '`pre`, `mid` or `post`.',
      tr: '`pre` (ön test), `mid` (ara) ya da `post` (son test).',
    }),
    item_id: id(
      { en: 'The item (see survey_items.csv).', tr: 'Madde (survey_items.csv).' },
      { example: 'si-01' },
    ),
    value: optionalInt(
      {
        en: 'Answer within the item’s scale; blank when skipped.',
        tr: 'Maddenin ölçeği içinde yanıt; boş bırakıldıysa boş.',
      },
      {},
      '4',
    ),
    answered_on: optionalDate({ en: 'Date answered.', tr: 'Yanıt tarihi.' }),
  },
});

export type SurveyResponse = z.output<typeof surveyResponses.schema>;
